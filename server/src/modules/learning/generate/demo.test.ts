import { describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../../../cli/seed-demo.ts';
import { chinaDay } from '../../../core/events/rollups.ts';
import { useTestApp } from '../../../test/harness.ts';
import { addDays } from './city.ts';
import { DEMO_DAYS, seedLearningDemo } from './demo.ts';
import { expectConsistent, lagging } from './test-checks.ts';

describe('learning demo seed', () => {
  const t = useTestApp();

  it('gives the demo city two weeks of consistent learning history, once', async () => {
    const s = t.app.services;
    await seedDemoIfEmpty(s, () => {}); // runs every module's seed, this one last
    const today = chinaDay();
    const range = await s.pool.query<{ from: string; to: string; people: number }>(
      'select min(day)::text as from, max(day)::text as to, count(distinct person_id)::int as people from learning_person_days',
    );
    expect(range.rows[0]?.from).toBe(addDays(today, -DEMO_DAYS));
    expect(range.rows[0]?.to).toBe(addDays(today, -1));
    expect(range.rows[0]?.people).toBeGreaterThan(1000);
    await expectConsistent(s);

    // The demo member (13800000010) has points; the elderly member's days were learned by her relative.
    const member = await s.pool.query<{ points: number }>(`select st.points_total as points from accounts a
      join learning_person_status st on st.person_id = a.person_id where a.display_name <> '' and a.person_id is not null
        and exists (select 1 from role_grants g where g.account_id = a.id and g.role = 'member')`);
    expect(member.rows[0]?.points).toBeGreaterThan(0);
    const elderly = await s.pool.query<{ days: number; delegated: number }>(`select count(*)::int as days,
        count(*) filter (where d.delegated_seconds > 0 or d.delegated_answers > 0)::int as delegated
      from delegations g join learning_person_days d on d.person_id = g.principal_person_id`);
    expect(elderly.rows[0]?.days).toBeGreaterThan(5);
    expect(elderly.rows[0]?.delegated).toBe(elderly.rows[0]?.days);
    const delegatedOrgs = await s.pool.query<{ n: number }>(
      'select sum(delegated_people)::int as n from learning_org_days',
    );
    expect(delegatedOrgs.rows[0]?.n).toBe(elderly.rows[0]?.days);

    // One leading cadre has gone five working days without the daily quiz.
    expect(await lagging(s, addDays(today, -DEMO_DAYS), addDays(today, -1))).toHaveLength(1);

    const before = await s.pool.query('select count(*)::int as n from learning_points');
    await seedLearningDemo(s, () => {});
    const after = await s.pool.query('select count(*)::int as n from learning_points');
    expect(after.rows[0]).toEqual(before.rows[0]);
  }, 240_000); // the whole demo city is seeded first
});
