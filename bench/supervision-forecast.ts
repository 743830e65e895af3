import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { ForecastLimits } from '@hongyun/contracts';
import { hashToken } from '../server/src/core/auth/sessions.ts';
import { workdaysBetween } from '../server/src/core/calendar/index.ts';
import { learningDays, loadPeople, planLearning } from '../server/src/modules/learning/generate/city.ts';
import { personTrendDays } from '../server/src/modules/learning/index.ts';
import {
  addDays,
  type ForecastRule,
  forecastCalendar,
  populationOf,
  runForecast,
} from '../server/src/modules/supervision/forecast/forecast.ts';
import { type Trend, trendOf } from '../server/src/modules/supervision/forecast/model.ts';
import { listForecast } from '../server/src/modules/supervision/forecast/queries.ts';
import { connect } from '../server/src/platform/db/client.ts';
import { freshDataDir, runCli, say, startServer } from './lib.ts';

// `npm run bench -- supervision-forecast [--scale city|test] [--seed 1] [--days 40] [--as-of MONDAY] [--data-dir D]`:
// the risk forecast measured against data held out from it. A city is generated with `--days 40`
// ending on the Sunday before the as-of Monday; the article's rule (county rank or above, 5 working
// days without the daily quiz) is put at the root; the forecast runs for the last full week (its
// Monday: the data from that Monday on is held out, the model reads only the days before it), and
// the truth is the rule itself over that week: whose streak of working days without the quiz
// reaches 5 on one of the week's working days. Precision, recall and F1 at the job's threshold (and
// at the floor and the high band), the forecast's time, and the list route's time for the city
// office. Figures to /tmp/hongyun-bench-supervision-forecast.json.

type Opts = { scale: string; seed: number; days: number; asOf: string; port: number; pgPort: number; dataDir?: string };

export async function benchSupervisionForecast(opts: Opts) {
  if (new Date(`${opts.asOf}T00:00:00Z`).getUTCDay() !== 1) throw new Error('--as-of must be a Monday');
  const week = addDays(opts.asOf, -7);
  const data = opts.dataDir ? { dir: opts.dataDir, remove: () => {} } : freshDataDir('forecast');
  const out: Record<string, unknown> = { date: new Date().toISOString(), ...opts, week, loadavgStart: loadavg() };
  if (!opts.dataDir) {
    const args = ['generate', '--scale', opts.scale, '--seed', String(opts.seed), '--days', String(opts.days)];
    const r = await runCli([...args, '--as-of', opts.asOf], data.dir, opts.pgPort);
    if (r.code !== 0) throw new Error(`generate exited ${r.code}`);
    out.generateSeconds = Math.round(r.seconds);
  }
  const server = await startServer(data.dir, opts.port, opts.pgPort);
  const database = connect(server.pgUrl, 4);
  const { db, pool } = database;
  try {
    const root = (await pool.query<{ id: number; path: string }>('select id, path from orgs where parent_id is null'))
      .rows[0] as { id: number; path: string };
    const rule: ForecastRule = {
      id: await articleRule(pool, root),
      orgPath: root.path,
      population: {
        minCadreRank: 'county',
        fivePersonRoles: [],
        firstSecretaryOnly: false,
        villageStationedOnly: false,
        partyMembersOnly: true,
      },
      days: 5,
    };
    const run = await runForecast(db, rule, week);
    say(`forecast: ${JSON.stringify(run)}`);
    const again = await runForecast(db, rule, week);
    out.forecast = { first: run, rerun: again };

    // The truth, by the rule over the held-out week, for everyone the rule watches.
    const people = await populationOf(db, rule);
    const ids = people.map((p) => p.id);
    // From the first generated day: before it there is no data, not a gap.
    const all = (await workdaysBetween(db, addDays(opts.asOf, -opts.days), addDays(week, 6))).days;
    const days = await personTrendDays(db, ids, all[0] as string, addDays(week, 6));
    const firesInWeek = new Set<string>();
    const firedBefore = new Set<string>();
    for (const id of ids) {
      const done = new Set((days.get(id) ?? []).filter((d) => d.dailyCompleted).map((d) => d.day));
      let streak = 0;
      for (const w of all) {
        streak = done.has(w) ? 0 : streak + 1;
        if (streak === 5) (w >= week ? firesInWeek : firedBefore).add(id);
      }
    }
    const scores = await pool.query<{ person_id: string; score: number }>(
      'select person_id, score from supervision_forecasts where rule_id = $1 and week_start = $2',
      [rule.id, week],
    );
    // Who the generator made lag or wobble (its plan, from the seed): what the misses and false alarms are.
    const plan = planLearning(
      await loadPeople(pool, opts.asOf, opts.seed),
      await learningDays(db, opts.asOf, opts.days),
      opts.seed,
    );
    const at = (threshold: number) => {
      const hits = scores.rows.filter((r) => r.score >= threshold).map((r) => r.person_id);
      const tp = hits.filter((id) => firesInWeek.has(id)).length;
      const fp = hits.filter((id) => !firesInWeek.has(id));
      const precision = hits.length ? tp / hits.length : 0;
      const recall = firesInWeek.size ? tp / firesInWeek.size : 0;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      const r3 = (x: number) => Math.round(x * 1000) / 1000;
      return {
        threshold,
        listed: hits.length,
        tp,
        fp: fp.length,
        fpWobblers: fp.filter((id) => plan.wobblers.has(id)).length,
        fn: firesInWeek.size - tp,
        precision: r3(precision),
        recall: r3(recall),
        f1: r3(f1),
      };
    };
    out.truth = {
      population: ids.length,
      firesInWeek: firesInWeek.size,
      firedBeforeWeek: [...firedBefore].filter((id) => !firesInWeek.has(id)).length,
      laggards: plan.laggards.size,
      wobblers: plan.wobblers.size,
      firesInWeekLaggards: [...firesInWeek].filter((id) => plan.laggards.has(id)).length,
    };
    out.measured = [ForecastLimits.threshold, ForecastLimits.floor, ForecastLimits.high].map(at);
    // What one would write without a model, over the same look-back: a gap of 2+ working days under
    // way, or 3+ of the last 5 working days missed (people the rule already reported left out).
    const { lookback } = await forecastCalendar(db, week);
    const trends = ids
      .map((id) => ({ id, t: trendOf(lookback, days.get(id) ?? [], 5) }))
      .filter((x) => x.t.rawStreak < 5);
    const baseline = (pick: (t: Trend) => boolean) => {
      const hits = trends.filter((x) => pick(x.t)).map((x) => x.id);
      const tp = hits.filter((id) => firesInWeek.has(id)).length;
      return {
        listed: hits.length,
        tp,
        precision: Math.round((tp / (hits.length || 1)) * 1000) / 1000,
        recall: Math.round((tp / (firesInWeek.size || 1)) * 1000) / 1000,
      };
    };
    out.baselines = { gap2: baseline((t) => t.rawStreak >= 2), missed3of5: baseline((t) => t.missedLast5 >= 3) };
    say(`baselines: ${JSON.stringify(out.baselines)}`);
    say(`truth: ${JSON.stringify(out.truth)}`);
    for (const m of out.measured as ReturnType<typeof at>[]) say(`at ${m.threshold}: ${JSON.stringify(m)}`);
    out.listQuery = await timeList(db, root.path, week);
    say(`list query: ${JSON.stringify(out.listQuery)}`);
    out.route = await timeRoute(pool, server.url, root.id);
    say(`route: ${JSON.stringify(out.route)}`);
    out.loadavgEnd = loadavg();
    const file = '/tmp/hongyun-bench-supervision-forecast.json';
    writeFileSync(file, JSON.stringify(out, null, 2));
    say(`results written to ${file}`);
    return out;
  } finally {
    await database.close();
    await server.stop();
    if (!opts.dataDir) data.remove();
  }
}

/** The article's rule at the root (the generator writes no rules), reused on a kept data folder. */
async function articleRule(pool: ReturnType<typeof connect>['pool'], root: { id: number; path: string }) {
  const found = await pool.query<{ id: string }>(
    `select id from supervision_rules where org_id = $1 and name = '压测：领导干部连续 5 个工作日未答题'`,
    [root.id],
  );
  if (found.rows[0]) return found.rows[0].id;
  const made = await pool.query<{ id: string }>(
    `insert into supervision_rules (org_id, org_path, name, metric, population, condition, recipients, severity)
     values ($1, $2, '压测：领导干部连续 5 个工作日未答题', 'learning.daily-quiz', $3, $4, $5, 'medium') returning id`,
    [
      root.id,
      root.path,
      {
        minCadreRank: 'county',
        fivePersonRoles: [],
        firstSecretaryOnly: false,
        villageStationedOnly: false,
        partyMembersOnly: true,
      },
      { kind: 'streak', days: 5, remindAfter: 3 },
      { person: true, unitHead: true, officeOrgId: null },
    ],
  );
  return (made.rows[0] as { id: string }).id;
}

/** The list's queries in-process (what the route runs), the root's first page of 50, 20 runs. */
async function timeList(db: ReturnType<typeof connect>['db'], rootPath: string, week: string) {
  const ms: number[] = [];
  let total = 0;
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    total = (await listForecast(db, { roots: [rootPath], week, limit: 50, offset: 0 }, 'zh')).total;
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { total, medianMs: Math.round((ms[10] ?? 0) * 10) / 10, maxMs: Math.round((ms.at(-1) ?? 0) * 10) / 10 };
}

/** The list route for the root's party office: first page, 20 runs, median and max (404 until it is wired). */
async function timeRoute(pool: ReturnType<typeof connect>['pool'], url: string, rootId: number) {
  const office = await pool.query<{ id: string }>(
    `select a.id from accounts a join role_grants g on g.account_id = a.id where g.role = 'party_office' and g.org_id = $1 limit 1`,
    [rootId],
  );
  const token = randomBytes(32).toString('base64url');
  await pool.query(
    `insert into sessions (token_hash, account_id, kind, stage, expires_at) values ($1, $2, 'bearer', 'active', now() + interval '1 day')`,
    [hashToken(token), office.rows[0]?.id],
  );
  const ms: number[] = [];
  let status = 0;
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    const res = await fetch(`${url}/api/supervision/forecast?pageSize=50`, {
      headers: { authorization: `Bearer ${token}` },
    });
    await res.text();
    status = res.status;
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { status, medianMs: Math.round(ms[10] ?? 0), maxMs: Math.round(ms.at(-1) ?? 0) };
}
