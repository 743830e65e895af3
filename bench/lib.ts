import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

// Shared pieces of the benchmarks: a throw-away DATA_DIR under /tmp, the CLI and the API server as
// child processes on 127.0.0.1, sign-in, and latency percentiles from every single response.

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

export const say = (msg: string) => console.log(`[bench] ${msg}`);

export function freshDataDir(name: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), `hongyun-bench-${name}-`));
  chmodSync(dir, 0o755); // as root, embedded PostgreSQL runs as another user that must enter it
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const baseEnv = (dataDir: string, pgPort: number) => ({
  ...process.env,
  NODE_ENV: 'development',
  DATA_DIR: dataDir,
  EMBEDDED_PG_PORT: String(pgPort),
  SEED_DEMO: 'false',
  LOG_LEVEL: 'warn',
});

/** Runs `npm run cli -- …` (through tsx directly); resolves with its output and wall time. */
export function runCli(
  args: string[],
  dataDir: string,
  pgPort: number,
): Promise<{ code: number; stdout: string; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['server/src/cli/index.ts', ...args], { cwd: ROOT, env: baseEnv(dataDir, pgPort) });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      process.stdout.write(d);
    });
    child.stderr.on('data', (d: Buffer) => process.stderr.write(d));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code: code ?? 1, stdout, seconds: (performance.now() - started) / 1000 }));
  });
}

/** What `generate` printed: the shared password and the sample accounts by role. */
export function parseGenerateOutput(stdout: string) {
  const password = stdout.match(/password of every generated account[^:]*: (\S+)/)?.[1];
  const accounts = [...stdout.matchAll(/^\[hongyun\]\s+(\w+)\s+(1\d{10})\s+(.+)$/gm)].map((m) => ({
    role: m[1] as string,
    phone: m[2] as string,
    label: m[3] as string,
  }));
  const timing = stdout.match(
    /time: load ([\d.]+) s \+ vacuum analyze ([\d.]+) s = ([\d.]+) s \((\d+) rows\/s\); database (\d+) MB/,
  );
  const counts = stdout.match(/: (\d+) orgs, (\d+) people, (\d+) memberships, (\d+) accounts, (\d+) grants/);
  if (!password || !timing || !counts) throw new Error('generate output not understood');
  return {
    password,
    accounts,
    load: Number(timing[1]),
    vacuum: Number(timing[2]),
    total: Number(timing[3]),
    rowsPerSecond: Number(timing[4]),
    databaseMb: Number(timing[5]),
    rows: counts.slice(1, 6).reduce((s, n) => s + Number(n), 0),
    orgs: Number(counts[1]),
    people: Number(counts[2]),
  };
}

/**
 * The embedded server's superuser on the bench's data folder: its password is generated per data
 * folder and kept in DATA_DIR/keys (server/src/platform/db/embedded.ts).
 */
function superuserUrl(dataDir: string, pgPort: number): string {
  const password = readFileSync(path.join(dataDir, 'keys', 'pg-superuser.password'), 'utf8').trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/hongyun`;
}

export type Server = { url: string; pgUrl: string; pid: number; stop: () => Promise<void> };

/** Starts the API (no worker, no demo seed) on a data folder and waits until /readyz answers. */
export async function startServer(
  dataDir: string,
  port: number,
  pgPort: number,
  env: Record<string, string> = {},
): Promise<Server> {
  const child: ChildProcess = spawn(TSX, ['server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...baseEnv(dataDir, pgPort),
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      WORKER: 'false',
      // e.g. BENCH_SERVER_NODE_OPTIONS='--import=./bench/cpu-profile.mjs' to profile the server alone
      // (Node 20 refuses --cpu-prof in NODE_OPTIONS)
      ...(process.env.BENCH_SERVER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS } : {}),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error('API server exited during start');
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 600) throw new Error('API server did not become ready in 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pgUrl: superuserUrl(dataDir, pgPort),
    pid: child.pid ?? 0,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function login(url: string, phone: string, password: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone, password, client: 'app' }),
  });
  const body = (await res.json()) as { data?: { token?: string } };
  if (!res.ok || !body.data?.token) throw new Error(`login failed for ${phone}: ${res.status}`);
  return { authorization: `Bearer ${body.data.token}` };
}

export type Stats = { n: number; p50: number; p95: number; p99: number; max: number; mean: number };

export function stats(values: number[]): Stats {
  const v = [...values].sort((a, b) => a - b);
  const at = (q: number) => v[Math.min(v.length - 1, Math.ceil(q * v.length) - 1)] ?? 0;
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    n: v.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    max: round(v[v.length - 1] ?? 0),
    mean: round(v.reduce((s, x) => s + x, 0) / (v.length || 1)),
  };
}

export type HttpResult = Stats & { rps: number; errors: number; non2xx: number };

/**
 * Sends `amount` GETs cycling through `paths` with `connections` concurrent connections (autocannon)
 * and returns the percentiles of every response time plus the request rate.
 */
export async function measureHttp(
  url: string,
  paths: readonly string[],
  opts: { connections: number; amount: number; headers?: Record<string, string> },
): Promise<HttpResult> {
  let i = 0;
  const times: number[] = [];
  const instance = autocannon({
    url,
    connections: opts.connections,
    amount: opts.amount,
    headers: opts.headers ?? {},
    requests: [
      {
        setupRequest: (req: { path: string }) => {
          req.path = paths[i++ % paths.length] as string;
          return req;
        },
      },
    ],
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  const result = await instance;
  const seconds = result.duration || 1;
  return {
    ...stats(times),
    rps: Math.round(times.length / seconds),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export const fmt = (s: Stats) => `p50 ${s.p50} ms, p95 ${s.p95} ms, p99 ${s.p99} ms, max ${s.max} ms (n=${s.n})`;

export function median(xs: number[]): number {
  const v = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? (v[mid] as number) : ((v[mid - 1] as number) + (v[mid] as number)) / 2;
}
