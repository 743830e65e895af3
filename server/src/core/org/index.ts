import type { FastifyInstance } from 'fastify';
import { registerOrgImportRoutes } from './import-routes.ts';
import { registerOrgRoutes } from './routes.ts';

// Public face of the org module: routes, and the commands and queries other modules may use.
export async function registerOrgModule(app: FastifyInstance): Promise<void> {
  await registerOrgRoutes(app);
  await registerOrgImportRoutes(app);
}

export { type CreateOrgRecordInput, createOrgRecord } from './commands/create-org.ts';
export { effectiveModules, isModuleEnabledForActor, modulesForActor } from './module-switches.ts';
export { ModuleSwitchRoles, OrgAdminRoles } from './policy.ts';
export { findOrg, getOrg, getOrgsByIds, type OrgRecord, orgPathNames, orgPathNamesMany } from './queries.ts';
export { seedRegions } from './regions-seed.ts';
export { lockOrgTree } from './tree-lock.ts';
