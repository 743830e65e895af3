import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { hashToken } from '../server/src/core/auth/sessions.ts';
import { freshDataDir, login, median, parseGenerateOutput, ROOT, runCli, say, startServer } from './lib.ts';
import { treeCpu } from './proc-cpu.ts';

// `npm run bench -- kernel [--runs 3] [--seconds 8] [--lock-seconds 60]`: the cost of our request
// kernel (session, module switches, idempotency, serialisation) against the bare stack, in ONE run
// on ONE embedded PostgreSQL cluster. The API server and a bare Fastify + pg server each run in their
// own process; autocannon (50 connections, 127.0.0.1) runs here. Pairs:
//   write: PATCH /api/me (locale; one UPDATE + one behaviour event) vs one INSERT per request;
//   read:  GET /api/people/:id (a member reading their own record) vs one-row SELECT;
//   hello: GET /healthz vs GET /hello.
// Requests cycle through `users` accounts (default 200), each reading its own record or setting its
// own locale. Each side runs `runs` times; medians of req/s and of CPU ms per request of the server process
// tree and of PostgreSQL. Then 8 connections write for `lockSeconds` while pg_stat_activity and
// pg_locks are sampled every 100 ms for lock waits.

type Opts = {
  runs: number;
  seconds: number;
  lockSeconds: number;
  users: number;
  /** Which pairs to measure (`--pairs write,read`; all by default). */
  pairs: string[];
  port: number;
  pgPort: number;
  /** API_PROCESSES of the server (`--api-processes 2`: a node:cluster of two on the port). */
  apiProcesses: number;
};
type Req = { method: 'GET' | 'PATCH' | 'POST'; path: string; body?: string; headers?: Record<string, string> };
type Side = { rps: number; appCpuMs: number; pgCpuMs: number; xactsPerReq: number; non2xx: number; errors: number };

const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

export async function startBare(
  port: number,
  pgUrl: string,
): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(TSX, ['bench/bare-server.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), BENCH_PG_URL: pgUrl },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const ok = await fetch(`${url}/hello`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 300) throw new Error('bare server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid ?? 0,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** One autocannon run; returns req/s and the CPU the server tree and PostgreSQL spent per request. */
async function run(
  url: string,
  reqs: Req[],
  opts: {
    connections: number;
    seconds: number;
    headers: Record<string, string>;
    serverPid: number;
    pgRootPid: number;
    db: pg.Client;
  },
): Promise<Side> {
  let i = 0;
  // Transactions (each autocommit statement is one) of the whole cluster, to see round trips.
  const xacts = async () =>
    (await opts.db.query<{ n: number }>('select sum(xact_commit + xact_rollback)::float8 as n from pg_stat_database'))
      .rows[0]?.n ?? 0;
  const x0 = await xacts();
  const before = { server: treeCpu(opts.serverPid), pg: treeCpu(opts.pgRootPid) };
  const result = await autocannon({
    url,
    connections: opts.connections,
    duration: opts.seconds,
    headers: { 'content-type': 'application/json', ...opts.headers },
    requests: [
      {
        setupRequest: (req: { path: string; method: string; body?: string; headers?: Record<string, string> }) => {
          const r = reqs[i++ % reqs.length] as Req;
          req.path = r.path;
          req.method = r.method;
          if (r.body) req.body = r.body;
          if (r.headers) req.headers = { ...req.headers, ...r.headers };
          return req;
        },
      },
    ],
  });
  const after = { server: treeCpu(opts.serverPid), pg: treeCpu(opts.pgRootPid) };
  const n = result.requests.total || 1;
  // pg_stat_database is updated when a backend reports (at most every second or so): approximate.
  await new Promise((r) => setTimeout(r, 1200));
  const x1 = await xacts();
  return {
    rps: Math.round(n / (result.duration || 1)),
    appCpuMs: round((after.server.app - before.server.app) / n),
    pgCpuMs: round((after.pg.postgres - before.pg.postgres) / n),
    xactsPerReq: Math.round(((x1 - x0 - 3) / n) * 100) / 100,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Bearer sessions for `n` accounts that have a person (branch secretaries in the generated data). */
async function signInMany(db: pg.Client, n: number) {
  const { rows } = await db.query<{ id: string; person_id: string }>(
    'select id, person_id from accounts where person_id is not null and not is_disabled order by id limit $1',
    [n],
  );
  const users: { personId: string; headers: Record<string, string> }[] = [];
  for (const r of rows) {
    const token = randomBytes(32).toString('base64url');
    await db.query(
      `insert into sessions (token_hash, account_id, kind, stage, expires_at) values ($1, $2, 'bearer', 'active', now() + interval '1 day')`,
      [hashToken(token), r.id],
    );
    users.push({ personId: r.person_id, headers: { authorization: `Bearer ${token}` } });
  }
  return users;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function medianSide(xs: Side[]): Side {
  const m = (f: (s: Side) => number) => median(xs.map(f));
  return {
    rps: m((s) => s.rps),
    appCpuMs: m((s) => s.appCpuMs),
    pgCpuMs: m((s) => s.pgCpuMs),
    xactsPerReq: m((s) => s.xactsPerReq),
    non2xx: xs.reduce((s, x) => s + x.non2xx, 0),
    errors: xs.reduce((s, x) => s + x.errors, 0),
  };
}

/** Counts lock waits every 100 ms while `work` runs. */
export async function sampleLockWaits<T>(pgUrl: string, work: () => Promise<T>) {
  const db = new pg.Client({ connectionString: pgUrl });
  await db.connect();
  let samples = 0;
  let activityWaits = 0;
  let ungranted = 0;
  let maxAtOnce = 0;
  const waitEvents = new Map<string, number>();
  let done = false;
  const loop = (async () => {
    while (!done) {
      const a = await db.query<{ n: number; ev: string | null }>(
        `select count(*)::int as n,
                string_agg(distinct wait_event || ' ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 40), ' | ') as ev
         from pg_stat_activity where wait_event_type = 'Lock'`,
      );
      const l = await db.query<{ n: number }>('select count(*)::int as n from pg_locks where not granted');
      const n = a.rows[0]?.n ?? 0;
      samples += 1;
      activityWaits += n;
      ungranted += l.rows[0]?.n ?? 0;
      maxAtOnce = Math.max(maxAtOnce, n);
      for (const ev of (a.rows[0]?.ev ?? '').split(' | ').filter(Boolean))
        waitEvents.set(ev, (waitEvents.get(ev) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const result = await work();
  done = true;
  await loop;
  await db.end();
  return { samples, activityWaits, ungranted, maxAtOnce, waitEvents: Object.fromEntries(waitEvents), result };
}

export async function benchKernel(opts: Opts) {
  const data = freshDataDir('kernel');
  say(`data dir ${data.dir}`);
  const gen = await runCli(['generate', '--scale', 'test', '--seed', '1'], data.dir, opts.pgPort);
  if (gen.code !== 0) throw new Error(`generate exited ${gen.code}`);
  const parsed = parseGenerateOutput(gen.stdout);
  const sample = parsed.accounts.find((a) => a.role === 'branch_secretary');
  if (!sample) throw new Error('no branch secretary printed');

  const server = await startServer(data.dir, opts.port, opts.pgPort, { API_PROCESSES: String(opts.apiProcesses) });
  say(`API_PROCESSES=${opts.apiProcesses}`);
  const db = new pg.Client({ connectionString: server.pgUrl });
  await db.connect();
  const bare = await startBare(opts.port + 1, server.pgUrl);
  try {
    await db.query(
      'create table if not exists bench_bare_writes (id bigserial primary key, data jsonb, at timestamptz not null default now())',
    );
    // One real sign-in (the route works), then many users: sessions for accounts that have a person
    // record, inserted directly (sign-in is rate-limited per address and costs a scrypt each). With
    // one account, every PATCH /api/me would queue on that one account row.
    const headers = await login(server.url, sample.phone, parsed.password);
    const users = await signInMany(db, opts.users);
    say(`${users.length} users, each with a bearer session`);
    const meRes = await fetch(`${server.url}/api/me`, { headers: users[0]?.headers });
    const me = (await meRes.json()) as { data?: { account: { personId: string } } };
    if (me.data?.account.personId !== users[0]?.personId) {
      throw new Error(`session of the first user not accepted: ${meRes.status} ${JSON.stringify(me)}`);
    }

    const locales = ['zh-CN', 'en'].map((locale) => JSON.stringify({ locale }));
    const allPairs: { name: string; app: Req[]; bare: Req[] }[] = [
      {
        name: 'write',
        // Each account comes round once every `users` requests, so concurrent writes seldom share a row.
        app: locales.flatMap((body) =>
          users.map((u) => ({ method: 'PATCH' as const, path: '/api/me', body, headers: u.headers })),
        ),
        bare: locales.map((body) => ({ method: 'POST', path: '/insert', body })),
      },
      {
        name: 'read',
        app: users.map((u) => ({ method: 'GET', path: `/api/people/${u.personId}`, headers: u.headers })),
        bare: users.map((u) => ({ method: 'GET', path: `/row/${u.personId}` })),
      },
      { name: 'hello', app: [{ method: 'GET', path: '/healthz' }], bare: [{ method: 'GET', path: '/hello' }] },
    ];
    const pairs = allPairs.filter((p) => opts.pairs.includes(p.name));
    const base = { connections: 50, headers, pgRootPid: server.pid, db };
    // Warm-up: JIT, prepared statements and caches of both servers.
    for (const p of pairs) {
      await run(server.url, p.app, { ...base, seconds: 2, serverPid: server.pid });
      await run(bare.url, p.bare, { ...base, seconds: 2, serverPid: bare.pid });
    }
    const results: Record<string, { app: Side; bare: Side; ratio: number }> = {};
    for (const p of pairs) {
      const appRuns: Side[] = [];
      const bareRuns: Side[] = [];
      for (let r = 0; r < opts.runs; r++) {
        // Alternate the sides so drifting machine load hits both alike.
        appRuns.push(await run(server.url, p.app, { ...base, seconds: opts.seconds, serverPid: server.pid }));
        bareRuns.push(await run(bare.url, p.bare, { ...base, seconds: opts.seconds, serverPid: bare.pid }));
      }
      const app = medianSide(appRuns);
      const b = medianSide(bareRuns);
      results[p.name] = { app, bare: b, ratio: Math.round((app.rps / b.rps) * 100) / 100 };
      say(
        `${p.name}: app ${app.rps} req/s (cpu ${app.appCpuMs} ms + pg ${app.pgCpuMs} ms /req, ${app.xactsPerReq} xacts/req, non-2xx ${app.non2xx}) ` +
          `vs bare ${b.rps} req/s (cpu ${b.appCpuMs} ms + pg ${b.pgCpuMs} ms /req, ${b.xactsPerReq} xacts/req) → ratio ${results[p.name]?.ratio}` +
          `   runs app ${appRuns.map((x) => x.rps).join('/')} bare ${bareRuns.map((x) => x.rps).join('/')}`,
      );
    }

    const write = allPairs[0] as (typeof allPairs)[number];
    // `--lock-seconds 0` skips the lock-wait sample (quick comparisons of one pair).
    const locks =
      opts.lockSeconds > 0
        ? await sampleLockWaits(server.pgUrl, () =>
            run(server.url, write.app, { ...base, connections: 8, seconds: opts.lockSeconds, serverPid: server.pid }),
          )
        : null;
    if (locks) {
      say(
        `lock waits during ${opts.lockSeconds} s of writes at c=8 (${locks.result.rps} req/s): ${locks.samples} samples, ` +
          `${locks.activityWaits} backend-samples waiting on a Lock (max ${locks.maxAtOnce} at once; ${JSON.stringify(locks.waitEvents)}), ` +
          `${locks.ungranted} ungranted pg_locks rows`,
      );
    }
    const summary = {
      apiProcesses: opts.apiProcesses,
      results,
      locks: locks && { ...locks, result: undefined, rps: locks.result.rps },
    };
    const out = '/tmp/hongyun-bench-kernel.json';
    writeFileSync(out, JSON.stringify(summary, null, 2));
    say(`results written to ${out}`);
    return summary;
  } finally {
    await db.end();
    await bare.stop();
    await server.stop();
    data.remove();
  }
}
