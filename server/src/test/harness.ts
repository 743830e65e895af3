import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { type App, buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { ModuleManifest } from '../core/kernel/index.ts';
import type { Ctx } from '../platform/context.ts';
import { connect, type Database } from '../platform/db/client.ts';

export type TestEnv = {
  app: App;
  database: Database;
  /** The application's URL (the application role, as in production). */
  url: string;
  /** The owner's URL (the superuser): for a test that plays an attacker with every right. */
  ownerUrl: string;
  /** Runs one statement as the owner, on a connection of its own. */
  asOwner: (text: string, values?: unknown[]) => Promise<Record<string, unknown>[]>;
  ctx: (actor?: Ctx['actor']) => Ctx;
};

/**
 * Creates a fresh database cloned from the migrated template; returns the application role's URL, the
 * owner's URL and a drop function.
 */
export async function createTestDatabase(): Promise<{ url: string; ownerUrl: string; drop: () => Promise<void> }> {
  const adminUrl = inject('pgAdminUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject('pgTemplate')}`);
  await admin.end();
  const ownerUrl = new URL(adminUrl);
  ownerUrl.pathname = `/${name}`;
  const url = new URL(ownerUrl);
  url.username = inject('pgAppRole');
  url.password = encodeURIComponent(inject('pgAppPassword'));
  return {
    url: url.toString(),
    ownerUrl: ownerUrl.toString(),
    drop: async () => {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/**
 * Gives a test file its own database and app. Call at the top of a describe or file:
 *   const t = useTestApp();  … t.app.inject(…)
 * `env` overrides configuration (e.g. { PASSWORD_POLICY: 'mlps' }); `modules` replaces the module list.
 */
export function useTestApp(
  env: Record<string, string> = {},
  opts: { beforeReady?: (app: App) => void; modules?: readonly ModuleManifest[] } = {},
): TestEnv {
  const holder = {} as TestEnv;
  let drop: (() => Promise<void>) | undefined;
  let filesDir: string | undefined;
  beforeAll(async () => {
    const created = await createTestDatabase();
    drop = created.drop;
    filesDir = await mkdtemp(path.join(os.tmpdir(), 'hongyun-files-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      DATABASE_URL: created.url,
      FILES_DIR: filesDir,
      // The published audit head (and any generated key) stay in this test's own folder.
      DATA_DIR: filesDir,
      // API tests do not depend on whether the web app happens to be built in this checkout.
      WEB_DIR: path.join(filesDir, 'no-web-build'),
      ...env,
    });
    const database = connect(created.url, 5);
    const app = await buildApp(config, database, { modules: opts.modules });
    opts.beforeReady?.(app);
    await app.ready();
    holder.app = app;
    holder.database = database;
    holder.url = created.url;
    holder.ownerUrl = created.ownerUrl;
    holder.asOwner = async (text, values = []) => {
      const owner = new pg.Client({ connectionString: created.ownerUrl });
      await owner.connect();
      try {
        return (await owner.query(text, values)).rows;
      } finally {
        await owner.end();
      }
    };
    holder.ctx = (actor = null) => ({ ...app.services, actor, requestId: 'test', ip: '127.0.0.1', lang: 'zh' });
  });
  afterAll(async () => {
    await holder.app?.close();
    await holder.database?.close();
    await drop?.();
    if (filesDir) await rm(filesDir, { recursive: true, force: true });
  });
  return holder;
}
