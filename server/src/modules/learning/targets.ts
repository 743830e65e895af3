import { DefaultHoursTargets } from '@hongyun/contracts';
import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

// Study-hour targets (学时): members 32 hours a year, branch secretaries, deputy secretaries and
// committee members 56 (the national party-member education plan), unless an org up the tree set its own in
// learning_settings. Who is a leader is read from the register's free-text position, so the rule
// lives here once, for the JavaScript side and for SQL alike.

export const DefaultStudyHourTargets = {
  memberHours: DefaultHoursTargets.member,
  leaderHours: DefaultHoursTargets.leader,
} as const;

/** Titles that make a person a leader for the target: 书记 (副书记 included) and 委员. */
const LEADER_TITLES = ['书记', '委员'] as const;

/** Whether a position (people.position, e.g. "村党支部副书记") carries the leaders' target. */
export function isLeaderPosition(position: string | null | undefined): boolean {
  return !!position && LEADER_TITLES.some((t) => position.includes(t));
}

/** The same test in SQL over a position column. */
export function leaderPositionSql(position: AnyPgColumn | SQL): SQL {
  return sql`(${sql.join(
    LEADER_TITLES.map((t) => sql`coalesce(strpos(${position}, ${t}), 0) > 0`),
    sql` or `,
  )})`;
}

/** Share of the year gone by the end of `day` (China date): the pro-rata part of the target. */
export function yearShare(day: string): number {
  const year = Number(day.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  const elapsed = (Date.parse(`${day}T00:00:00Z`) - start) / 86_400_000 + 1;
  return elapsed / days;
}

/**
 * Each organisation's study-hour targets (id, path, member_h, leader_h) as a query for a WITH:
 * the nearest learning_settings row up the tree, else the defaults. `where` picks the orgs.
 */
export function orgTargetsSql(where: SQL): SQL {
  return sql`
      select o.id, o.path,
             coalesce(t.member_hours_target, ${DefaultStudyHourTargets.memberHours}) as member_h,
             coalesce(t.leader_hours_target, ${DefaultStudyHourTargets.leaderHours}) as leader_h
        from orgs o
        left join lateral (
          select st.member_hours_target, st.leader_hours_target from learning_settings st
           where o.path like st.org_path || '%' order by length(st.org_path) desc limit 1
        ) t on true
       where ${where}`;
}
