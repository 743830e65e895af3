import type { RuleCondition } from '@hongyun/contracts';
import type { SQL } from 'drizzle-orm';
import { workdaysBetween } from '../../../core/calendar/index.ts';
import type { MetricDefinition } from '../../../core/kernel/index.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import type { RuleRow } from '../rules/queries.ts';
import { periodOf } from './days.ts';
import { excusedDays, fewDays } from './facts.ts';
import type { AlertPlan } from './types.ts';

type Period = Extract<RuleCondition, { kind: 'rate_below' | 'count_below' }>;

/**
 * "Below a rate over a period" and "fewer than K days a period" are judged once, on the period's
 * last working day, over its working days (a month judged on its first day would find everyone
 * short). Excused days leave the rate's denominator and count as met for "fewer than K".
 */
export async function planPeriod(
  db: DbOrTx,
  rule: RuleRow,
  c: Period,
  metric: MetricDefinition,
  population: SQL,
  day: string,
): Promise<AlertPlan[]> {
  const { start, end } = periodOf(day, c.period);
  const work = await workdaysBetween(db, start, end);
  const days = work.days;
  if (days.length === 0 || days.at(-1) !== day) return [];
  const below = c.kind === 'count_below' ? c.count : Math.ceil(c.rate * days.length);
  const candidates = await fewDays(db, population, metric, days, below);
  const excused = await excusedDays(
    db,
    candidates.map((p) => p.id),
    start,
    end,
  );
  const plans: AlertPlan[] = [];
  for (const p of candidates) {
    const ex = days.filter((d) => excused.get(p.id)?.has(d));
    const fires =
      c.kind === 'count_below'
        ? p.done.length + ex.length < c.count
        : days.length - ex.length > 0 && p.done.length / (days.length - ex.length) < c.rate;
    if (!fires) continue;
    const done = new Set(p.done);
    plans.push({
      personId: p.id,
      orgId: p.orgId,
      orgPath: p.orgPath,
      periodKey: start,
      stage: 'reported',
      action: 'raise',
      alertId: null,
      evidence: {
        metric: rule.metric,
        condition: c,
        from: start,
        to: end,
        workingDays: days.length,
        missedDays: days.filter((d) => !done.has(d) && !ex.includes(d)),
        doneDays: p.done,
        excusedDays: ex,
        lastDoneDay: p.done.at(-1) ?? null,
        isProvisional: work.unconfirmed.length > 0,
      },
    });
  }
  return plans;
}
