import type { Role } from '@hongyun/contracts';
import type { Actor } from '../context.ts';
import { can, hasRole, isWithin, scopeToOrgs } from '../policy.ts';
import { AccountViewerRoles, type DelegationRecord, type GrantRecord } from './policy.ts';
import {
  type AccountRow,
  type DelegationRow,
  type GrantRow,
  isDelegationActive,
  type LoadedAccount,
} from './queries.ts';

// What leaves the server about accounts: phones only masked, never hashes or secrets, plus the
// viewer's abilities so screens hide buttons without repeating the rules.

/** 11-digit mainland number shown as "1*******1234", as people lists show it: only the last four are kept in clear. */
export const maskPhone = (last4: string) => `1*******${last4}`;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

type SelfRow = Pick<
  AccountRow,
  'id' | 'displayName' | 'phoneLast4' | 'personId' | 'locale' | 'isTotpEnabled' | 'mustChangePassword'
>;

export function presentAccountSelf(row: SelfRow) {
  return {
    id: row.id,
    displayName: row.displayName,
    phoneMasked: maskPhone(row.phoneLast4),
    personId: row.personId,
    locale: row.locale,
    isTotpEnabled: row.isTotpEnabled,
    mustChangePassword: row.mustChangePassword,
  };
}

/** The account's roles the viewer may see: all for the holder, else those inside the viewer's subtrees (as its grants list). */
function visibleRoles(account: LoadedAccount, viewer: Actor) {
  const roots = account.row.id === viewer.accountId ? null : scopeToOrgs(viewer, AccountViewerRoles);
  return account.grants
    .filter((g) => !roots || roots.some((r) => isWithin(g.path, r)))
    .map((g) => ({ role: g.role as Role, orgName: g.orgName }));
}

export function presentAccount(account: LoadedAccount, viewer: Actor) {
  const { row, record } = account;
  const canManage = can(viewer, 'accounts.account.manage', record);
  const isLocked = !!row.lockedUntil && row.lockedUntil.getTime() > Date.now();
  return {
    id: row.id,
    displayName: row.displayName,
    phoneMasked: maskPhone(row.phoneLast4),
    personId: row.personId,
    isDisabled: row.isDisabled,
    isLocked,
    lockedUntil: isLocked ? iso(row.lockedUntil) : null,
    failedLogins: row.failedLogins,
    mustChangePassword: row.mustChangePassword,
    isTotpEnabled: row.isTotpEnabled,
    lastLoginAt: iso(row.lastLoginAt),
    createdAt: row.createdAt.toISOString(),
    roles: visibleRoles(account, viewer),
    // Security signals are the security administrators' business (the audit admin reads the log).
    securityAlert:
      account.probeAlertAt && record.paths.some((p) => hasRole(viewer, ['security_admin'], p))
        ? { kind: 'id_probe' as const, at: account.probeAlertAt.toISOString() }
        : null,
    abilities: {
      canDisable: canManage && !row.isDisabled,
      canEnable: canManage && row.isDisabled,
      canResetPassword: canManage,
      canUnlock: canManage && (isLocked || row.failedLogins > 0),
    },
  };
}

/** `holderAdminPaths`: where the grant's account is an administrator (AccountRecord.adminPaths). */
export function presentGrant(row: GrantRow, viewer: Actor, holderAdminPaths: string[]) {
  const record: GrantRecord = {
    orgPath: row.orgPath,
    role: row.role as Role,
    accountId: row.accountId,
    // The grant's own org is one the holder touches; revoking needs a role over it anyway.
    holderPaths: [row.orgPath],
    holderAdminPaths,
  };
  return {
    id: row.id,
    accountId: row.accountId,
    role: row.role as Role,
    orgId: row.orgId,
    orgName: row.orgName,
    orgPath: row.orgPath,
    grantedBy: row.grantedBy,
    createdAt: row.createdAt.toISOString(),
    revokedAt: iso(row.revokedAt),
    abilities: { canRevoke: !row.revokedAt && can(viewer, 'accounts.grant.revoke', record) },
  };
}

export const delegationRecord = (row: DelegationRow): DelegationRecord => ({
  orgPath: row.principalOrgPath,
  personId: row.principalPersonId,
  accountId: row.delegateAccountId,
});

export function presentDelegation(row: DelegationRow, viewer: Actor) {
  const isActive = isDelegationActive(row);
  return {
    id: row.id,
    delegateAccountId: row.delegateAccountId,
    delegateName: row.delegateName,
    principalPersonId: row.principalPersonId,
    principalName: row.principalName,
    relation: row.relation,
    scopes: row.scopes,
    createdAt: row.createdAt.toISOString(),
    expiresAt: iso(row.expiresAt),
    revokedAt: iso(row.revokedAt),
    isActive,
    abilities: { canRevoke: isActive && can(viewer, 'accounts.delegation.revoke', delegationRecord(row)) },
  };
}
