import { LimitedGrantableRoles, type Role, SeparatedAdminRoles } from '@hongyun/contracts';
import type { Actor } from '../context.ts';
import {
  type ActionsOf,
  hasRole,
  isWithin,
  type PolicyRecord,
  type PolicyTable,
  rule,
  type Verdict,
} from '../policy.ts';

// Who may do what with accounts, grants and delegations. 等保 separation of duties (三员分立): the
// security admin manages accounts and grants; the system admin runs the system but grants nothing;
// an org_admin or party office hands out only everyday roles inside its own subtree. The three
// administrator roles come only from a security admin strictly ABOVE the target organisation, and an
// account holding one is managed only from strictly above every org where it holds it, so two
// security admins of one organisation cannot reset each other's password or promote each other.
// Nobody grants roles to, or manages, their own account. (Acting-for sessions carry no grants, so
// none of the admin rules below can pass while acting for someone.)

/**
 * An account touches several orgs: those of its grants and its person's org. `adminPaths` are the
 * orgs where it holds one of the three administrator roles.
 */
export type AccountRecord = PolicyRecord & {
  accountId: string;
  personId: string | null;
  paths: string[];
  adminPaths: string[];
};
/**
 * A grant (to be made or revoked), the orgs its holder touches (grants and person) and where the
 * holder already is an administrator.
 */
export type GrantRecord = PolicyRecord & {
  orgPath: string;
  role: Role;
  accountId: string;
  holderPaths: string[];
  holderAdminPaths: string[];
};
export type DelegationRecord = PolicyRecord & { orgPath: string | null; personId: string; accountId: string };

/** Roles that see account lists (to manage them, or to pick whom to grant a role). */
export const AccountViewerRoles: readonly Role[] = ['security_admin', 'org_admin', 'party_office'];
const DelegationManagerRoles: readonly Role[] = ['org_admin', 'branch_secretary'];

export const isSeparatedAdminRole = (role: string) => (SeparatedAdminRoles as readonly string[]).includes(role);

function reaches(actor: Actor, paths: string[]): boolean {
  return paths.some((p) => actor.grants.some((g) => isWithin(p, g.orgPath)));
}

/**
 * An account another office may name (a delegate found by phone, the holder of a new grant): one
 * that touches no organisation yet (a relative's fresh account), or one already in the caller's
 * subtrees. Any other account belongs to someone else's subtree and is answered as missing.
 */
export const isAccountOpenTo = (actor: Actor, paths: string[]) => paths.length === 0 || reaches(actor, paths);

/** A security admin grant at a STRICT ancestor of `path` (the same org does not count). */
function securityAdminAbove(actor: Actor, path: string): boolean {
  return actor.grants.some((g) => g.role === 'security_admin' && path !== g.orgPath && isWithin(path, g.orgPath));
}

/** True when every org where the account is an administrator lies strictly below a security admin grant. */
const coversAdminPaths = (actor: Actor, adminPaths: string[]) => adminPaths.every((p) => securityAdminAbove(actor, p));

/** 404 for what the actor cannot see at all, 403 for what they can see but not touch. */
function refuse(actor: Actor, record: AccountRecord): Verdict {
  return record.accountId === actor.accountId || reaches(actor, record.paths) ? 'deny' : 'hide';
}

const accountsAccountList = rule((actor) => hasRole(actor, AccountViewerRoles));

const accountsAccountRead = rule<AccountRecord>((actor, record) => {
  if (record.accountId === actor.accountId) return true;
  if (record.paths.some((p) => hasRole(actor, AccountViewerRoles, p))) return true;
  return refuse(actor, record);
});

// Managing (disable, enable, reset password, unlock) needs a security admin whose subtrees hold
// EVERY org the account touches: a township security admin must not reset the password of a city
// administrator who happens to be a member in that township. An account that touches no org can
// be managed only from a root organisation. An administrator account additionally needs a security
// admin strictly above each org where it is one (peers cannot manage each other). Nobody manages
// their own account from here.
const accountsAccountManage = rule<AccountRecord>((actor, record) => {
  if (record.accountId === actor.accountId) return 'deny';
  const covered =
    record.paths.length > 0
      ? record.paths.every((p) => hasRole(actor, ['security_admin'], p))
      : actor.grants.some((g) => g.role === 'security_admin' && g.orgPath.split('/').filter(Boolean).length === 1);
  return covered && coversAdminPaths(actor, record.adminPaths) ? 'allow' : refuse(actor, record);
});

// Creating an account for a person: a security admin over the person's organisation.
const accountsAccountCreate = rule((actor, record) => hasRole(actor, ['security_admin'], record.orgPath));
// Looking up people to open accounts for (name and org only): security admins, in their subtrees.
const accountsAccountCandidates = rule((actor) => hasRole(actor, ['security_admin']));

// Granting and revoking follow the same rule: changing an account's grants is managing it.
function grantRule(actor: Actor, record: GrantRecord): Verdict | boolean {
  if (record.accountId === actor.accountId) return 'deny';
  // Granting a role to another township's account would pull it into one's reach (its lock state,
  // its sessions): an outside account answers 404 like a missing one.
  if (!isAccountOpenTo(actor, record.holderPaths)) return 'hide';
  if (!coversAdminPaths(actor, record.holderAdminPaths)) return false;
  if (isSeparatedAdminRole(record.role)) return securityAdminAbove(actor, record.orgPath);
  if (hasRole(actor, ['security_admin'], record.orgPath)) return true;
  return (
    (LimitedGrantableRoles as readonly Role[]).includes(record.role) &&
    hasRole(actor, ['org_admin', 'party_office'], record.orgPath)
  );
}
const accountsGrantCreate = rule<GrantRecord>(grantRule);
const accountsGrantRevoke = rule<GrantRecord>(grantRule);

// Delegations: the principal's org admin or branch secretary, or the principal themself.
function managesDelegation(actor: Actor, record: DelegationRecord): boolean {
  return actor.personId === record.personId || hasRole(actor, DelegationManagerRoles, record.orgPath);
}
// Naming oneself as the delegate is refused outright: otherwise an org admin or branch secretary
// could make themselves the hand of any member in their subtree.
const accountsDelegationCreate = rule<DelegationRecord>((actor, record) =>
  record.accountId === actor.accountId ? 'deny' : managesDelegation(actor, record),
);
// Delegations of a whole subtree: whoever may read each of them there (the rows are checked again).
const accountsDelegationListOrg = rule((actor, record) =>
  hasRole(actor, [...DelegationManagerRoles, 'security_admin'], record.orgPath),
);
// Finding a delegate's account by exact phone: those who may set up a delegation for this member
// (record = the member's org). A relative's account holds no grants, so no account list reaches it.
const accountsDelegationFindDelegate = rule<{ orgPath: string | null }>((actor, record) =>
  hasRole(actor, DelegationManagerRoles, record.orgPath),
);
// The delegate may also give a delegation back.
const accountsDelegationRevoke = rule<DelegationRecord>(
  (actor, record) => managesDelegation(actor, record) || actor.accountId === record.accountId,
);
const accountsDelegationRead = rule<DelegationRecord>(
  (actor, record) =>
    managesDelegation(actor, record) ||
    actor.accountId === record.accountId ||
    hasRole(actor, ['security_admin'], record.orgPath),
);

// Navigation abilities for /api/me: coarse "does this screen exist for you" answers; each screen's
// records are still checked by their own rules.
const accountsNavAccounts = rule((actor) => hasRole(actor, AccountViewerRoles));
const accountsNavCreateAccounts = rule((actor) => hasRole(actor, ['security_admin']));
const accountsNavGrants = rule((actor) => hasRole(actor, ['security_admin', 'org_admin', 'party_office']));
const accountsNavDelegations = rule((actor) => hasRole(actor, DelegationManagerRoles));

/** This area's rules by action name; its manifest registers them. */
export const accountPolicies = {
  'accounts.account.list': accountsAccountList,
  'accounts.account.read': accountsAccountRead,
  'accounts.account.manage': accountsAccountManage,
  'accounts.account.create': accountsAccountCreate,
  'accounts.account.candidates': accountsAccountCandidates,
  'accounts.grant.create': accountsGrantCreate,
  'accounts.grant.revoke': accountsGrantRevoke,
  'accounts.delegation.create': accountsDelegationCreate,
  'accounts.delegation.list_org': accountsDelegationListOrg,
  'accounts.delegation.find_delegate': accountsDelegationFindDelegate,
  'accounts.delegation.revoke': accountsDelegationRevoke,
  'accounts.delegation.read': accountsDelegationRead,
  'accounts.nav.accounts': accountsNavAccounts,
  'accounts.nav.create_accounts': accountsNavCreateAccounts,
  'accounts.nav.grants': accountsNavGrants,
  'accounts.nav.delegations': accountsNavDelegations,
} satisfies PolicyTable;

declare module '../policy.ts' {
  interface ActionRegistry extends ActionsOf<typeof accountPolicies> {}
}
