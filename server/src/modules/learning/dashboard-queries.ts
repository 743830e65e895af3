import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { DefaultStudyHourTargets, leaderPositionSql, orgTargetsSql } from './targets.ts';

// The dashboard's reads. Each is one scan by path prefix: learning_org_days over the period's days
// (its (day, org_path) index), or the register's members of the subtree (people_org_path_idx) with
// their status and year rows. Never raw events, never one query per org: a child org's figures are
// the same scan grouped by the path segment below the dashboard's org, so a city of 8,000 orgs
// costs what one org costs plus the grouping.

/** A set of China days as one parameter (a date[] literal): `day = any(...)` filters the scanned range. */
const dayArray = (days: string[]) => sql`${`{${days.join(',')}}`}::date[]`;

/**
 * The child of `prefix` a path lies under, as its id; 0 for the org itself. Paths are "/1/17/230/":
 * the first segment after the prefix is the child's id.
 */
const childOf = (path: SQL, prefix: string) =>
  sql`case when ${path} = ${prefix} then 0 else split_part(substr(${path}, ${prefix.length + 1}), '/', 1)::int end`;

export type FactSums = {
  activePersonDays: number;
  activeOnWorkdays: number;
  dailyCompleted: number;
  completedOnWorkdays: number;
  answers: number;
  correct: number;
  readSeconds: number;
  watchSeconds: number;
  points: number;
  delegatedSeconds: number;
  delegatedAnswers: number;
  delegatedPeople: number;
};

export const emptySums = (): FactSums => ({
  activePersonDays: 0,
  activeOnWorkdays: 0,
  dailyCompleted: 0,
  completedOnWorkdays: 0,
  answers: 0,
  correct: 0,
  readSeconds: 0,
  watchSeconds: 0,
  points: 0,
  delegatedSeconds: 0,
  delegatedAnswers: 0,
  delegatedPeople: 0,
});

export function addSums(into: FactSums, more: FactSums): FactSums {
  for (const k of Object.keys(into) as (keyof FactSums)[]) into[k] += more[k];
  return into;
}

const sumColumns = (workdays: string[]) => sql`
  coalesce(sum(active_people), 0)::bigint as "activePersonDays",
  coalesce(sum(active_people) filter (where day = any(${dayArray(workdays)})), 0)::bigint as "activeOnWorkdays",
  coalesce(sum(daily_completed), 0)::bigint as "dailyCompleted",
  coalesce(sum(daily_completed) filter (where day = any(${dayArray(workdays)})), 0)::bigint as "completedOnWorkdays",
  coalesce(sum(answers), 0)::bigint as "answers",
  coalesce(sum(correct), 0)::bigint as "correct",
  coalesce(sum(read_seconds), 0)::bigint as "readSeconds",
  coalesce(sum(watch_seconds), 0)::bigint as "watchSeconds",
  coalesce(sum(points), 0)::bigint as "points",
  coalesce(sum(delegated_seconds), 0)::bigint as "delegatedSeconds",
  coalesce(sum(delegated_answers), 0)::bigint as "delegatedAnswers",
  coalesce(sum(delegated_people), 0)::bigint as "delegatedPeople"`;

type Numeric = string | number;
const toSums = (r: Record<string, Numeric>): FactSums => {
  const out = emptySums();
  for (const k of Object.keys(out) as (keyof FactSums)[]) out[k] = Number(r[k] ?? 0);
  return out;
};

/**
 * The facts of the subtree over [from, to], per child org (0: the org itself). `workdays` are the
 * period's working days the rates count (a subset of the range).
 */
export async function factsByChild(
  db: DbOrTx,
  q: { prefix: string; from: string; to: string; workdays: string[] },
): Promise<Map<number, FactSums>> {
  const res = await db.execute<Record<string, Numeric> & { child: number }>(sql`
    select ${childOf(sql`org_path`, q.prefix)} as child, ${sumColumns(q.workdays)}
      from learning_org_days
     where day >= ${q.from}::date and day <= ${q.to}::date and org_path like ${`${q.prefix}%`}
     group by 1`);
  return new Map(res.rows.map((r) => [Number(r.child), toSums(r)]));
}

export type DayFacts = { day: string; activePeople: number; dailyCompleted: number; seconds: number };

/** The subtree's facts per day of [from, to] (days without any learning are absent). */
export async function factsByDay(
  db: DbOrTx,
  q: { prefix: string; from: string; to: string },
): Promise<Map<string, DayFacts>> {
  const res = await db.execute<{ day: string; a: Numeric; c: Numeric; s: Numeric }>(sql`
    select to_char(day, 'YYYY-MM-DD') as day, sum(active_people) as a, sum(daily_completed) as c,
           sum(read_seconds + watch_seconds) as s
      from learning_org_days
     where day >= ${q.from}::date and day <= ${q.to}::date and org_path like ${`${q.prefix}%`}
     group by day`);
  return new Map(
    res.rows.map((r) => [
      r.day,
      { day: r.day, activePeople: Number(r.a), dailyCompleted: Number(r.c), seconds: Number(r.s) },
    ]),
  );
}

export type MemberSums = {
  members: number;
  sinceToday: number;
  sinceWeek: number;
  sinceMonth: number;
  studySeconds: number;
  onTrack: number;
};

/**
 * The register side, per child org: active party members (a party status, a place in the
 * subtree), how many studied since today / the week's / the month's start (their last study day),
 * their study seconds of `year`, and how many reach their target × `share` (the target of the
 * nearest org up the tree with settings; leaders by position, targets.ts).
 */
export async function membersByChild(
  db: DbOrTx,
  q: { prefix: string; today: string; weekStart: string; monthStart: string; year: number; share: number },
): Promise<Map<number, MemberSums>> {
  const res = await db.execute<Record<string, Numeric> & { child: number }>(sql`
    with targets as (${orgTargetsSql(sql`o.path like ${`${q.prefix}%`}`)}), m as (
      select p.org_path, s.last_studied_on,
             coalesce(y.read_seconds, 0) + coalesce(y.watch_seconds, 0) + coalesce(y.other_seconds, 0) as secs,
             case when ${leaderPositionSql(sql`p.position`)} then tg.leader_h else tg.member_h end as target_h
        from people p
        left join targets tg on tg.path = p.org_path
        left join learning_person_status s on s.person_id = p.id
        left join learning_person_years y on y.person_id = p.id and y.year = ${q.year}
       where p.party_status is not null and p.org_path like ${`${q.prefix}%`}
    )
    select ${childOf(sql`org_path`, q.prefix)} as child,
           count(*) as "members",
           count(*) filter (where last_studied_on >= ${q.today}::date) as "sinceToday",
           count(*) filter (where last_studied_on >= ${q.weekStart}::date) as "sinceWeek",
           count(*) filter (where last_studied_on >= ${q.monthStart}::date) as "sinceMonth",
           coalesce(sum(secs), 0)::bigint as "studySeconds",
           count(*) filter (where secs >= coalesce(target_h, ${DefaultStudyHourTargets.memberHours}) * 3600 * ${q.share}::float8) as "onTrack"
      from m group by 1`);
  return new Map(
    res.rows.map((r) => [
      Number(r.child),
      {
        members: Number(r.members),
        sinceToday: Number(r.sinceToday),
        sinceWeek: Number(r.sinceWeek),
        sinceMonth: Number(r.sinceMonth),
        studySeconds: Number(r.studySeconds),
        onTrack: Number(r.onTrack),
      },
    ]),
  );
}

/** The targets that apply at the org (nearest settings up the tree, else the defaults). */
export async function targetsAt(db: DbOrTx, path: string): Promise<{ memberHours: number; leaderHours: number }> {
  const res = await db.execute<{ m: Numeric; l: Numeric }>(sql`
    select member_hours_target as m, leader_hours_target as l from learning_settings
     where ${path} like org_path || '%' order by length(org_path) desc limit 1`);
  const row = res.rows[0];
  return row
    ? { memberHours: Number(row.m), leaderHours: Number(row.l) }
    : { memberHours: DefaultStudyHourTargets.memberHours, leaderHours: DefaultStudyHourTargets.leaderHours };
}

export type ChildOrg = { id: number; name: string; isDissolved: boolean; hasChildren: boolean; sortOrder: number };

/** The org's direct children, in the tree's order, and whether each has children of its own. */
export async function childOrgs(db: DbOrTx, orgId: number): Promise<ChildOrg[]> {
  const res = await db.execute<ChildOrg>(sql`
    select c.id, c.name, c.is_dissolved as "isDissolved", c.sort_order as "sortOrder",
           exists (select 1 from orgs g where g.parent_id = c.id and not g.is_dissolved) as "hasChildren"
      from orgs c where c.parent_id = ${orgId} order by c.sort_order, c.id`);
  return res.rows;
}
