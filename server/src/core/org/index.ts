import { atAnyGrant, defineModule } from '../kernel/index.ts';
import { registerOrgImportRoutes } from './import-routes.ts';
import { ORGS_IMPORT, orgsImportJob } from './jobs/import-orgs.ts';
import { orgPolicies } from './policy.ts';
import { registerOrgRoutes } from './routes.ts';

// Public face of the org module: routes, and the commands and queries other modules may use.

export { type CreateOrgRecordInput, createOrgRecord } from './commands/create-org.ts';
export { createModuleSwitchStore } from './module-switch-store.ts';
export { effectiveModules, isModuleEnabledForActor, modulesForActor, pathIds } from './module-switches.ts';
export { createOrgNameCache, orgNamesByIds } from './org-name-cache.ts';
export { ModuleSwitchRoles, OrgAdminRoles } from './policy.ts';
export { findOrg, getOrg, getOrgsByIds, type OrgRecord, orgPathNames, orgPathNamesMany } from './queries.ts';
export { seedRegions } from './regions-seed.ts';
export { lockOrgTree } from './tree-lock.ts';

/** The organisation tree: orgs, regions, module switches, the org register's Excel import. */
export const orgModule = defineModule({
  id: 'org',
  routes: async (app) => {
    await registerOrgRoutes(app);
    await registerOrgImportRoutes(app);
  },
  policies: orgPolicies,
  jobs: { [ORGS_IMPORT]: orgsImportJob },
  abilities: (actor) => {
    const canManageOrgs = atAnyGrant(actor, 'org.org.update');
    // Whoever may read people in a subtree browses its tree too; other roles see only their own org.
    return { canManageOrgs, canViewOrgs: canManageOrgs || atAnyGrant(actor, 'people.person.read') };
  },
  nav: [
    { key: 'home', path: '/', label: { zh: '工作台', en: 'Dashboard' }, icon: 'dashboard', order: 0 },
    {
      key: 'orgs',
      path: '/orgs',
      label: { zh: '组织管理', en: 'Organisations' },
      icon: 'cluster',
      ability: 'canViewOrgs',
      order: 10,
    },
  ],
});
