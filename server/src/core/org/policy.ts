import { type Role, Roles } from '@hongyun/contracts';
import type { Actor } from '../context.ts';
import { definePolicy, hasRole, type PolicyRecord } from '../policy.ts';

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
definePolicy<OrgPolicyRecord>(
  'org.org.read',
  (actor, org) => hasRole(actor, Roles, org.orgPath) || org.isViewerOwnOrg === true,
);

// Record = the parent. Creating a child, or moving an org under this parent.
definePolicy<OrgPolicyRecord>('org.org.create', (actor, parent) => hasRole(actor, OrgAdminRoles, parent.orgPath));

// A root org has no parent to hold authority over: only a system_admin granted at a root org (depth 0)
// may add another root. The very first root is created by the seeder/CLI, outside the API.
definePolicy('org.root.create', (actor) =>
  actor.grants.some((g) => g.role === 'system_admin' && /^\/\d+\/$/.test(g.orgPath)),
);

// Excel import of organisations: the record is the scope org the rows go under (or none, for the
// template); whoever may create organisations there may import them.
definePolicy<Partial<OrgPolicyRecord>>('orgs.import', (actor, scope) => hasRole(actor, OrgAdminRoles, scope.orgPath));

definePolicy<OrgPolicyRecord>('org.org.update', (actor, org) => hasRole(actor, OrgAdminRoles, org.orgPath));

// Moving or dissolving an org is decided one level up: an admin granted at the org itself may edit
// it but cannot move it away or dissolve it (that would remove their own scope from under them).
definePolicy<OrgPolicyRecord>('org.org.move', (actor, org) => hasRoleAbove(actor, OrgAdminRoles, org.orgPath));
definePolicy<OrgPolicyRecord>('org.org.dissolve', (actor, org) => hasRoleAbove(actor, OrgAdminRoles, org.orgPath));

definePolicy<OrgPolicyRecord>('org.modules.read', (actor, org) => hasRole(actor, Roles, org.orgPath));
definePolicy<OrgPolicyRecord>('org.modules.update', (actor, org) => hasRole(actor, ModuleSwitchRoles, org.orgPath));

// Regions are public reference data for any signed-in user.
definePolicy('org.region.read', () => true);
