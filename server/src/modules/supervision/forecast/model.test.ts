import { ForecastLimits, forecastReasonText } from '@hongyun/contracts';
import { describe, expect, it } from 'vitest';
import { type ForecastDay, forecastPerson, logit, trendOf } from './model.ts';
import { drifting, steady } from './test-fixtures.ts';

// The model alone: trends from days, the score's direction, when it declines to forecast, and the
// reasons it gives with their figures.

const workdays = Array.from({ length: 20 }, (_, i) => `2026-11-${String(i + 2).padStart(2, '0')}`);
const daysOf = (habit: { done: boolean; minutes: number }[]): ForecastDay[] =>
  habit.map((h, i) => ({ day: workdays[i] as string, dailyCompleted: h.done, studySeconds: h.minutes * 60 }));
const run = (days: ForecastDay[], over: { ruleDays?: number; weekWorkdays?: number } = {}) =>
  forecastPerson({ workdays, days, ruleDays: over.ruleDays ?? 5, weekWorkdays: over.weekWorkdays ?? 5 });

describe('the forecast model', () => {
  it('reads the two fortnights: rates, gaps, the gap under way and study minutes', () => {
    const t = trendOf(workdays, daysOf(drifting(20)), 5);
    expect(t).toMatchObject({
      rawStreak: 2,
      missedLast5: 3,
      missedRecent: 6,
      recentRate: 0.4,
      priorRate: 1,
      recentMinutes: 2,
      priorMinutes: 10,
    });
    expect(t.rateDrop).toBeCloseTo(0.6);
    expect(t.studyDrop).toBeCloseTo(0.8);
    // A day without a row is a day without the quiz or any study.
    expect(trendOf(workdays, [], 5)).toMatchObject({ rawStreak: 20, recentRate: 0, studyDrop: 0 });
  });

  it('scores a fading habit as likely, with every reason and its figures, strongest first', () => {
    const f = run(daysOf(drifting(20)));
    expect(f?.score).toBeGreaterThanOrEqual(ForecastLimits.threshold);
    expect(f?.reasons).toEqual([
      { code: 'recent_gaps', missed: 6, of: 10 },
      { code: 'reading_fall', recentMinutes: 2, priorMinutes: 10 },
      { code: 'current_streak', days: 2, ruleDays: 5 },
      { code: 'rate_fall', recent: 0.4, prior: 1 },
    ]);
  });

  it('scores a steady habit near zero with no reasons, and one missed day barely higher', () => {
    const f = run(daysOf(steady(20)));
    expect(f?.score).toBeLessThan(0.01);
    expect(f?.reasons).toEqual([]);
    const once = steady(20);
    once[19] = { done: false, minutes: 10 };
    expect(run(daysOf(once))?.score).toBeLessThan(0.05);
    // Both round to 0 at three decimals; the logit still tells them apart.
    expect(logit(trendOf(workdays, daysOf(once), 5))).toBeGreaterThan(logit(trendOf(workdays, daysOf(steady(20)), 5)));
  });

  it('the more recent the gaps, the higher the score', () => {
    const early = steady(20);
    const late = steady(20);
    for (const i of [10, 11, 12]) early[i] = { done: false, minutes: 10 };
    for (const i of [16, 17, 18]) late[i] = { done: false, minutes: 10 };
    expect(run(daysOf(late))?.score).toBeGreaterThan(run(daysOf(early))?.score ?? 1);
  });

  it('declines when the rule already fired (a streak of N) or the week is too short to reach N', () => {
    const five = steady(20);
    for (let i = 15; i < 20; i++) five[i] = { done: false, minutes: 0 };
    expect(run(daysOf(five))).toBeNull();
    const two = drifting(20); // a 2-day gap under way needs 3 more working days
    expect(run(daysOf(two), { weekWorkdays: 2 })).toBeNull();
    expect(run(daysOf(two), { weekWorkdays: 3 })).not.toBeNull();
    // A 10-day rule cannot be reached from a 2-day gap in a 5-day week; a 3-day rule is nearer.
    expect(run(daysOf(two), { ruleDays: 10 })).toBeNull();
    expect(run(daysOf(two), { ruleDays: 3 })?.score).toBeGreaterThan(run(daysOf(two))?.score ?? 1);
  });

  it('renders each reason as a sentence in Chinese and English', () => {
    expect(forecastReasonText({ code: 'rate_fall', recent: 0.4, prior: 0.95 }, 'zh')).toBe(
      '近两周答题率 40%，此前两周 95%',
    );
    expect(forecastReasonText({ code: 'recent_gaps', missed: 3, of: 10 }, 'zh')).toBe('最近 10 个工作日有 3 天未答题');
    expect(forecastReasonText({ code: 'reading_fall', recentMinutes: 2, priorMinutes: 9 }, 'zh')).toBe(
      '近两周日均阅读 2 分钟，此前 9 分钟',
    );
    expect(forecastReasonText({ code: 'current_streak', days: 2, ruleDays: 5 }, 'en')).toBe(
      '2 working days in a row without the quiz so far (the rule: 5)',
    );
    expect(forecastReasonText({ code: 'current_streak', days: 1, ruleDays: 5 }, 'en')).toBe(
      '1 working day in a row without the quiz so far (the rule: 5)',
    );
  });
});
