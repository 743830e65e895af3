import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';

export const migrationsFolder = path.resolve(fileURLToPath(import.meta.url), '../../../../../migrations');

const MIGRATION_LOCK = 727001;

// Applies the committed drizzle-kit migrations, then makes sure behaviour-event partitions exist for
// the coming months. The advisory lock (held on one connection) lets several processes start at once.
export async function runMigrations(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(drizzle({ client }), { migrationsFolder });
    await client.query('select ensure_event_partitions(now(), 3)');
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
