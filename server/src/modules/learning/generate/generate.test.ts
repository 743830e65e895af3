import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { generateData } from '../../../cli/generate/generate.ts';
import { workdaysBetween } from '../../../core/calendar/index.ts';
import { createAppServices } from '../../../core/services.ts';
import type { Services } from '../../../platform/context.ts';
import { connect } from '../../../platform/db/client.ts';
import { createTestDatabase, useTestApp } from '../../../test/harness.ts';
import { addDays, learningDays, planLearning, simulateAll } from './city.ts';
import { CITY_LAGGARDS, laggardCount, type SimPerson, simulatePerson } from './simulate.ts';
import { expectConsistent, lagging } from './test-checks.ts';

const AS_OF = '2026-06-30';
const OPTS = { scale: 'test', seed: 7, asOf: AS_OF, days: 30 } as const;

/** Everything the learning tables hold, in a stable order. */
async function fingerprint(s: Services): Promise<string> {
  const q = async (text: string) => JSON.stringify((await s.pool.query(text)).rows);
  return [
    await q('select * from learning_person_days order by person_id, day'),
    await q(
      'select person_id, day, action, points, is_delegated, created_at from learning_points order by person_id, day, action',
    ),
    await q('select * from learning_org_days order by org_id, day'),
    await q('select * from learning_person_years order by person_id, year'),
    await q('select * from learning_person_status order by person_id'),
  ].join('\n');
}

describe('generate --days (test scale)', () => {
  const t = useTestApp();

  it('writes 30 days of learning whose org days, years, status and ledger are the sums of the person days', async () => {
    const s = t.app.services;
    await generateData(s, OPTS);
    const days = await s.pool.query<{ from: string; to: string; n: number }>(
      `select min(day)::text as from, max(day)::text as to, count(distinct day)::int as n from learning_person_days`,
    );
    expect(days.rows[0]).toEqual({ from: addDays(AS_OF, -30), to: addDays(AS_OF, -1), n: 30 });
    await expectConsistent(s);
    // About 36 % of members learn on a day.
    const share = await s.pool.query<{ share: number }>(
      'select (select count(*) from learning_person_days)::float8 / (30 * (select count(*) from people)) as share',
    );
    expect(share.rows[0]?.share).toBeGreaterThan(0.28);
    expect(share.rows[0]?.share).toBeLessThan(0.45);
    // The morning (7–9) and evening (19–22) peaks hold most of the awards (China time).
    const peaks = await s.pool.query<{ share: number }>(`select avg(case when extract(hour from created_at at time zone
      'Asia/Shanghai') in (7, 8, 19, 20, 21) then 1 else 0 end)::float8 as share from learning_points`);
    expect(peaks.rows[0]?.share).toBeGreaterThan(0.5);
  });

  it('leaves the planned leading cadres, and only them, five working days without the daily quiz', async () => {
    const s = t.app.services;
    const leaders = await s.pool.query<{ n: number }>(
      `select count(*)::int as n from people where cadre_rank in ('provincial', 'department', 'county')`,
    );
    const expected = laggardCount(leaders.rows[0]?.n ?? 0);
    expect(expected).toBeGreaterThan(0);
    expect(await lagging(s, addDays(AS_OF, -30), addDays(AS_OF, -1))).toHaveLength(expected);
  });

  it('is deterministic by seed: a second database gets the same learning rows', async () => {
    const created = await createTestDatabase();
    const database = connect(created.url, 3);
    const other = createAppServices(t.app.services.config, database, pino({ level: 'silent' }));
    try {
      await generateData(other, OPTS);
      expect(await fingerprint(other)).toBe(await fingerprint(t.app.services));
    } finally {
      await other.jobs.stop();
      await database.close();
      await created.drop();
    }
  });

  it('at city size, 57 of several thousand leading cadres lag, and no other reaches five working days', async () => {
    const s = t.app.services;
    const days = await learningDays(s.db, AS_OF, 30);
    const people: SimPerson[] = Array.from({ length: 6000 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      orgId: 1,
      orgPath: '/1/',
      isLeader: i < 3000,
      isDelegated: false,
    }));
    const plan = planLearning(people, days, 1);
    expect(plan.laggards.size).toBe(CITY_LAGGARDS);
    const workdays = (await workdaysBetween(s.db, days[0]?.day as string, days.at(-1)?.day as string)).days;
    const lastQuiz = new Map<string, string>();
    for (const d of simulateAll(plan, 1)) if (d.dailyCompleted) lastQuiz.set(d.personId, d.day);
    const lag = people
      .filter((p) => p.isLeader)
      .filter((p) => workdays.filter((w) => w > (lastQuiz.get(p.id) ?? '')).length >= 5);
    expect(new Set(lag.map((p) => p.id))).toEqual(plan.laggards);
    // Other members learn on about 36 % of days; the same seed gives the same days.
    const member = people[4000] as SimPerson;
    expect(JSON.stringify([...simulatePerson(member, days, 1)])).toBe(
      JSON.stringify([...simulatePerson(member, days, 1)]),
    );
    let active = 0;
    for (const p of people.slice(3000)) for (const _ of simulatePerson(p, days, 1)) active++;
    expect(active / (3000 * days.length)).toBeGreaterThan(0.3);
    expect(active / (3000 * days.length)).toBeLessThan(0.42);
  });
});
