import type { FastifyInstance } from 'fastify';
import { registerAuditRoutes } from '../platform/audit/routes.ts';
import { registerEventRoutes } from '../platform/events/routes.ts';
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
}
