import { type SQL, sql } from 'drizzle-orm';
import type { MetricDefinition } from '../../../core/kernel/index.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import type { StreakFacts } from './judge.ts';

// What an evaluation reads: the people a rule watches who did not meet its metric lately, and for
// them the last day they did, the days excused, and their latest alert of the rule. Each is one
// statement for all people (ids passed as one array), never a query per person.

export type Watched = { id: string; orgId: number; orgPath: string };

const BATCH = 5000;
const uuids = (ids: readonly string[]) => `{${ids.join(',')}}`;

/**
 * The first day in [from, to] the metric has any row for anyone: before it the platform (or the
 * module) had no data, and a day without data is not a day missed. Null when there is none.
 */
export async function metricStart(
  db: DbOrTx,
  metric: MetricDefinition,
  from: string,
  to: string,
): Promise<string | null> {
  const done = metric.doneDays({ from: sql`${from}::date`, to: sql`${to}::date` });
  const r = await db.execute<{ d: string | null }>(sql`select min(m.day)::text as d from (${done}) m`);
  return r.rows[0]?.d ?? null;
}

/** Everyone the population covers (for the run's count). */
export async function countPopulation(db: DbOrTx, population: SQL): Promise<number> {
  const r = await db.execute<{ n: number }>(sql`select count(*)::int as n from people p where ${population}`);
  return r.rows[0]?.n ?? 0;
}

/** People of the population with no metric day in [from, to]. */
export async function withoutMetric(
  db: DbOrTx,
  population: SQL,
  metric: MetricDefinition,
  from: string,
  to: string,
): Promise<Watched[]> {
  const done = metric.doneDays({ from: sql`${from}::date`, to: sql`${to}::date` });
  const r = await db.execute<Watched>(sql`
    select p.id, p.org_id as "orgId", p.org_path as "orgPath" from people p
    where ${population} and not exists (select 1 from (${done}) m where m.person_id = p.id)`);
  return r.rows;
}

/** People of the population with fewer than `below` metric days among `days` (a period's working days). */
export async function fewDays(
  db: DbOrTx,
  population: SQL,
  metric: MetricDefinition,
  days: readonly string[],
  below: number,
): Promise<(Watched & { done: string[] })[]> {
  const from = days[0] as string;
  const to = days.at(-1) as string;
  const done = metric.doneDays({ from: sql`${from}::date`, to: sql`${to}::date` });
  const r = await db.execute<Watched & { done: string[] }>(sql`
    select p.id, p.org_id as "orgId", p.org_path as "orgPath",
      coalesce((select array_agg(distinct m.day::text) from (${done}) m
                where m.person_id = p.id and m.day = any(${`{${days.join(',')}}`}::date[])), '{}') as done
    from people p
    where ${population}
      and (select count(distinct m.day) from (${done}) m
           where m.person_id = p.id and m.day = any(${`{${days.join(',')}}`}::date[])) < ${below}`);
  return r.rows.map((x) => ({ ...x, done: [...x.done].sort() }));
}

/** For each person: last metric day in [from, to], excused days in [from, to], latest alert of the rule. */
export async function streakFacts(
  db: DbOrTx,
  ruleId: string,
  metric: MetricDefinition,
  ids: readonly string[],
  from: string,
  to: string,
): Promise<Map<string, StreakFacts & { latestId: string | null }>> {
  const out = new Map<string, StreakFacts & { latestId: string | null }>();
  // The last done day is looked for back to the latest alert's first day when that is older than
  // the look-back: whether a long streak still continues its alert depends on it.
  const done = metric.doneDays({
    from: sql`least(${from}::date, coalesce(a.period_key, ${from}::date))`,
    to: sql`${to}::date`,
  });
  for (let i = 0; i < ids.length; i += BATCH) {
    const part = ids.slice(i, i + BATCH);
    const r = await db.execute<{
      id: string;
      lastDone: string | null;
      excused: string[];
      alertId: string | null;
      periodKey: string | null;
      stage: 'reminded' | 'reported' | null;
      status: string | null;
      outcome: string | null;
    }>(sql`
      select c.id,
        (select max(m.day)::text from (${done}) m where m.person_id = c.id) as "lastDone",
        coalesce((select array_agg(e.day::text order by e.day) from supervision_excused_days e
                  where e.person_id = c.id and e.day between ${from}::date and ${to}::date), '{}') as excused,
        a.id as "alertId", a.period_key::text as "periodKey", a.stage, a.status, a.outcome
      from unnest(${uuids(part)}::uuid[]) as c(id)
      left join lateral (
        select id, period_key, stage, status, outcome from supervision_alerts
        where rule_id = ${ruleId} and person_id = c.id order by period_key desc limit 1
      ) a on true`);
    for (const x of r.rows) {
      out.set(x.id, {
        lastDone: x.lastDone,
        excused: new Set(x.excused),
        latestId: x.alertId,
        latest:
          x.alertId && x.periodKey && x.stage && x.status
            ? { periodKey: x.periodKey, stage: x.stage, status: x.status, outcome: x.outcome }
            : null,
      });
    }
  }
  return out;
}

/** Excused days of these people within [from, to]. */
export async function excusedDays(db: DbOrTx, ids: readonly string[], from: string, to: string) {
  const out = new Map<string, Set<string>>();
  if (ids.length === 0) return out;
  const r = await db.execute<{ personId: string; day: string }>(sql`
    select person_id as "personId", day::text as day from supervision_excused_days
    where person_id = any(${uuids(ids)}::uuid[]) and day between ${from}::date and ${to}::date`);
  for (const x of r.rows) {
    const s = out.get(x.personId) ?? new Set<string>();
    s.add(x.day);
    out.set(x.personId, s);
  }
  return out;
}
