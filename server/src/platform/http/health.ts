import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../context.ts';
import { AppError } from '../errors.ts';

export function registerHealthRoutes(app: FastifyInstance, services: Services): void {
  app.get('/healthz', { config: { isPublic: true }, schema: { hide: true }, logLevel: 'warn' }, async () => ({
    status: 'ok',
  }));
  app.get('/readyz', { config: { isPublic: true }, schema: { hide: true }, logLevel: 'warn' }, async () => {
    try {
      await services.db.execute(sql`select 1`);
    } catch {
      throw new AppError('UNAVAILABLE', { database: 'unreachable' });
    }
    return { status: 'ready', database: 'ok' };
  });
}
