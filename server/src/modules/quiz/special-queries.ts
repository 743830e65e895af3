// Reading special quizzes: by id, the list an office manages, the ones open to a member, who is
// in a quiz's audience, and the results per organisation and per person.
import type { Role, SpecialQuizOutcome, SpecialQuizPeopleQuery } from '@hongyun/contracts';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../core/context.ts';
import { people } from '../../core/people/schema.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { inScope } from '../../platform/db/path-scope.ts';
import { quizPapers, specialQuizzes } from './schema.ts';

export type SpecialQuizRow = typeof specialQuizzes.$inferSelect;

export async function findSpecialQuiz(db: DbOrTx, id: string): Promise<SpecialQuizRow | null> {
  const [row] = await db.select().from(specialQuizzes).where(eq(specialQuizzes.id, id));
  return row ?? null;
}

export async function listSpecialQuizzes(db: DbOrTx, roots: string[]): Promise<SpecialQuizRow[]> {
  return db
    .select()
    .from(specialQuizzes)
    .where(inScope(specialQuizzes.orgPath, roots))
    .orderBy(desc(specialQuizzes.opensAt), desc(specialQuizzes.createdAt))
    .limit(200);
}

/** Who takes a quiz, as its audience asks: the person's branch, roles and cadre rank. */
export type Taker = { personId: string; orgId: number; orgPath: string; roles: Role[]; cadreRank: string | null };

/** The person the actor answers for (acting for an elderly member: the member, as a member only). */
export async function loadTaker(db: DbOrTx, actor: Actor): Promise<Taker | null> {
  const personId = actor.actingFor?.personId ?? actor.personId;
  if (!personId) return null;
  const [p] = await db
    .select({ orgId: people.orgId, orgPath: people.orgPath, cadreRank: people.cadreRank })
    .from(people)
    .where(eq(people.id, personId));
  if (!p || p.orgId === null || p.orgPath === null) return null;
  const roles: Role[] = actor.actingFor ? ['member'] : [...new Set(actor.grants.map((g) => g.role))];
  return { personId, orgId: p.orgId, orgPath: p.orgPath, roles, cadreRank: p.cadreRank };
}

export function isInAudience(q: SpecialQuizRow, t: Taker): boolean {
  return (
    t.orgPath.startsWith(q.orgPath) &&
    (q.audienceRoles.length === 0 || q.audienceRoles.some((r) => t.roles.includes(r as Role))) &&
    (q.audienceCadreRanks.length === 0 || (t.cadreRank !== null && q.audienceCadreRanks.includes(t.cadreRank)))
  );
}

/** Published quizzes whose window has not ended, over the person's org, in their audience. */
export async function openSpecialQuizzesFor(db: DbOrTx, t: Taker, now: Date): Promise<SpecialQuizRow[]> {
  const rows = await db
    .select()
    .from(specialQuizzes)
    .where(
      and(
        eq(specialQuizzes.status, 'published'),
        sql`${t.orgPath} like ${specialQuizzes.orgPath} || '%'`,
        sql`${specialQuizzes.closesAt} > ${now}`,
      ),
    )
    .orderBy(specialQuizzes.closesAt);
  return rows.filter((q) => isInAudience(q, t));
}

/** A person's attempts at quizzes: count, best finished score, whether one passed, an open one. */
export async function attemptsOf(db: DbOrTx, personId: string, quizIds: string[]) {
  if (quizIds.length === 0) return new Map<string, AttemptSummary>();
  const rows = await db
    .select()
    .from(quizPapers)
    .where(
      and(
        eq(quizPapers.personId, personId),
        sql`${quizPapers.specialQuizId} in (${sql.join(
          quizIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
      ),
    );
  const out = new Map<string, AttemptSummary>();
  for (const p of rows) {
    const id = p.specialQuizId as string;
    const a = out.get(id) ?? { used: 0, best: null, passed: false, openPaperId: null };
    a.used++;
    if (p.completedAt) {
      const score = p.total === 0 ? 0 : Math.round((100 * p.correct) / p.total);
      a.best = Math.max(a.best ?? 0, score);
      if (p.passMark !== null && score >= p.passMark) a.passed = true;
    } else a.openPaperId = p.id;
    out.set(id, a);
  }
  return out;
}
export type AttemptSummary = { used: number; best: number | null; passed: boolean; openPaperId: string | null };

/**
 * Per organisation of the takers: people who finished, who passed (best attempt), average best.
 * Only papers within `roots` (the caller's subtrees: a branch moved away takes its papers along).
 */
export async function specialResults(db: DbOrTx, quiz: SpecialQuizRow, roots: string[]) {
  const res = await db.execute<{ org_id: number; participants: number; passed: number; average: string | null }>(sql`
    with best as (
      select person_id, org_id,
        max(case when total = 0 then 0 else round(100.0 * correct / total) end) as score
      from quiz_papers
      where special_quiz_id = ${quiz.id} and kind = 'special' and completed_at is not null
        and ${inScope(sql`org_path`, roots)}
      group by person_id, org_id
    )
    select org_id, count(*)::int as participants,
      count(*) filter (where score >= ${quiz.passMark})::int as passed,
      round(avg(score), 1)::text as average
    from best group by org_id order by org_id`);
  return res.rows.map((r) => ({
    orgId: r.org_id,
    participants: r.participants,
    passed: r.passed,
    averageScore: r.average === null ? null : Number(r.average),
  }));
}

export type PersonResultRow = {
  personId: string;
  name: string;
  orgId: number;
  orgPath: string;
  attempts: number;
  bestScore: number | null;
  outcome: SpecialQuizOutcome;
  finishedAt: Date | null;
};

/**
 * The people of a quiz within `roots` (the caller's subtrees), one row each: everyone with a paper
 * of the quiz there (at the org of their latest paper), and everyone of the quiz's audience there
 * who has none (at their org now). The audience is read as isInAudience reads it: the subtree, the
 * cadre ranks, and a live grant of one of the roles. Ordered by org path, name. With the counts per
 * outcome over all of them, whatever the filter and page.
 */
export async function specialPeople(
  db: DbOrTx,
  quiz: SpecialQuizRow,
  roots: string[],
  f: SpecialQuizPeopleQuery,
): Promise<{ rows: PersonResultRow[]; total: number; counts: Record<SpecialQuizOutcome, number> }> {
  const ranks = quiz.audienceCadreRanks;
  const roles = quiz.audienceRoles;
  const everyone = sql`
    with papers as (
      select person_id, org_id, org_path, started_at, completed_at,
        (case when total = 0 then 0 else round(100.0 * correct / total) end)::int as score
      from quiz_papers
      where special_quiz_id = ${quiz.id} and kind = 'special' and ${inScope(sql`org_path`, roots)}
    ), taken as (
      select person_id, count(*)::int as attempts,
        max(score) filter (where completed_at is not null) as best,
        (array_agg(org_id order by started_at desc))[1] as org_id,
        (array_agg(org_path order by started_at desc))[1] as org_path
      from papers group by person_id
    ), audience as (
      select pe.id as person_id, pe.org_id, pe.org_path from people pe
      where pe.org_path like ${`${quiz.orgPath}%`} and ${inScope(sql`pe.org_path`, roots)}
        and pe.org_id is not null
        ${ranks.length > 0 ? sql`and pe.cadre_rank = any(${sql.param(ranks)}::text[])` : sql``}
        ${
          roles.length > 0
            ? sql`and exists (select 1 from accounts a join role_grants g on g.account_id = a.id
                where a.person_id = pe.id and g.revoked_at is null and g.role = any(${sql.param(roles)}::text[]))`
            : sql``
        }
        and not exists (select 1 from taken t where t.person_id = pe.id)
    ), everyone as (
      select person_id, org_id, org_path, attempts, best from taken
      union all
      select person_id, org_id, org_path, 0, null from audience
    ), rows as (
      select e.person_id, e.org_id, e.org_path, e.attempts, e.best, pe.name,
        case when e.best >= ${quiz.passMark} then 'passed' when e.best is not null then 'failed' else 'not_taken' end
          as outcome
      from everyone e join people pe on pe.id = e.person_id
    )`;
  const filter = f.outcome ? sql`where outcome = ${f.outcome}` : sql``;
  const [page, counted] = await Promise.all([
    db.execute<{
      person_id: string;
      org_id: number;
      org_path: string;
      attempts: number;
      best: number | null;
      name: string;
      outcome: SpecialQuizOutcome;
      finished_ms: number | null;
    }>(sql`${everyone}
      select r.*, (
        select floor(extract(epoch from min(p.completed_at)) * 1000)::float8 from papers p
        where p.person_id = r.person_id and p.completed_at is not null and p.score = r.best
      ) as finished_ms
      from rows r ${filter}
      order by r.org_path, r.name, r.person_id
      limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`),
    db.execute<{ outcome: SpecialQuizOutcome; n: number }>(
      sql`${everyone} select outcome, count(*)::int as n from rows group by outcome`,
    ),
  ]);
  const counts: Record<SpecialQuizOutcome, number> = { passed: 0, failed: 0, not_taken: 0 };
  for (const c of counted.rows) counts[c.outcome] = c.n;
  return {
    rows: page.rows.map((r) => ({
      personId: r.person_id,
      name: r.name,
      orgId: r.org_id,
      orgPath: r.org_path,
      attempts: r.attempts,
      bestScore: r.best === null ? null : Number(r.best),
      outcome: r.outcome,
      finishedAt: r.finished_ms === null ? null : new Date(Number(r.finished_ms)),
    })),
    total: f.outcome ? counts[f.outcome] : counts.passed + counts.failed + counts.not_taken,
    counts,
  };
}
