import { type Role, Roles } from '@hongyun/contracts';
import type { Actor } from '../context.ts';
import { type ActionsOf, hasRole, type PolicyRecord, type PolicyTable, rule } from '../policy.ts';

// Who may do what with organisations. Records carry the org's materialised path.

export type OrgPolicyRecord = PolicyRecord & {
  orgPath: string;
  /** Set by the route when the org is the viewer's own branch (where their membership is). */
  isViewerOwnOrg?: boolean;
};

/** Roles that maintain the organisation tree. */
export const OrgAdminRoles: readonly Role[] = ['org_admin', 'party_office', 'system_admin'];
/** Roles that switch business modules on or off for a subtree. */
export const ModuleSwitchRoles: readonly Role[] = ['party_office', 'system_admin'];

/** Holds one of `roles` at a strict ancestor of `path` (the org lies below the grant, not at it). */
export function hasRoleAbove(actor: Actor, roles: readonly Role[], path: string): boolean {
  return actor.grants.some((g) => roles.includes(g.role) && path.startsWith(g.orgPath) && path !== g.orgPath);
}

// Any grant (of any role) whose subtree holds the org, or the viewer's own branch.
const orgOrgRead = rule<OrgPolicyRecord>(
  (actor, org) => hasRole(actor, Roles, org.orgPath) || org.isViewerOwnOrg === true,
);

// Record = the parent. Creating a child, or moving an org under this parent.
const orgOrgCreate = rule<OrgPolicyRecord>((actor, parent) => hasRole(actor, OrgAdminRoles, parent.orgPath));

// A root org has no parent to hold authority over: only a system_admin granted at a root org (depth 0)
// may add another root. The very first root is created by the seeder/CLI, outside the API.
const orgRootCreate = rule((actor) =>
  actor.grants.some((g) => g.role === 'system_admin' && /^\/\d+\/$/.test(g.orgPath)),
);

// Excel import of organisations: the record is the scope org the rows go under (or none, for the
// template); whoever may create organisations there may import them.
const orgsImport = rule<Partial<OrgPolicyRecord>>((actor, scope) => hasRole(actor, OrgAdminRoles, scope.orgPath));

const orgOrgUpdate = rule<OrgPolicyRecord>((actor, org) => hasRole(actor, OrgAdminRoles, org.orgPath));

// Moving or dissolving an org is decided one level up: an admin granted at the org itself may edit
// it but cannot move it away or dissolve it (that would remove their own scope from under them).
const orgOrgMove = rule<OrgPolicyRecord>((actor, org) => hasRoleAbove(actor, OrgAdminRoles, org.orgPath));
const orgOrgDissolve = rule<OrgPolicyRecord>((actor, org) => hasRoleAbove(actor, OrgAdminRoles, org.orgPath));

const orgModulesRead = rule<OrgPolicyRecord>((actor, org) => hasRole(actor, Roles, org.orgPath));
const orgModulesUpdate = rule<OrgPolicyRecord>((actor, org) => hasRole(actor, ModuleSwitchRoles, org.orgPath));

// Regions are public reference data for any signed-in user.
const orgRegionRead = rule(() => true);

/** This area's rules by action name; its manifest registers them. */
export const orgPolicies = {
  'org.org.read': orgOrgRead,
  'org.org.create': orgOrgCreate,
  'org.root.create': orgRootCreate,
  'orgs.import': orgsImport,
  'org.org.update': orgOrgUpdate,
  'org.org.move': orgOrgMove,
  'org.org.dissolve': orgOrgDissolve,
  'org.modules.read': orgModulesRead,
  'org.modules.update': orgModulesUpdate,
  'org.region.read': orgRegionRead,
} satisfies PolicyTable;

declare module '../policy.ts' {
  interface ActionRegistry extends ActionsOf<typeof orgPolicies> {}
}
