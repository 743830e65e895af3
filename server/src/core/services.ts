import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.ts';
import type { Services } from '../platform/context.ts';
import type { Database } from '../platform/db/client.ts';
import { createServices } from '../platform/services.ts';
import { loadAccountActor } from './auth/account-actor.ts';

/** The platform's services with the core's identity plugged in: what the API, worker and CLI use. */
export function createAppServices(config: Config, database: Database, log: FastifyBaseLogger): Services {
  return createServices(config, database, log, { loadActor: loadAccountActor });
}
