import type { RuleCondition } from '@hongyun/contracts';
import type { SQL } from 'drizzle-orm';
import { workdaysBetween } from '../../../core/calendar/index.ts';
import type { MetricDefinition } from '../../../core/kernel/index.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import type { RuleRow } from '../rules/queries.ts';
import { addDays } from './days.ts';
import { metricStart, streakFacts, withoutMetric } from './facts.ts';
import { actionFor, currentStreak, stageFor } from './judge.ts';
import type { AlertPlan } from './types.ts';

type Streak = Extract<RuleCondition, { kind: 'streak' }>;

/**
 * "N consecutive working days without": only people with no metric day in the last T working days
 * (T the first threshold) can have reached it, so one anti-join over the population finds them;
 * their streaks are then measured over a look-back of at least 60 days (the Spring Festival and
 * its make-up days fit), or back to the alert they continue.
 */
export async function planStreak(
  db: DbOrTx,
  rule: RuleRow,
  c: Streak,
  metric: MetricDefinition,
  population: SQL,
  day: string,
): Promise<AlertPlan[]> {
  const first = c.remindAfter ?? c.days;
  const from = addDays(day, -Math.max(60, c.days * 3 + 14));
  // Days before the metric has any data (a new platform, a module just switched on) are not missed.
  const dataFrom = await metricStart(db, metric, from, day);
  if (dataFrom === null) return [];
  const lookback = await workdaysBetween(db, dataFrom > from ? dataFrom : from, day);
  let days = lookback.days;
  let unconfirmed = lookback.unconfirmed;
  if (days.length < first || days.at(-1) !== day) return [];
  const cutoff = days[days.length - first] as string;
  const candidates = await withoutMetric(db, population, metric, cutoff, day);
  if (candidates.length === 0) return [];
  const facts = await streakFacts(
    db,
    rule.id,
    metric,
    candidates.map((p) => p.id),
    days[0] as string,
    day,
  );
  // A streak that continues an alert older than the look-back is counted from that alert's first day.
  const oldest = [...facts.values()].reduce<string>(
    (min, f) => (f.latest && f.latest.periodKey < min ? f.latest.periodKey : min),
    days[0] as string,
  );
  if (oldest < (days[0] as string)) ({ days, unconfirmed } = await workdaysBetween(db, oldest, day));

  const plans: AlertPlan[] = [];
  for (const p of candidates) {
    const f = facts.get(p.id);
    if (!f) continue;
    const v = currentStreak(days, f);
    if (!v) continue;
    const stage = stageFor(v.missedDays.length, c.days, c.remindAfter);
    if (!stage) continue;
    const action = actionFor(stage, v, f.latest);
    plans.push({
      personId: p.id,
      orgId: p.orgId,
      orgPath: p.orgPath,
      periodKey: v.periodKey,
      stage,
      action: action.kind,
      alertId: action.kind === 'raise' ? null : f.latestId,
      evidence: {
        metric: rule.metric,
        condition: c,
        from: v.periodKey,
        to: day,
        workingDays: v.workingDays,
        missedDays: v.missedDays,
        doneDays: [],
        excusedDays: v.excusedDays,
        lastDoneDay: f.lastDone,
        isProvisional: unconfirmed.some((d) => d >= v.periodKey),
      },
    });
  }
  return plans;
}
