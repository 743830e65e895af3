// Once per e2e run: build the web app, start the real platform (API + worker + embedded PostgreSQL,
// demo city seeded) on a fresh data directory and free ports, hand its address to the specs, and stop
// it at the end. The browser tests see exactly what `npm start` serves.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { RESULTS_DIR, ROOT, SCREENSHOT_DIR } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;

/** A TCP port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

const VITEST_SETS = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'BASE_URL']);
// Platform settings a developer's shell may carry that would point the test server at their data
// (DATABASE_URL, FILES_DIR) or change what the specs expect; the server gets its own below.
const PLATFORM_SETTINGS = ['DATABASE_URL', 'FILES_DIR', 'WEB_DIR', 'PASSWORD_POLICY', 'COOKIE_SECURE', 'TRUST_PROXY'];

/**
 * The environment for the build and the server, without what vitest sets for itself: a build under
 * NODE_ENV=test is not the production build (antd then renders test ids, e.g. aria-labelledby="test-id").
 */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && !VITEST_SETS.has(k)),
  );
}
function run(args: string[], cwd: string): void {
  const result = spawnSync(process.execPath, args, { cwd, stdio: 'inherit', env: cleanEnv() });
  if (result.status !== 0) throw new Error(`web build failed: node ${args.join(' ')}`);
}

/**
 * Builds the web app when a source is newer than the build. By default into web/dist, as `npm start`
 * does; with E2E_WEB_DIR into that directory instead (for running the suite in a checkout whose
 * web/dist others are using), which the server is then told to serve.
 */
function buildWeb(): string | undefined {
  const outDir = process.env.E2E_WEB_DIR ? path.resolve(process.env.E2E_WEB_DIR) : undefined;
  if (!outDir) {
    run([path.join(ROOT, 'scripts/build-web.mjs'), '--if-stale'], ROOT);
    return undefined;
  }
  const sources = [
    'web/src',
    'web/public',
    'web/index.html',
    'web/vite.config.ts',
    'web/package.json',
    'contracts/src',
  ];
  const built = path.join(outDir, 'index.html');
  const isStale =
    !existsSync(built) || Math.max(...sources.map((s) => newestMtime(path.join(ROOT, s)))) > statSync(built).mtimeMs;
  if (isStale) {
    console.log(`[e2e] building the web app into ${outDir}`);
    const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
    // Its own output directory, so another build of this checkout running at the same time is no
    // conflict: skip Vite's one-build-per-project lock.
    const args = [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--bypass-lock', '--logLevel', 'warn'];
    run(args, path.join(ROOT, 'web'));
  }
  return outDir;
}

/** Resolves once the server prints its ready line; rejects if it exits first or takes too long. */
function waitForReady(child: ChildProcess, logTail: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => fail(new Error('the platform did not become ready in time')), READY_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = /API ready at (http:\/\/\S+)/.exec(buffered);
      if (match?.[1]) {
        cleanup();
        resolve(match[1]);
      }
    };
    const onExit = (code: number | null) => fail(new Error(`the platform exited (code ${code}) before it was ready`));
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
    };
    function fail(error: Error) {
      cleanup();
      reject(new Error(`${error.message}\n--- server log (tail) ---\n${logTail()}`));
    }
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}

/** SIGTERM, then wait: the server closes the API, the worker and the embedded PostgreSQL itself. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(true), STOP_TIMEOUT_MS).unref()),
  ]);
  if (timedOut) {
    console.warn('[e2e] the platform did not stop within 30 s; killing it');
    child.kill('SIGKILL');
    await exited;
  }
}

export default async function setup(project: TestProject) {
  // Against a server someone already runs (E2E_BASE_URL): nothing to build or start. The specs
  // change data (a transfer, a new account), so a fresh server per run is the normal way.
  if (process.env.E2E_BASE_URL) {
    project.provide('baseUrl', process.env.E2E_BASE_URL.replace(/\/$/, ''));
    return;
  }

  // This run's screenshots only (failures of an earlier run would mislead).
  await rm(SCREENSHOT_DIR, { recursive: true, force: true });
  const webDir = buildWeb();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'hongyun-e2e-'));
  // The embedded PostgreSQL runs as its own user (when we are root) and must reach DATA_DIR/pg.
  await chmod(dataDir, 0o755);
  const port = await freePort();
  let pgPort = await freePort();
  while (pgPort === port) pgPort = await freePort();
  mkdirSync(RESULTS_DIR, { recursive: true });
  const logFile = path.join(RESULTS_DIR, 'e2e-server.log');
  const log = createWriteStream(logFile);
  const tail: string[] = [];
  const remember = (chunk: Buffer) => {
    log.write(chunk);
    tail.push(chunk.toString());
    if (tail.length > 40) tail.shift();
  };

  // node --import tsx rather than `npx tsx`: npx runs tsx under `sh -c`, which does not pass SIGTERM
  // on, so the embedded PostgreSQL would be left running.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    // As `npm start` runs it (development: demo accounts, dev keys, cookies without Secure on http).
    env: {
      ...Object.fromEntries(Object.entries(cleanEnv()).filter(([k]) => !PLATFORM_SETTINGS.includes(k))),
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      DATA_DIR: dataDir,
      LOGIN_RATE_PER_MINUTE: '1000',
      SEED_DEMO: 'true',
      WORKER: 'true', // imports run as background jobs
      ...(webDir ? { WEB_DIR: webDir } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', remember);
  child.stderr?.on('data', remember);
  // If vitest itself is stopped without running teardown, do not leave the server behind.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);

  const teardown = async () => {
    process.off('exit', killOnExit);
    await stop(child);
    log.end();
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    const baseUrl = await waitForReady(child, () => tail.join(''));
    const ready = await fetch(`${baseUrl}/readyz`);
    if (!ready.ok) throw new Error(`/readyz answered ${ready.status}`);
    const index = await fetch(`${baseUrl}/login`);
    if (!(index.headers.get('content-type') ?? '').startsWith('text/html')) {
      throw new Error('the server does not serve the web app (is the build missing?)');
    }
    console.log(`[e2e] platform ready at ${baseUrl} (log: ${path.relative(ROOT, logFile)})`);
    project.provide('baseUrl', baseUrl);
  } catch (e) {
    await teardown();
    throw e;
  }
  return teardown;
}
