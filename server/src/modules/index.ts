import type { FastifyInstance } from 'fastify';
import { registerAccountsModule } from '../core/accounts/index.ts';
import { registerAuditRoutes } from '../core/audit/routes.ts';
import { registerEventRoutes } from '../core/events/routes.ts';
import { registerFileRoutes } from '../core/files/routes.ts';
import { registerJobRoutes } from '../core/jobs/routes.ts';
import { registerOrgModule } from '../core/org/index.ts';
import { registerPeopleModule } from '../core/people/index.ts';
import type { Services } from '../platform/context.ts';

// Each business module exposes register(app); they are mounted here in one list.
export async function registerModules(app: FastifyInstance): Promise<void> {
  await app.register(registerAccountsModule);
  await app.register(registerOrgModule);
  await app.register(registerPeopleModule);
  await app.register(registerAuditRoutes);
  await app.register(registerEventRoutes);
  await app.register(async (f) => registerFileRoutes(f, (app as unknown as { services: Services }).services));
  await app.register(registerJobRoutes);
}
