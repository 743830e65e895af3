import { sql } from 'drizzle-orm';
import { dayStatus } from '../../../core/calendar/index.ts';
import type { Services, TxCtx } from '../../../platform/context.ts';
import { findMetric } from '../metrics.ts';
import type { RuleRow } from '../rules/queries.ts';
import { countPopulation } from './facts.ts';
import { planPeriod } from './plan-period.ts';
import { planStreak } from './plan-streak.ts';
import { populationWhere } from './population.ts';
import { writePlans } from './write-alerts.ts';

// Evaluates one rule for one China day, in one transaction that holds the rule's advisory lock (a
// cron run and an office's "run now" never interleave). Nothing happens on a day off: streaks
// count working days, and periods are judged on their last working day. Re-running the same day
// raises nothing new (one alert per rule, person and streak or period).

export type RunResult = {
  ruleId: string;
  day: string;
  isWorkday: boolean;
  population: number;
  raised: number;
  escalated: number;
  unchanged: number;
  ms: number;
};

export async function evaluateRule(
  ctx: Omit<TxCtx, 'db'> & Pick<Services, 'db'>,
  rule: RuleRow,
  day: string,
): Promise<RunResult> {
  const started = performance.now();
  const result = (r: Partial<RunResult>): RunResult => ({
    ruleId: rule.id,
    day,
    isWorkday: true,
    population: 0,
    raised: 0,
    escalated: 0,
    unchanged: 0,
    ...r,
    ms: Math.round(performance.now() - started),
  });
  const metric = findMetric(rule.metric);
  if (!(await dayStatus(ctx.db, day)).isWorkday) return result({ isWorkday: false });
  return ctx.db.transaction(async (tx) => {
    const txCtx: TxCtx = { ...ctx, db: tx };
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`supervision.rule:${rule.id}`}, 0))`);
    const population = populationWhere(rule.orgPath, rule.population);
    const total = await countPopulation(tx, population);
    // A rule whose module is not installed (switched out of this build) watches nothing.
    const plans = !metric
      ? []
      : rule.condition.kind === 'streak'
        ? await planStreak(tx, rule, rule.condition, metric, population, day)
        : await planPeriod(tx, rule, rule.condition, metric, population, day);
    const written = await writePlans(txCtx, rule, plans, day);
    await tx.execute(sql`
      update supervision_rules set last_run_day = greatest(coalesce(last_run_day, ${day}::date), ${day}::date)
      where id = ${rule.id}`);
    return result({ population: total, ...written });
  });
}
