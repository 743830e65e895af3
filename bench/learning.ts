import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import pg from 'pg';
import { generateWithDays } from './generate.ts';
import { sampleLockWaits, startBare } from './kernel.ts';
import { type Load, line, load, loadAtRate, medianLoad, type Req } from './learning-load.ts';
import { prepareLearning } from './learning-setup.ts';
import { dashboardFigures } from './learning-sql.ts';
import { freshDataDir, type Server, say, startServer } from './lib.ts';
import { morningPeak, PEAK_RUN_SECONDS, SAFETY_FACTOR } from './morning-peak.ts';

// `npm run bench -- learning [--runs 3] [--members 60000] [--users 2000] [--seconds 8] [--data-dir D]
//   [--parts opens,peak,answers,modules,dashboard]`:
// the learning modules on a generated city with 30 days of learning (`generate --scale city
// --days 30`, timed). One embedded cluster; the API (no worker) and the bare Fastify + pg server
// (bench/bare-server.ts) in their own processes; autocannon at 50 connections on 127.0.0.1.
//   quiz: today's first paper opens (each draws a paper) for `members` members at saturation, then
//         the first opens again at the morning peak's rate × 10 (bench/morning-peak.ts), then answers by
//         `users` of them, each with an Idempotency-Key, against one INSERT per request;
//   content: reading beats; video: watch segments; question-bank: the bank's list (党建办);
//   learning: the city dashboard route (404 until it is merged) and its SQL over every org.
// `--parts` runs some of these (answers alone still opens its members' papers first, unmeasured).

type Opts = {
  runs: number;
  members: number;
  users: number;
  seconds: number;
  days: number;
  seed: number;
  port: number;
  pgPort: number;
  dataDir?: string;
  keep: boolean;
  parts: Set<string>;
};

export const LEARNING_PARTS = ['opens', 'peak', 'answers', 'modules', 'dashboard'];

const C = 50;

export async function benchLearning(opts: Opts) {
  const data = opts.dataDir ? { dir: opts.dataDir, remove: () => {} } : freshDataDir('learning');
  const out: Record<string, unknown> = { date: new Date().toISOString(), loadavgStart: loadavg() };
  if (!opts.dataDir) {
    out.generate = await generateWithDays(data.dir, opts.pgPort, opts.seed, opts.days);
    say(`generated: ${JSON.stringify(out.generate)}`);
  }
  const server = await startServer(data.dir, opts.port, opts.pgPort);
  const db = new pg.Client({ connectionString: server.pgUrl });
  await db.connect();
  const bare = await startBare(opts.port + 1, server.pgUrl);
  try {
    await db.query(
      'create table if not exists bench_bare_writes (id bigserial primary key, data jsonb, at timestamptz not null default now())',
    );
    const setup = await prepareLearning(db, opts.members);
    say(`${setup.members.length} members with sessions; bank ${JSON.stringify(setup.bank)}`);
    const base = { connections: C, serverPid: server.pid, pgPid: server.pid };
    const today = (await db.query<{ d: string }>(`select (now() at time zone 'Asia/Shanghai')::date::text as d`))
      .rows[0]?.d as string;

    // Paper opens: every member's first open of the day draws a paper. Between runs today's
    // papers are deleted, so each run is a morning's first opens again.
    const opens: Req[] = setup.members.map((m) => ({
      method: 'POST',
      path: '/api/quiz-papers/daily',
      body: '{}',
      headers: m.headers,
    }));
    say(line('warm-up: 500 first opens', await load(server.url, opens.slice(0, 500), { ...base, amount: 500 })));
    if (opts.parts.has('opens')) out.paperOpens = await saturatedOpens(db, server.url, opens, today, opts, base);
    if (opts.parts.has('peak')) out.paperOpensAtPeak = await peakOpens(db, server.url, opens, today, opts, base);
    if (opts.parts.has('answers')) {
      await clearPapers(db, today); // today's papers of the answering members, opened unmeasured
      const opened = await load(server.url, opens.slice(0, opts.users), {
        ...base,
        amount: Math.min(opts.users, opens.length),
      });
      say(line('paper opens of the answering members (unmeasured)', opened));
      out.answers = await answers(db, server, bare, setup.members.slice(0, opts.users), today, opts, base);
    }
    if (opts.parts.has('modules')) out.modules = await otherModules(server, setup, opts, base);
    if (opts.parts.has('dashboard'))
      out.dashboard = await dashboardFigures(db, server.url, setup.office, setup.root, today, opts.days);
    out.loadavgEnd = loadavg();
    const file = '/tmp/hongyun-bench-learning.json';
    writeFileSync(file, JSON.stringify(out, null, 2));
    say(`results written to ${file}`);
    return out;
  } finally {
    await db.end();
    await bare.stop();
    await server.stop();
    if (!opts.keep && !opts.dataDir) data.remove();
    else say(`data kept in ${data.dir}`);
  }
}

type Base = { connections: number; serverPid: number; pgPid: number };

/** Paper opens: every member's first open of the day draws a paper; today's papers go between runs. */
async function saturatedOpens(db: pg.Client, url: string, opens: Req[], today: string, opts: Opts, base: Base) {
  const runs: Load[] = [];
  for (let r = 0; r < opts.runs; r++) {
    await clearPapers(db, today);
    runs.push(await load(url, opens, { ...base, amount: opens.length }));
    say(line(`paper opens run ${r + 1}`, runs.at(-1) as Load));
  }
  const median = medianLoad(runs);
  say(line('paper opens at saturation (median)', median));
  return { saturation: true, runs, median };
}

/**
 * The same first opens at the morning peak's rate (× a safety factor), the latency members see.
 * The rate is the city's (60,000 active a day), whatever `--members` sessions were made.
 */
async function peakOpens(db: pg.Client, url: string, opens: Req[], today: string, opts: Opts, base: Base) {
  const peak = morningPeak();
  say(`morning peak: ${peak.derivation}`);
  const sent = opens.slice(0, peak.rate * PEAK_RUN_SECONDS);
  if (sent.length < peak.rate * PEAK_RUN_SECONDS) say(`only ${sent.length} members: the peak run is shorter`);
  const runs: Load[] = [];
  for (let r = 0; r < opts.runs; r++) {
    await clearPapers(db, today);
    runs.push(await loadAtRate(url, sent, { ...base, rate: peak.rate }));
    say(line(`paper opens at ${peak.rate}/s run ${r + 1}`, runs.at(-1) as Load));
  }
  const median = medianLoad(runs);
  say(line(`paper opens at the morning peak ×${SAFETY_FACTOR} (median)`, median));
  return { ...peak, seconds: PEAK_RUN_SECONDS, runs, median };
}

async function clearPapers(db: pg.Client, today: string) {
  await db.query(
    `delete from quiz_paper_questions where paper_id in (select id from quiz_papers where day = $1 and kind = 'daily')`,
    [today],
  );
  await db.query(`delete from quiz_papers where day = $1 and kind = 'daily'`, [today]);
}

/**
 * Answers: `users` members answer every question of today's paper once per run, position by
 * position (a paper's questions come round `users` requests apart, so answers seldom queue on
 * their paper's row lock), each with a fresh Idempotency-Key; the answers are reset between runs.
 * The bare side writes one row per request. Lock waits are sampled during the app's last run.
 */
async function answers(
  db: pg.Client,
  server: Server,
  bare: { url: string; pid: number },
  users: { personId: string; headers: Record<string, string> }[],
  today: string,
  opts: Opts,
  base: Base,
) {
  const byPerson = new Map(users.map((u) => [u.personId, u.headers]));
  const qs = await db.query<{ paper_id: string; person_id: string; position: number; type: string }>(
    `select p.id as paper_id, p.person_id, q.position, q.snapshot->>'type' as type
     from quiz_papers p join quiz_paper_questions q on q.paper_id = p.id
     where p.day = $1 and p.kind = 'daily' and p.person_id = any($2::uuid[]) order by q.position, p.person_id`,
    [today, users.map((u) => u.personId)],
  );
  if (qs.rows.length === 0) throw new Error(`no papers of ${today} for the ${users.length} answering members`);
  const answer = (type: string) => (type === 'judge' ? ['true'] : type === 'fill' ? ['学习'] : ['A']);
  const reqsFor = (run: number): Req[] =>
    qs.rows.map((q) => ({
      method: 'POST',
      path: `/api/quiz-papers/${q.paper_id}/answers`,
      body: JSON.stringify({ position: q.position, answer: answer(q.type) }),
      headers: {
        ...byPerson.get(q.person_id),
        'idempotency-key': `bench-${Date.now()}-${run}-${q.paper_id}-${q.position}`,
      },
    }));
  const reset = async () => {
    const ids = [...new Set(qs.rows.map((q) => q.paper_id))];
    await db.query(
      'update quiz_paper_questions set given = null, is_correct = null, answered_at = null where paper_id = any($1::uuid[])',
      [ids],
    );
    await db.query(
      `update quiz_papers set correct = 0, completed_at = null, answered_positions = '{}' where id = any($1::uuid[])`,
      [ids],
    );
  };
  const bareReqs: Req[] = qs.rows.map((_, i) => ({ method: 'POST', path: '/insert', body: `{"n":${i}}` }));
  const app: Load[] = [];
  const b: Load[] = [];
  let locks: unknown = null;
  for (let r = 0; r < opts.runs; r++) {
    await reset();
    const reqs = reqsFor(r);
    const run = () => load(server.url, reqs, { ...base, amount: reqs.length });
    if (r === opts.runs - 1) {
      const sampled = await sampleLockWaits(server.pgUrl, run);
      app.push(sampled.result);
      locks = { ...sampled, result: undefined };
    } else app.push(await run());
    say(line(`answers run ${r + 1}`, app.at(-1) as Load));
    b.push(await load(bare.url, bareReqs, { ...base, serverPid: bare.pid, amount: bareReqs.length }));
    say(line(`bare insert run ${r + 1}`, b.at(-1) as Load));
  }
  const appM = medianLoad(app);
  const bareM = medianLoad(b);
  return {
    app,
    bare: b,
    median: { app: appM, bare: bareM },
    ratio: Math.round((appM.rps / bareM.rps) * 100) / 100,
    locks,
  };
}

/** Reading beats, watch segments and the question-bank list: `seconds` each, medians of `runs`. */
async function otherModules(
  server: Server,
  setup: Awaited<ReturnType<typeof prepareLearning>>,
  opts: Opts,
  base: Base,
) {
  const members = setup.members.slice(0, opts.users);
  const beats: Req[] = members.map((m) => ({
    method: 'POST',
    path: `/api/content/feed/${setup.articleId}/reading`,
    body: '{"isStart":false,"reachedEnd":false}',
    headers: m.headers,
  }));
  // Each request plays the next 15 s of the video for its member (cycling members, the stretch moves on).
  const watches: Req[] = Array.from({ length: members.length * 20 }, (_, i) => {
    const m = members[i % members.length] as (typeof members)[number];
    const from = Math.floor(i / members.length) * 15;
    return {
      method: 'POST',
      path: `/api/videos/${setup.videoId}/watch`,
      body: JSON.stringify({ from, to: from + 15, positionSeconds: from + 15 }),
      headers: m.headers,
    };
  });
  const list: Req[] = [{ method: 'GET', path: '/api/questions?pageSize=20', headers: setup.office }];
  const result: Record<string, { runs: Load[]; median: Load }> = {};
  for (const [name, reqs] of [
    ['content: POST /api/content/feed/:id/reading', beats],
    ['video: POST /api/videos/:id/watch', watches],
    ['question-bank: GET /api/questions', list],
  ] as const) {
    const runs: Load[] = [];
    for (let r = 0; r < opts.runs; r++) runs.push(await load(server.url, reqs, { ...base, seconds: opts.seconds }));
    result[name] = { runs, median: medianLoad(runs) };
    say(line(name, result[name].median));
  }
  return result;
}
