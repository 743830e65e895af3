import type pg from 'pg';
import { type HttpResult, measureHttp, type Stats, say, stats } from './lib.ts';

// The city dashboard: GET /api/orgs/:id/learning/dashboard?from=&to= over the last `days` days for
// every org (root included), as the city 党建办, when the route exists; and always the SQL such a
// dashboard runs over learning_org_days (per org itself, per day), timed on one connection for
// every org: the subtree's totals, its series by day, and its children's totals (grouped by the
// path segment after the org's own path).

const SUMS = `sum(active_people)::int as active, sum(daily_completed)::int as completed,
  sum(read_seconds)::bigint as read, sum(watch_seconds)::bigint as watch, sum(answers)::int as answers,
  sum(correct)::int as correct, sum(points)::int as points, sum(delegated_people)::int as delegated`;

export async function dashboardFigures(
  db: pg.Client,
  url: string,
  office: Record<string, string>,
  root: { id: number; path: string },
  today: string,
  days: number,
) {
  // The generated days (they end the day before the generator's as-of date, a UTC date), else the
  // `days` days before today.
  const span = (
    await db.query<{ from: string | null; to: string | null }>(
      'select min(day)::text as from, max(day)::text as to from learning_org_days',
    )
  ).rows[0];
  const shift = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
  const from = span?.from ?? shift(days);
  const to = span?.to ?? shift(1);
  const orgs = (await db.query<{ id: number; path: string }>('select id, path from orgs order by depth, id')).rows;
  const query = `?from=${from}&to=${to}`;
  const probe = await fetch(`${url}/api/orgs/${root.id}/learning/dashboard${query}`, { headers: office });
  let route: { status: number; c1?: HttpResult; c8?: HttpResult } = { status: probe.status };
  if (probe.ok) {
    const paths = orgs.map((o) => `/api/orgs/${o.id}/learning/dashboard${query}`);
    route = {
      status: probe.status,
      c1: await measureHttp(url, paths, { connections: 1, amount: paths.length, headers: office }),
      c8: await measureHttp(url, paths, { connections: 8, amount: paths.length, headers: office }),
    };
    say(`dashboard route, ${paths.length} orgs: c=1 p95 ${route.c1?.p95} ms, c=8 p95 ${route.c8?.p95} ms`);
  } else say(`dashboard route answered ${probe.status} (not on this branch): timing its SQL only`);

  const time = async (text: string, params: unknown[]) => {
    const t0 = performance.now();
    await db.query(text, params);
    return performance.now() - t0;
  };
  const totals: number[] = [];
  const series: number[] = [];
  const children: number[] = [];
  const whole: number[] = [];
  let rootMs: number[] = [];
  for (const o of orgs) {
    // Paths are digits and slashes: the prefix goes into the text so the planner sees a constant
    // LIKE prefix and uses the (day, org_path text_pattern_ops) index.
    const under = `org_path like '${o.path}%'`;
    const a = await time(`select ${SUMS} from learning_org_days where day between $1 and $2 and ${under}`, [from, to]);
    const b = await time(
      `select day, ${SUMS} from learning_org_days where day between $1 and $2 and ${under} group by day order by day`,
      [from, to],
    );
    const c = await time(
      `select split_part(substr(org_path, ${o.path.length + 1}), '/', 1) as child, ${SUMS}
       from learning_org_days where day between $1 and $2 and ${under} group by 1`,
      [from, to],
    );
    totals.push(a);
    series.push(b);
    children.push(c);
    whole.push(a + b + c);
    if (o.id === root.id) rootMs = [a, b, c];
  }
  const r = (xs: number[]) => xs.map((x) => Math.round(x * 10) / 10);
  const sql: Record<string, Stats | number[]> = {
    totals: stats(totals),
    byDay: stats(series),
    byChild: stats(children),
    allThree: stats(whole),
    rootTotalsByDayByChildMs: r(rootMs),
  };
  say(`dashboard SQL over ${orgs.length} orgs (${from}..${to}): ${JSON.stringify(sql)}`);
  return { from, to, orgs: orgs.length, route, sql };
}
