import { describe, expect, it } from 'vitest';
import { packageCalendar } from '../../core/calendar/seed.ts';
import { createOrg, createPerson } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { answerRate, dailyQuizDays } from './index.ts';
import { deliverLearning, learningEvents } from './test-events.ts';

// 答题率 over the real workday calendar seeded into the test database: weekends, the 2026 Spring
// Festival and National Day with their make-up working days, and a year not yet confirmed.

describe('answer rate', () => {
  const t = useTestApp();
  const s = () => t.app.services;

  async function memberWhoCompleted(days: string[]) {
    const branch = await createOrg(s(), { parent: await createOrg(s()) });
    const p = await createPerson(s(), { org: branch });
    for (const day of days) {
      await learningEvents(s()).completeDaily({ personId: p.id, org: branch, at: `${day}T01:00:00Z` }, day);
    }
    await deliverLearning(s());
    return p;
  }

  it('counts working days only: make-up Saturdays count, holidays and weekends do not', async () => {
    const p = await memberWhoCompleted([
      '2026-02-02', // Monday
      '2026-02-07', // Saturday: a weekend, not a working day
      '2026-02-14', // Saturday worked before 春节 (调休)
      '2026-02-16', // 春节 holiday
      '2026-02-28', // Saturday worked after 春节
    ]);
    // February 2026 has 16 working days (20 weekdays − 6 holiday weekdays + 2 Saturdays worked).
    const feb = await answerRate(s().db, p.id, '2026-02-01', '2026-02-28');
    expect(feb).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
      rate: 3 / 16,
      completedDays: 3,
      workingDays: 16,
      isProvisional: false,
    });
    // The holiday week alone has no working day: no rate rather than 0 % or a division by zero.
    const holiday = await answerRate(s().db, p.id, '2026-02-15', '2026-02-23');
    expect(holiday).toMatchObject({ rate: null, completedDays: 0, workingDays: 0 });
    const days = await dailyQuizDays(s().db, [p.id], '2026-02-01', '2026-02-28');
    expect(days.get(p.id)).toEqual(['2026-02-02', '2026-02-07', '2026-02-14', '2026-02-16', '2026-02-28']);
  });

  it('knows National Day and its make-up days (Sunday 20 September, Saturday 10 October)', async () => {
    const p = await memberWhoCompleted(['2026-09-20', '2026-10-03', '2026-10-08', '2026-10-10']);
    // 1–7 October off; 8, 9 and 10 October are working days (10 October a Saturday).
    const r = await answerRate(s().db, p.id, '2026-10-01', '2026-10-11');
    expect(r).toMatchObject({ completedDays: 2, workingDays: 3, isProvisional: false });
    expect(r.rate).toBeCloseTo(2 / 3);
    // Sunday 20 September was worked: it counts in September.
    const sept = await answerRate(s().db, p.id, '2026-09-20', '2026-09-20');
    expect(sept).toMatchObject({ rate: 1, completedDays: 1, workingDays: 1 });
  });

  it('says the rate is provisional over a year whose holidays are not confirmed', async () => {
    const year = packageCalendar().years.at(-1)! + 2;
    const p = await memberWhoCompleted([`${year}-03-02`]);
    const r = await answerRate(s().db, p.id, `${year}-03-01`, `${year}-03-31`);
    expect(r.isProvisional).toBe(true);
    expect(r.completedDays).toBe(new Date(`${year}-03-02T00:00:00Z`).getUTCDay() % 6 === 0 ? 0 : 1);
    expect(r.workingDays).toBeGreaterThan(19);
  });
});
