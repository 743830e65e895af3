import { sql } from 'drizzle-orm';
import { chinaDay } from '../../core/events/rollups.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { leaderPositionSql, orgTargetsSql, yearShare } from './targets.ts';

// The register side of the dashboards as a snapshot (learning_org_member_stats): joining every
// member of a city's subtree to their status and year rows took seconds per request, so it is
// counted for ALL orgs in one pass grouped by the person's org (never one query per org) by the
// learning.member-stats cron every ten minutes, and read as a sum over the path prefix. On-track
// depends on the day of the year, so a row is for its `day`; a dashboard for another day counts
// live (dashboard-queries.ts membersByChild).

const DAY_MS = 86_400_000;
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const weekStart = (day: string) => addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));
const monthStart = (day: string) => `${day.slice(0, 8)}01`;

/**
 * Counts the snapshot for `day` and upserts one row per org of the subtree under `prefix` (every
 * org when omitted), orgs without members included (zero rows), so an org's own row says its
 * subtree has been counted. Idempotent: a rerun rewrites the same rows. Returns the rows written.
 */
export async function refreshMemberStats(db: DbOrTx, opts: { day?: string; prefix?: string } = {}): Promise<number> {
  const day = opts.day ?? chinaDay();
  const year = Number(day.slice(0, 4));
  const share = yearShare(day);
  const under = (col: string) => (opts.prefix ? sql`and ${sql.raw(col)} like ${`${opts.prefix}%`}` : sql``);
  const res = await db.execute(sql`
    with tg as (${orgTargetsSql(sql`true ${under('o.path')}`)}), m as (
      select p.org_id, s.last_studied_on, ${leaderPositionSql(sql`p.position`)} as is_leader,
             coalesce(y.read_seconds, 0) + coalesce(y.watch_seconds, 0) + coalesce(y.other_seconds, 0) as secs
        from people p
        left join learning_person_status s on s.person_id = p.id
        left join learning_person_years y on y.person_id = p.id and y.year = ${year}
       where p.party_status is not null and p.org_id is not null ${under('p.org_path')}
    ), g as (
      select m.org_id,
             count(*) as members,
             count(*) filter (where is_leader) as leaders,
             count(*) filter (where last_studied_on >= ${weekStart(day)}::date) as since_week,
             count(*) filter (where last_studied_on >= ${monthStart(day)}::date) as since_month,
             coalesce(sum(secs), 0) as study_seconds,
             count(*) filter (where secs >= (case when is_leader then tg.leader_h else tg.member_h end) * 3600 * ${share}::float8) as on_track
        from m join tg on tg.id = m.org_id
       group by m.org_id
    )
    insert into learning_org_member_stats as x (org_id, org_path, day, year, members, leaders, since_week,
      since_month, study_seconds, on_track, computed_at)
    select tg.id, tg.path, ${day}::date, ${year}, coalesce(g.members, 0), coalesce(g.leaders, 0),
           coalesce(g.since_week, 0), coalesce(g.since_month, 0), coalesce(g.study_seconds, 0), coalesce(g.on_track, 0), now()
      from tg left join g on g.org_id = tg.id
    on conflict (org_id) do update set org_path = excluded.org_path, day = excluded.day, year = excluded.year,
      members = excluded.members, leaders = excluded.leaders, since_week = excluded.since_week,
      since_month = excluded.since_month, study_seconds = excluded.study_seconds, on_track = excluded.on_track,
      computed_at = excluded.computed_at`);
  return res.rowCount ?? 0;
}

export type SnapshotSums = {
  members: number;
  sinceWeek: number;
  sinceMonth: number;
  studySeconds: number;
  onTrack: number;
};

const childOf = (prefix: string) =>
  sql`case when org_path = ${prefix} then 0 else split_part(substr(org_path, ${prefix.length + 1}), '/', 1)::int end`;

/**
 * The snapshot of `day` summed over the subtree per child org (0: the org itself), with the oldest
 * row's time. Null when the org's own row is missing or is for another day: the caller counts it.
 */
export async function readMemberStats(
  db: DbOrTx,
  q: { orgId: number; prefix: string; day: string },
): Promise<{ byChild: Map<number, SnapshotSums>; computedAt: Date } | null> {
  const res = await db.execute<{
    child: number;
    members: string;
    sinceWeek: string;
    sinceMonth: string;
    studySeconds: string;
    onTrack: string;
    computedAt: Date | string;
    own: boolean;
  }>(sql`
    select ${childOf(q.prefix)} as child, sum(members) as members, sum(since_week) as "sinceWeek",
           sum(since_month) as "sinceMonth", sum(study_seconds) as "studySeconds", sum(on_track) as "onTrack",
           min(computed_at) as "computedAt", bool_or(org_id = ${q.orgId}) as own
      from learning_org_member_stats
     where org_path like ${`${q.prefix}%`} and day = ${q.day}::date
     group by 1`);
  if (!res.rows.some((r) => r.own)) return null;
  const byChild = new Map<number, SnapshotSums>();
  let computedAt = new Date();
  for (const r of res.rows) {
    const at = new Date(r.computedAt);
    if (at < computedAt) computedAt = at;
    byChild.set(Number(r.child), {
      members: Number(r.members),
      sinceWeek: Number(r.sinceWeek),
      sinceMonth: Number(r.sinceMonth),
      studySeconds: Number(r.studySeconds),
      onTrack: Number(r.onTrack),
    });
  }
  return { byChild, computedAt };
}

/** Distinct people who studied on `day` per child org, from learning_org_days (live, not the snapshot). */
export async function activeOnDay(db: DbOrTx, q: { prefix: string; day: string }): Promise<Map<number, number>> {
  const res = await db.execute<{ child: number; n: string }>(sql`
    select ${childOf(q.prefix)} as child, sum(active_people) as n
      from learning_org_days where day = ${q.day}::date and org_path like ${`${q.prefix}%`}
     group by 1`);
  return new Map(res.rows.map((r) => [Number(r.child), Number(r.n)]));
}
