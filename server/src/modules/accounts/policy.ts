import { LimitedGrantableRoles, type Role, SelfGrantForbiddenRoles } from '@hongyun/contracts';
import type { Actor } from '../../platform/context.ts';
import { definePolicy, hasRole, isWithin, type PolicyRecord, type Verdict } from '../../platform/policy.ts';

// Who may do what with accounts, grants and delegations. 等保 separation of duties: the security
// admin manages accounts and grants; the system admin runs the system but grants nothing; an
// org_admin or party office hands out only everyday roles inside its own subtree.

/** An account touches several orgs: those of its grants and its person's org. */
export type AccountRecord = PolicyRecord & { accountId: string; personId: string | null; paths: string[] };
export type GrantRecord = PolicyRecord & { orgPath: string; role: Role; accountId: string };
export type DelegationRecord = PolicyRecord & { orgPath: string | null; personId: string; accountId: string };

/** Roles that see account lists (to manage them, or to pick whom to grant a role). */
export const AccountViewerRoles: readonly Role[] = ['security_admin', 'org_admin', 'party_office'];
const DelegationManagerRoles: readonly Role[] = ['org_admin', 'branch_secretary'];

function reaches(actor: Actor, paths: string[]): boolean {
  return paths.some((p) => actor.grants.some((g) => isWithin(p, g.orgPath)));
}

/** 404 for what the actor cannot see at all, 403 for what they can see but not touch. */
function refuse(actor: Actor, record: AccountRecord): Verdict {
  return record.accountId === actor.accountId || reaches(actor, record.paths) ? 'deny' : 'hide';
}

definePolicy('accounts.account.list', (actor) => hasRole(actor, AccountViewerRoles));

definePolicy<AccountRecord>('accounts.account.read', (actor, record) => {
  if (record.accountId === actor.accountId) return true;
  if (record.paths.some((p) => hasRole(actor, AccountViewerRoles, p))) return true;
  return refuse(actor, record);
});

// Managing (disable, enable, reset password, unlock) needs a security admin whose subtrees hold
// EVERY org the account touches: a township security admin must not reset the password of a city
// administrator who happens to be a member in that township. An account that touches no org can
// be managed only from a root organisation. Nobody manages their own account from here.
definePolicy<AccountRecord>('accounts.account.manage', (actor, record) => {
  if (record.accountId === actor.accountId) return 'deny';
  const covered =
    record.paths.length > 0
      ? record.paths.every((p) => hasRole(actor, ['security_admin'], p))
      : actor.grants.some((g) => g.role === 'security_admin' && g.orgPath.split('/').filter(Boolean).length === 1);
  return covered ? 'allow' : refuse(actor, record);
});

// Creating an account for a person: a security admin over the person's organisation.
definePolicy('accounts.account.create', (actor, record) => hasRole(actor, ['security_admin'], record.orgPath));

function grantRule(actor: Actor, record: GrantRecord, isGranting: boolean): boolean {
  if (hasRole(actor, ['security_admin'], record.orgPath)) {
    const forbidden = (SelfGrantForbiddenRoles as readonly Role[]).includes(record.role);
    return !(isGranting && forbidden && record.accountId === actor.accountId);
  }
  return (
    (LimitedGrantableRoles as readonly Role[]).includes(record.role) &&
    hasRole(actor, ['org_admin', 'party_office'], record.orgPath)
  );
}
definePolicy<GrantRecord>('accounts.grant.create', (actor, record) => grantRule(actor, record, true));
definePolicy<GrantRecord>('accounts.grant.revoke', (actor, record) => grantRule(actor, record, false));

// Delegations: the principal's org admin or branch secretary, or the principal themself.
function managesDelegation(actor: Actor, record: DelegationRecord): boolean {
  return actor.personId === record.personId || hasRole(actor, DelegationManagerRoles, record.orgPath);
}
definePolicy<DelegationRecord>('accounts.delegation.create', managesDelegation);
// The delegate may also give a delegation back.
definePolicy<DelegationRecord>(
  'accounts.delegation.revoke',
  (actor, record) => managesDelegation(actor, record) || actor.accountId === record.accountId,
);
definePolicy<DelegationRecord>(
  'accounts.delegation.read',
  (actor, record) =>
    managesDelegation(actor, record) ||
    actor.accountId === record.accountId ||
    hasRole(actor, ['security_admin'], record.orgPath),
);

// Navigation abilities for /api/me: coarse "does this screen exist for you" answers; each screen's
// records are still checked by their own rules.
definePolicy('accounts.nav.accounts', (actor) => hasRole(actor, AccountViewerRoles));
definePolicy('accounts.nav.grants', (actor) => hasRole(actor, ['security_admin', 'org_admin', 'party_office']));
definePolicy('accounts.nav.delegations', (actor) => hasRole(actor, DelegationManagerRoles));
