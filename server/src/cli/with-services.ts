import type { ParseArgsConfig } from 'node:util';
import pino from 'pino';
import { allModules } from '../app.ts';
import type { Config } from '../config.ts';
import { registerModules } from '../core/kernel/index.ts';
import { createAppServices } from '../core/services.ts';
import type { Services } from '../platform/context.ts';
import { openDatabase, type Runtime } from '../platform/db/bootstrap.ts';

type Values = Record<string, string | boolean | undefined>;
export type Command = {
  summary: string;
  options?: ParseArgsConfig['options'];
  run: (config: Config, values: Values) => Promise<number>;
};

export const say = (msg: string) => console.log(`[hongyun] ${msg}`);

/** Opens the database (embedded or DATABASE_URL), builds services, runs fn, always shuts down. */
export async function withServices<T>(config: Config, fn: (s: Services, rt: Runtime) => Promise<T>): Promise<T> {
  // Jobs the CLI runs itself (imports, exports) and policies are the installed modules'.
  registerModules(allModules);
  const rt = await openDatabase(config, say);
  const services = createAppServices(config, rt.database, pino({ level: config.LOG_LEVEL }));
  try {
    return await fn(services, rt);
  } finally {
    await services.jobs.stop();
    await rt.shutdown();
  }
}
