import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.ts';
import type { Identity, Services } from './context.ts';
import { createCryptoService } from './crypto/service.ts';
import { createChangeFeed } from './db/change-feed.ts';
import type { Database } from './db/client.ts';
import { createFileStorage } from './files/storage.ts';
import { createJobQueue } from './jobs/queue.ts';

/**
 * The process-wide services, for the API, the worker and the CLI alike. `identity` comes from the
 * core layer (core/services.ts builds it), so the platform never imports what sits above it.
 */
export function createServices(
  config: Config,
  database: Database,
  log: FastifyBaseLogger,
  identity: Identity,
): Services {
  return {
    config,
    db: database.db,
    outsideDb: database.db,
    pool: database.pool,
    crypto: createCryptoService(config),
    log,
    files: createFileStorage(config.FILES_DIR ?? path.join(config.DATA_DIR, 'files')),
    jobs: createJobQueue(database.pool, log, { supervise: config.WORKER }),
    identity,
    changes: createChangeFeed(database.pool.options, log),
  };
}
