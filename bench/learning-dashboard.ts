import { writeFileSync } from 'node:fs';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { refreshMemberStats } from '../server/src/modules/learning/member-stats.ts';
import type { DbOrTx } from '../server/src/platform/db/client.ts';
import {
  fmt,
  freshDataDir,
  type HttpResult,
  login,
  measureHttp,
  median,
  parseGenerateOutput,
  runCli,
  say,
  startServer,
} from './lib.ts';

// `npm run bench -- learning-dashboard [--data-dir D --phone P --password W] [--runs 3]`: a
// generated city with 30 days of learning facts, the root's dashboard and not-studied list over
// HTTP at 1 and 8 connections (median of the runs' p50/p95/p99), the live register count a past
// period still takes (the cost every request paid before the snapshot), and the snapshot cron.

type Opts = {
  scale: string;
  seed: number;
  runs: number;
  port: number;
  pgPort: number;
  reuse?: { dataDir: string; phone: string; password: string } | undefined;
};

/**
 * 30 days of learning written straight into the learning tables (the generator has no --days on
 * this branch). About 60,000 of the 170,000 people study a day: a person studies on a day when a
 * hash of (person, day) falls in 60/170 of its range; one person in ten never studies at all, so
 * the not-studied list has a never-studied head. Org days, status and year rows are the sums of the
 * person days, as the subscriber leaves them.
 */
export async function fillLearning(db: pg.Client) {
  await db.query('truncate learning_person_days, learning_org_days, learning_person_status, learning_person_years');
  await db.query(`
    insert into learning_person_days (person_id, day, org_id, org_path, read_seconds, watch_seconds, answers,
      correct, daily_completed, points)
    select p.id, d::date, p.org_id, p.org_path, 300 + abs(hashtext(p.id::text || d::text)) % 1500,
           (abs(hashtext(d::text || p.id::text)) % 3) * 300, 5, abs(hashtext(p.id::text)) % 6,
           abs(hashtext(p.id::text || d::text)) % 4 > 0, 5 + abs(hashtext(p.id::text)) % 10
      from people p
     cross join generate_series((now() at time zone 'Asia/Shanghai')::date - 29,
                                (now() at time zone 'Asia/Shanghai')::date, interval '1 day') d
     where p.party_status is not null and p.org_id is not null
       and abs(hashtext(p.id::text)) % 10 <> 0
       and abs(hashtext(p.id::text || '/' || d::text)) % 170 < 67`);
  await db.query(`
    insert into learning_org_days (org_id, day, org_path, active_people, daily_completed, read_seconds,
      watch_seconds, answers, correct, points)
    select org_id, day, min(org_path), count(*), count(*) filter (where daily_completed), sum(read_seconds),
           sum(watch_seconds), sum(answers), sum(correct), sum(points)
      from learning_person_days group by org_id, day`);
  await db.query(`
    insert into learning_person_status (person_id, points_total, last_studied_on, last_daily_quiz_on)
    select person_id, sum(points), max(day), max(day) filter (where daily_completed)
      from learning_person_days group by person_id`);
  await db.query(`
    insert into learning_person_years (person_id, year, read_seconds, watch_seconds, points)
    select person_id, extract(year from day)::int, sum(read_seconds), sum(watch_seconds), sum(points)
      from learning_person_days group by 1, 2`);
  await db.query(
    'vacuum analyze learning_person_days, learning_org_days, learning_person_status, learning_person_years',
  );
}

const pick = (runs: HttpResult[]) => ({
  p50: median(runs.map((r) => r.p50)),
  p95: median(runs.map((r) => r.p95)),
  p99: median(runs.map((r) => r.p99)),
  errors: runs.reduce((n, r) => n + r.errors + r.non2xx, 0),
});

export async function benchLearningDashboard(opts: Opts) {
  const data = opts.reuse ? { dir: opts.reuse.dataDir } : freshDataDir(`learning-${opts.scale}`);
  say(`data dir ${data.dir}`);
  let office = opts.reuse ? { phone: opts.reuse.phone, password: opts.reuse.password } : null;
  if (!office) {
    const gen = await runCli(['generate', '--scale', opts.scale, '--seed', String(opts.seed)], data.dir, opts.pgPort);
    if (gen.code !== 0) throw new Error(`generate exited ${gen.code}`);
    const parsed = parseGenerateOutput(gen.stdout);
    const account = parsed.accounts.find((a) => a.role === 'party_office');
    if (!account) throw new Error('no party_office account printed');
    office = { phone: account.phone, password: parsed.password };
    say(`office ${office.phone} / ${office.password}`);
  }
  const server = await startServer(data.dir, opts.port, opts.pgPort);
  const db = new pg.Client({ connectionString: server.pgUrl });
  await db.connect();
  try {
    let t = performance.now();
    // A reused data dir keeps its 30 days.
    const filled = (await db.query('select 1 from learning_person_days limit 1')).rowCount;
    if (!filled) await fillLearning(db);
    say(`30 days of learning filled in ${Math.round((performance.now() - t) / 1000)} s`);
    const root = (await db.query<{ id: number }>('select id from orgs where parent_id is null order by id limit 1'))
      .rows[0]?.id;
    const counts = (
      await db.query(`select (select count(*)::int from orgs) as orgs, (select count(*)::int from people) as people,
        (select round(avg(n))::int from (select count(*) n from learning_person_days group by day) x) as active_per_day`)
    ).rows[0];
    say(`root ${root}: ${JSON.stringify(counts)}`);

    const cron: number[] = [];
    const orm = drizzle(db) as unknown as DbOrTx;
    for (let i = 0; i < opts.runs; i++) {
      t = performance.now();
      const n = await refreshMemberStats(orm);
      cron.push(Math.round(performance.now() - t));
      say(`snapshot cron: ${n} orgs in ${cron.at(-1)} ms`);
    }

    const headers = await login(server.url, office.phone, office.password);
    const dash = `/api/orgs/${root}/learning/dashboard`;
    const inactive = `/api/orgs/${root}/learning/inactive?workdays=5`;
    // A period ending before today counts the register live: what every dashboard cost before.
    const past = `${dash}?from=${new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10)}&to=${new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10)}`;
    await measureHttp(server.url, [dash, inactive], { connections: 2, amount: 20, headers });
    const results: Record<string, ReturnType<typeof pick>> = {};
    for (const [label, path, amount] of [
      ['dashboard', dash, 60],
      ['inactive', inactive, 60],
      ['dashboardPastPeriodLive', past, 6],
    ] as const) {
      for (const c of label === 'dashboardPastPeriodLive' ? [1] : [1, 8]) {
        const runs: HttpResult[] = [];
        for (let i = 0; i < opts.runs; i++) {
          runs.push(
            await measureHttp(server.url, [path], { connections: c, amount: c === 8 ? amount * 2 : amount, headers }),
          );
          say(`${label} c=${c}: ${fmt(runs.at(-1) as HttpResult)}`);
        }
        results[`${label}C${c}`] = pick(runs);
      }
    }
    const summary = { counts, cronMs: { runs: cron, median: median(cron) }, results };
    say(JSON.stringify(summary));
    writeFileSync('/tmp/hongyun-bench-learning-dashboard.json', JSON.stringify(summary, null, 2));
    return summary;
  } finally {
    await db.end();
    await server.stop();
  }
}
