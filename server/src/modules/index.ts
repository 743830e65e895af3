import type { FastifyInstance } from 'fastify';
import { registerAuditRoutes } from '../platform/audit/routes.ts';
import type { Services } from '../platform/context.ts';
import { registerEventRoutes } from '../platform/events/routes.ts';
import { registerFileRoutes } from '../platform/files/routes.ts';
import { registerJobRoutes } from '../platform/jobs/routes.ts';
import { registerAccountsModule } from './accounts/index.ts';
import { registerOrgModule } from './org/index.ts';
import { registerPeopleModule } from './people/index.ts';

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
