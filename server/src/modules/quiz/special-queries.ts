// Reading special quizzes: by id, the list an office manages, the ones open to a member, who is
// in a quiz's audience, and the results per organisation.
import type { Role } from '@hongyun/contracts';
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

/** Per organisation of the takers: people who finished, who passed (best attempt), average best. */
export async function specialResults(db: DbOrTx, quiz: SpecialQuizRow) {
  const res = await db.execute<{ org_id: number; participants: number; passed: number; average: string | null }>(sql`
    with best as (
      select person_id, org_id,
        max(case when total = 0 then 0 else round(100.0 * correct / total) end) as score
      from quiz_papers
      where special_quiz_id = ${quiz.id} and kind = 'special' and completed_at is not null
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
