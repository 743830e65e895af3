import { ForecastLimits, type ForecastReason, type RulePopulation } from '@hongyun/contracts';
import { sql } from 'drizzle-orm';
import { workdaysBetween } from '../../../core/calendar/index.ts';
import type { Db, DbOrTx } from '../../../platform/db/client.ts';
import { personTrendDays } from '../../learning/index.ts';
import { populationWhere } from '../evaluate/population.ts';
import { forecastPerson, LOOKBACK_WORKDAYS } from './model.ts';

// The forecast's database side: which rules it forecasts, who a rule watches, and a week's run for
// one rule — read the population, their recent days and excused days (a query each per 20,000
// people), score each with the model, and replace the rule's rows for the week in one transaction.
// It writes only supervision_forecasts: never an alert, a reminder or a notification.

/** The metric a forecastable rule watches, and the condition kind the model knows. */
export const FORECAST_METRIC = 'learning.daily-quiz';

export type ForecastRule = { id: string; orgPath: string; population: RulePopulation; days: number };

/** Every enabled, live streak rule on the daily quiz. */
export async function forecastableRules(db: DbOrTx): Promise<ForecastRule[]> {
  const { rows } = await db.execute<{ id: string; org_path: string; population: RulePopulation; days: number }>(sql`
    select id, org_path, population, (condition->>'days')::int as days from supervision_rules
    where is_enabled and deleted_at is null and metric = ${FORECAST_METRIC} and condition->>'kind' = 'streak'
    order by org_path, id`);
  return rows.map((r) => ({ id: r.id, orgPath: r.org_path, population: r.population, days: r.days }));
}

export type Watched = { id: string; orgId: number; orgPath: string };

/**
 * The people a rule watches now: in the rule's org subtree, on the register at an org, and matching
 * its population (rank or above, 五职 roles, first secretaries, village-stationed, party members).
 */
export async function populationOf(db: DbOrTx, rule: Pick<ForecastRule, 'orgPath' | 'population'>): Promise<Watched[]> {
  // The same predicate the rule's evaluation uses, so both watch exactly the same people.
  const { rows } = await db.execute<{ id: string; org_id: number; org_path: string }>(sql`
    select p.id, p.org_id, p.org_path from people p where ${populationWhere(rule.orgPath, rule.population)} order by p.id`);
  return rows.map((r) => ({ id: r.id, orgId: r.org_id, orgPath: r.org_path }));
}

const DAY_MS = 86_400_000;
export const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** The Monday of the China week that holds `day`. */
export function mondayOf(day: string): string {
  const wd = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((wd + 6) % 7));
}

/** The look-back's working days before `weekStart` (oldest first) and the week's own working days. */
export async function forecastCalendar(db: DbOrTx, weekStart: string) {
  // Eight weeks back hold 20 working days even across Spring Festival or National Day.
  const back = (await workdaysBetween(db, addDays(weekStart, -56), addDays(weekStart, -1))).days;
  const week = (await workdaysBetween(db, weekStart, addDays(weekStart, 6))).days;
  return { lookback: back.slice(-LOOKBACK_WORKDAYS), week };
}

export type ForecastRow = {
  personId: string;
  orgId: number;
  orgPath: string;
  score: number;
  reasons: ForecastReason[];
};

/** The scores of a population for a week (pure but for reading the days), those at or above the floor. */
export async function scorePopulation(
  db: DbOrTx,
  people: readonly Watched[],
  rule: Pick<ForecastRule, 'days'>,
  cal: { lookback: readonly string[]; week: readonly string[] },
): Promise<ForecastRow[]> {
  const out: ForecastRow[] = [];
  const from = cal.lookback[0];
  const to = cal.lookback.at(-1);
  if (!from || !to) return out;
  for (let i = 0; i < people.length; i += 20_000) {
    const chunk = people.slice(i, i + 20_000);
    const ids = chunk.map((p) => p.id);
    const [days, excused] = await Promise.all([personTrendDays(db, ids, from, to), excusedDays(db, ids, from, to)]);
    for (const p of chunk) {
      // Days a false alarm excused (leave, sickness) are left out, as the rule leaves them out.
      const off = excused.get(p.id);
      const f = forecastPerson({
        workdays: off ? cal.lookback.filter((w) => !off.has(w)) : cal.lookback,
        days: days.get(p.id) ?? [],
        ruleDays: rule.days,
        weekWorkdays: cal.week.length,
      });
      if (f && f.score >= ForecastLimits.floor) out.push({ personId: p.id, orgId: p.orgId, orgPath: p.orgPath, ...f });
    }
  }
  return out;
}

/** Per person, the days an earlier false alarm excused in [from, to] (supervision_excused_days). */
async function excusedDays(db: DbOrTx, ids: readonly string[], from: string, to: string) {
  const out = new Map<string, Set<string>>();
  if (ids.length === 0) return out;
  const { rows } = await db.execute<{ person_id: string; day: string }>(sql`
    select person_id, day::text as day from supervision_excused_days
    where person_id = any(${`{${ids.join(',')}}`}::uuid[]) and day between ${from}::date and ${to}::date`);
  for (const r of rows) out.set(r.person_id, (out.get(r.person_id) ?? new Set()).add(r.day));
  return out;
}

export type ForecastRun = {
  ruleId: string;
  weekStart: string;
  population: number;
  written: number;
  likely: number;
  ms: number;
};

/** Forecasts one rule for the week starting `weekStart` (a Monday): that week's rows replaced at once. */
export async function runForecast(db: Db, rule: ForecastRule, weekStart: string): Promise<ForecastRun> {
  const started = performance.now();
  const cal = await forecastCalendar(db, weekStart);
  const people = await populationOf(db, rule);
  const rows = await scorePopulation(db, people, rule, cal);
  await db.transaction(async (tx) => {
    // Two runs of one rule and week (the cron and a manual re-run) take turns instead of colliding.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`supervision.forecast:${rule.id}:${weekStart}`}))`);
    await tx.execute(sql`delete from supervision_forecasts where rule_id = ${rule.id} and week_start = ${weekStart}`);
    if (rows.length === 0) return;
    await tx.execute(sql`
      insert into supervision_forecasts (week_start, rule_id, person_id, org_id, org_path, score, reasons)
      select ${weekStart}::date, ${rule.id}::uuid, x.person_id, x.org_id, x.org_path, x.score, x.reasons
      from jsonb_to_recordset(${JSON.stringify(
        rows.map((r) => ({
          person_id: r.personId,
          org_id: r.orgId,
          org_path: r.orgPath,
          score: r.score,
          reasons: r.reasons,
        })),
      )}::jsonb) as x(person_id uuid, org_id int, org_path text, score real, reasons jsonb)`);
  });
  return {
    ruleId: rule.id,
    weekStart,
    population: people.length,
    written: rows.length,
    likely: rows.filter((r) => r.score >= ForecastLimits.threshold).length,
    ms: Math.round(performance.now() - started),
  };
}

/** The weekly job's work: every forecastable rule for the week starting `weekStart`. */
export async function runWeeklyForecast(db: Db, weekStart: string): Promise<ForecastRun[]> {
  const runs: ForecastRun[] = [];
  for (const rule of await forecastableRules(db)) runs.push(await runForecast(db, rule, weekStart));
  return runs;
}

/** The forecast rows' org paths follow an org move (the manifest's orgPathCopies). */
export async function rewriteForecastPaths(tx: DbOrTx, move: { oldPath: string; newPath: string }): Promise<number> {
  const r = await tx.execute(sql`
    update supervision_forecasts set org_path = ${move.newPath} || substr(org_path, ${move.oldPath.length + 1})
    where org_path like ${`${move.oldPath}%`}`);
  return r.rowCount ?? 0;
}
