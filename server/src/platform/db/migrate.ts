import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';
import PgBoss from 'pg-boss';
import { grantAppRights } from './roles.ts';

export const migrationsFolder = path.resolve(fileURLToPath(import.meta.url), '../../../../../migrations');

const MIGRATION_LOCK = 727001;

/**
 * Applies the committed drizzle-kit migrations and installs (or upgrades) pg-boss's schema, as the
 * owner of the tables; then makes sure behaviour-event partitions exist for the coming months and,
 * given the application's role, grants it its rights (platform/db/roles.ts). The advisory lock (held
 * on one connection) lets several processes start at once.
 */
export async function runMigrations(pool: pg.Pool, opts: { appRole?: string } = {}): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(drizzle({ client }), { migrationsFolder });
    await installJobQueueSchema(client);
    await client.query('select ensure_event_partitions(now(), 3)');
    const { rows } = await client.query<{ me: string }>('select current_user as me');
    if (opts.appRole && opts.appRole !== rows[0]?.me) await grantAppRights(client, opts.appRole);
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

/**
 * pg-boss creates or upgrades its schema when it starts: here, as the owner, so the application's
 * role (which has no DDL right) finds it ready.
 */
async function installJobQueueSchema(client: pg.PoolClient): Promise<void> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values: unknown[]) => client.query(text, values) },
    schema: 'pgboss',
    supervise: false,
    schedule: false,
    migrate: true,
  });
  boss.on('error', () => {});
  await boss.start();
  await boss.stop({ graceful: false, close: false });
}

/** The newest migration this build has (drizzle records it by the journal's `when`). */
function newestMigration(): number {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  return Math.max(...journal.entries.map((e) => e.when));
}

/** Whether the database lacks a migration of this build (readable by the application's role). */
export async function migrationsPending(pool: Pick<pg.Pool, 'query'>): Promise<boolean> {
  const has = await pool.query<{ ok: boolean }>(`select to_regclass('drizzle.__drizzle_migrations') is not null as ok`);
  if (!has.rows[0]?.ok) return true;
  const { rows } = await pool.query<{ last: string | null }>(
    'select max(created_at)::text as last from drizzle.__drizzle_migrations',
  );
  const last = rows[0]?.last;
  return last == null || Number(last) < newestMigration();
}
