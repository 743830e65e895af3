import { expect } from 'vitest';
import { workdaysBetween } from '../../../core/calendar/index.ts';
import type { Services } from '../../../platform/context.ts';
import { addDays } from './city.ts';

// Checks shared by the generator's and the demo seed's tests (test-only).

const count = async (s: Services, text: string) => (await s.pool.query<{ n: number }>(text)).rows[0]?.n;

/** The derived tables are exactly the sums of the person days, and the ledger adds up to their points. */
export async function expectConsistent(s: Services) {
  expect(await count(s, 'select count(*)::int as n from learning_person_days')).toBeGreaterThan(0);
  const orgDiff = `
    (select org_id, day, org_path, count(*)::int, (count(*) filter (where daily_completed))::int,
       sum(read_seconds)::bigint, sum(watch_seconds)::bigint, sum(answers)::int, sum(correct)::int, sum(points)::int,
       sum(delegated_seconds)::bigint, sum(delegated_answers)::int,
       (count(*) filter (where delegated_seconds > 0 or delegated_answers > 0))::int
     from learning_person_days group by org_id, day, org_path)`;
  const orgCols = `org_id, day, org_path, active_people, daily_completed, read_seconds, watch_seconds, answers,
    correct, points, delegated_seconds, delegated_answers, delegated_people`;
  expect(
    await count(s, `select count(*)::int as n from (${orgDiff} except select ${orgCols} from learning_org_days) x`),
  ).toBe(0);
  expect(
    await count(s, `select count(*)::int as n from (select ${orgCols} from learning_org_days except ${orgDiff}) x`),
  ).toBe(0);
  // The ledger per person-day adds up to the day's points; a delegated day's rows are marked.
  expect(
    await count(
      s,
      `select count(*)::int as n from learning_person_days d full join
       (select person_id, day, sum(points)::int as points, bool_and(is_delegated) as del from learning_points group by 1, 2) l
       using (person_id, day)
       where coalesce(l.points, 0) <> d.points or l.del <> (d.delegated_seconds > 0 or d.delegated_answers > 0)`,
    ),
  ).toBe(0);
  expect(
    await count(
      s,
      `select count(*)::int as n from learning_person_status st full join
       (select person_id, sum(points)::int as p, max(day) as last, max(day) filter (where daily_completed) as quiz
        from learning_person_days group by 1) d using (person_id)
       where st.points_total is distinct from d.p or st.last_studied_on is distinct from d.last
         or st.last_daily_quiz_on is distinct from d.quiz`,
    ),
  ).toBe(0);
  expect(
    await count(
      s,
      `select count(*)::int as n from learning_person_years y full join
       (select person_id, extract(year from day)::int as year, sum(read_seconds)::int as r, sum(watch_seconds)::int as w,
          sum(points)::int as p from learning_person_days group by 1, 2) d using (person_id, year)
       where y.read_seconds is distinct from d.r or y.watch_seconds is distinct from d.w or y.points is distinct from d.p`,
    ),
  ).toBe(0);
}

/**
 * Leading cadres (county/division rank or above) whose last daily quiz in [from, to] is five or
 * more working days (the workday calendar's) before the end of the range, or who took none.
 */
export async function lagging(s: Services, from: string, to: string): Promise<string[]> {
  const { rows } = await s.pool.query<{ id: string; last: string | null }>(
    `select p.id, st.last_daily_quiz_on::text as last from people p
     left join learning_person_status st on st.person_id = p.id
     where p.cadre_rank in ('provincial', 'department', 'county')`,
  );
  const out: string[] = [];
  for (const r of rows) {
    const since = r.last && r.last >= from ? addDays(r.last, 1) : from;
    if ((await workdaysBetween(s.db, since, to)).days.length >= 5) out.push(r.id);
  }
  return out;
}
