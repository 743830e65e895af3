// zod request/response schemas of the auth and accounts API (shared by server and web).
import { z } from 'zod';
import { Limits, OrgId, OrgIdText, Paged, PageQuery } from './common.ts';
import { PeopleLimits, parseMobilePhone } from './people.ts';
import { Modules, Roles } from './roles.ts';

// 'mfa': password accepted, TOTP owed; 'password_change': only change-password works;
// 'mfa_setup': an administrator under 等保 must enable TOTP before anything else.
export const SessionStages = ['active', 'mfa', 'password_change', 'mfa_setup'] as const;
export const SessionStage = z.enum(SessionStages);

import { DelegationLimits, Locales, PasswordLimits, TotpLimits } from './auth-limits.ts';

export * from './auth-limits.ts';

/**
 * One normalisation for every phone the platform hashes (logins, people, imports), so the same
 * number always finds the same row: "+86 139-0000-0000", "８６１３９００００００００" → "13900000000".
 * Input that is not a mainland mobile is returned trimmed, to fail lookups rather than throw.
 */
export function normalizePhone(raw: string): string {
  return parseMobilePhone(raw) ?? raw.replace(/[\s-]/g, '');
}

/** A mainland mobile number, possibly written with spaces, dashes, full-width digits or +86. */
export const Phone = z
  .string()
  .max(PeopleLimits.phoneInputMax)
  .refine((v) => parseMobilePhone(v) !== null, { message: 'phone.invalid' });
const NewPassword = z.string().min(PasswordLimits.min).max(PasswordLimits.max);
const TotpCode = z.string().regex(TotpLimits.pattern, '6 位数字 / 6 digits');
const IsoDate = z.string();

export const LoginRequest = z
  .object({
    phone: Phone,
    password: z.string().min(1).max(PasswordLimits.max),
    totp: TotpCode.optional(),
    client: z.enum(['web', 'app']),
  })
  .meta({ id: 'LoginRequest' });

export const AccountSelf = z.object({
  id: z.uuid(),
  displayName: z.string(),
  phoneMasked: z.string(),
  personId: z.uuid().nullable(),
  locale: z.enum(Locales),
  isTotpEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
});

export const LoginResponse = z
  .object({
    data: z.object({
      account: AccountSelf,
      stage: SessionStage,
      /** Why the session is restricted, when it is. */
      reason: z.enum(['PASSWORD_CHANGE_REQUIRED', 'PASSWORD_EXPIRED', 'MFA_SETUP_REQUIRED']).nullable(),
      /** Only for client 'app': send as `Authorization: Bearer <token>`. */
      token: z.string().optional(),
      expiresAt: IsoDate,
    }),
  })
  .meta({ id: 'LoginResponse' });

export const ChangePasswordRequest = z
  .object({ currentPassword: z.string().min(1).max(PasswordLimits.max), newPassword: NewPassword })
  .meta({ id: 'ChangePasswordRequest' });

export const StageResponse = z.object({ data: z.object({ stage: SessionStage }) }).meta({ id: 'StageResponse' });
export const OkResponse = z.object({ data: z.object({ ok: z.literal(true) }) }).meta({ id: 'OkResponse' });

export const SetupTotpResponse = z
  .object({ data: z.object({ uri: z.string(), secret: z.string() }) })
  .meta({ id: 'SetupTotpResponse' });
export const TotpCodeRequest = z.object({ code: TotpCode }).meta({ id: 'TotpCodeRequest' });

export const ActingFor = z.object({
  personId: z.uuid(),
  personName: z.string(),
  delegationId: z.uuid(),
  scopes: z.array(z.string()),
});

export const MeAbilities = z
  .object({
    canManageAccounts: z.boolean(),
    /** May open accounts for registered people (a security admin). */
    canCreateAccounts: z.boolean(),
    canGrantRoles: z.boolean(),
    canManageDelegations: z.boolean(),
    canReadAudit: z.boolean(),
    canManageOrgs: z.boolean(),
    canViewOrgs: z.boolean(),
    canViewPeople: z.boolean(),
    canManagePeople: z.boolean(),
    canImportPeople: z.boolean(),
    canReadEvents: z.boolean(),
    canOpenAccounts: z.boolean(),
    /** May edit the workday calendar (a system admin). */
    canEditCalendar: z.boolean(),
  })
  // Each installed module adds its own abilities (its manifest); the core's are named above.
  .catchall(z.boolean());

/** A console menu entry or a phone home tile, served by the modules' manifests. */
export const MeEntry = z.object({
  key: z.string(),
  path: z.string(),
  label: z.object({ zh: z.string(), en: z.string() }),
  /** An icon name the web maps to its icon set. */
  icon: z.string(),
  module: z.string(),
});

export const MeResponse = z
  .object({
    data: z.object({
      account: AccountSelf,
      stage: SessionStage,
      grants: z.array(
        z.object({ id: z.uuid(), role: z.enum(Roles), orgId: z.number(), orgName: z.string(), orgPath: z.string() }),
      ),
      actingFor: ActingFor.nullable(),
      modules: z.array(z.enum(Modules)),
      abilities: MeAbilities,
      /** The console's menu, in order: only entries the user's abilities and switches allow. */
      nav: z.array(MeEntry),
      /** The phone app's home tiles, by the same rules. */
      tiles: z.array(MeEntry),
    }),
  })
  .meta({ id: 'MeResponse' });

export const UpdateMeRequest = z.object({ locale: z.enum(Locales) }).meta({ id: 'UpdateMeRequest' });

// ---- accounts admin ----

export const AccountItem = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    phoneMasked: z.string(),
    personId: z.uuid().nullable(),
    isDisabled: z.boolean(),
    isLocked: z.boolean(),
    lockedUntil: IsoDate.nullable(),
    failedLogins: z.number(),
    mustChangePassword: z.boolean(),
    isTotpEnabled: z.boolean(),
    lastLoginAt: IsoDate.nullable(),
    createdAt: IsoDate,
    /** Active roles, those inside the viewer's subtrees (all of them for the holder). */
    roles: z.array(z.object({ role: z.enum(Roles), orgName: z.string() })),
    /**
     * A security signal raised on this account in the last 30 days (e.g. 'id_probe': it was told of
     * many ID numbers registered outside its organisations), shown to its security administrators only.
     */
    securityAlert: z.object({ kind: z.enum(['id_probe']), at: IsoDate }).nullable(),
    abilities: z.object({
      canDisable: z.boolean(),
      canEnable: z.boolean(),
      canResetPassword: z.boolean(),
      canUnlock: z.boolean(),
    }),
  })
  .meta({ id: 'AccountItem' });

export const ListAccountsQuery = PageQuery.extend({
  q: z.string().trim().max(Limits.searchMax).optional(),
  /** Only accounts carrying a security signal (security administrators' subtrees only). */
  securityAlert: z.enum(['id_probe']).optional(),
});
export const ListAccountsResponse = Paged(AccountItem).meta({ id: 'ListAccountsResponse' });
export const AccountResponse = z.object({ data: AccountItem }).meta({ id: 'AccountResponse' });

export const CreateAccountRequest = z
  .object({ personId: z.uuid(), phone: Phone, initialPassword: NewPassword })
  .meta({ id: 'CreateAccountRequest' });
export const ResetPasswordRequest = z.object({ initialPassword: NewPassword }).meta({ id: 'ResetPasswordRequest' });

/** People an account may be opened for: a name search in the security admin's subtrees. */
export const AccountCandidatesQuery = z.object({ q: z.string().trim().min(1).max(Limits.searchMax) });
export const AccountCandidate = z
  .object({
    personId: z.uuid(),
    name: z.string(),
    orgId: z.number(),
    orgName: z.string(),
    /** The person's existing account, when they already have one. */
    accountId: z.uuid().nullable(),
  })
  .meta({ id: 'AccountCandidate' });
export const AccountCandidatesResponse = z
  .object({ data: z.array(AccountCandidate) })
  .meta({ id: 'AccountCandidatesResponse' });

// ---- grants ----

/** Roles an org_admin or party_office may hand out inside their subtree. */
export const LimitedGrantableRoles = [
  'member',
  'branch_secretary',
  'tutor',
  'dept_clerk',
  'warm_secretary',
  'monitor',
] as const;
/**
 * The 等保 三员 (three administrators). Only a security_admin at a strict ancestor of the target
 * organisation may grant them, and an account holding one is managed only from strictly above.
 */
export const SeparatedAdminRoles = ['security_admin', 'audit_admin', 'system_admin'] as const;
/** Kept for existing callers: nobody grants any role to themselves, these least of all. */
export const SelfGrantForbiddenRoles = SeparatedAdminRoles;
/** Role pairs one account may never hold together (the auditor must not audit their own work). */
export const ExclusiveRolePairs = [
  ['audit_admin', 'security_admin'],
  ['audit_admin', 'system_admin'],
] as const;

export const GrantItem = z
  .object({
    id: z.uuid(),
    accountId: z.uuid(),
    role: z.enum(Roles),
    orgId: z.number(),
    orgName: z.string(),
    orgPath: z.string(),
    grantedBy: z.uuid().nullable(),
    createdAt: IsoDate,
    revokedAt: IsoDate.nullable(),
    abilities: z.object({ canRevoke: z.boolean() }),
  })
  .meta({ id: 'GrantItem' });
export const ListGrantsResponse = z.object({ data: z.array(GrantItem) }).meta({ id: 'ListGrantsResponse' });
export const GrantResponse = z.object({ data: GrantItem }).meta({ id: 'GrantResponse' });
export const CreateGrantRequest = z
  .object({ accountId: z.uuid(), role: z.enum(Roles), orgId: OrgId })
  .meta({ id: 'CreateGrantRequest' });

// ---- delegations ----

export const DelegationItem = z
  .object({
    id: z.uuid(),
    delegateAccountId: z.uuid(),
    delegateName: z.string(),
    principalPersonId: z.uuid(),
    principalName: z.string(),
    relation: z.string(),
    scopes: z.array(z.string()),
    createdAt: IsoDate,
    expiresAt: IsoDate.nullable(),
    revokedAt: IsoDate.nullable(),
    isActive: z.boolean(),
    abilities: z.object({ canRevoke: z.boolean() }),
  })
  .meta({ id: 'DelegationItem' });

export const CreateDelegationRequest = z
  .object({
    delegateAccountId: z.uuid(),
    principalPersonId: z.uuid(),
    relation: z.string().trim().min(1).max(DelegationLimits.relationMax),
    scopes: z.array(z.enum(Modules)).min(1).max(Modules.length),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
  })
  .meta({ id: 'CreateDelegationRequest' });
export const DelegationResponse = z.object({ data: DelegationItem }).meta({ id: 'DelegationResponse' });
export const ListDelegationsQuery = z
  .object({
    principalPersonId: z.uuid().optional(),
    delegateAccountId: z.uuid().optional(),
    /** Delegations of every principal in this organisation's subtree. */
    orgId: OrgIdText.optional(),
  })
  .refine((q) => q.principalPersonId || q.delegateAccountId || q.orgId, {
    message: 'delegation.filter_required',
    path: ['principalPersonId'],
  });
export const ListDelegationsResponse = z
  .object({ data: z.array(DelegationItem) })
  .meta({ id: 'ListDelegationsResponse' });

/** Finding a delegate's account by its exact phone number (relatives hold no grants to list them by). */
/** The member to be acted for comes with the lookup: it scopes who may look and what is audited. */
export const FindDelegateQuery = z.object({ phone: Phone, principalPersonId: z.uuid() });
/** Only enough to confirm "is this your relative": the name is masked (李*), like the phone. */
export const DelegateAccount = z
  .object({ id: z.uuid(), displayNameMasked: z.string(), phoneMasked: z.string() })
  .meta({ id: 'DelegateAccount' });
export const FindDelegateResponse = z.object({ data: DelegateAccount }).meta({ id: 'FindDelegateResponse' });

export const ActingForRequest = z.object({ delegationId: z.uuid() }).meta({ id: 'ActingForRequest' });
export const ActingForResponse = z
  .object({ data: z.object({ actingFor: ActingFor.nullable() }) })
  .meta({ id: 'ActingForResponse' });
