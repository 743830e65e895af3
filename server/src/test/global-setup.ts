import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { seedCalendar } from '../core/calendar/index.ts';
import { connect } from '../platform/db/client.ts';
import { APP_ROLE, startEmbeddedPostgres } from '../platform/db/embedded.ts';
import { runMigrations } from '../platform/db/migrate.ts';
import { ensureAppRole } from '../platform/db/roles.ts';

// One embedded PostgreSQL per test run; migrations run once into a template database, and each
// test file clones its own database from it (see harness.ts). Tests run the application as the
// application's role, as production does (platform/db/roles.ts); the superuser owns the tables.

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
    pgAppRole: string;
    pgAppPassword: string;
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });

export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_ADMIN_URL;
  const dir = external ? null : await mkdtemp(path.join(os.tmpdir(), 'hongyun-test-'));
  if (dir) await chmod(dir, 0o755); // the embedded server runs as a non-root user
  const server = dir
    ? await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), database: 'postgres' })
    : null;
  const adminUrl = external ?? server!.adminUrl;
  const template = `hongyun_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  // On an external cluster the role is made (or its password reset) for this run.
  const appRole = server?.appRole ?? `${APP_ROLE}_test`;
  const appPassword = server?.appPassword ?? randomBytes(18).toString('base64url');
  if (!server) await ensureAppRole(admin, appRole, appPassword);
  const tplUrl = new URL(adminUrl);
  tplUrl.pathname = `/${template}`;
  const db = connect(tplUrl.toString(), 2);
  await runMigrations(db.pool, { appRole });
  // What every fresh start seeds (main.ts): each test database holds China's holidays.
  await seedCalendar(db.db);
  await db.close();
  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplate', template);
  project.provide('pgAppRole', appRole);
  project.provide('pgAppPassword', appPassword);

  return async () => {
    if (external) {
      await admin.query(`drop database if exists ${template}`).catch(() => {});
    }
    await admin.end();
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}
