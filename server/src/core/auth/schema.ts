import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgs } from '../org/schema.ts';
import { people } from '../people/schema.ts';

// Login accounts. A login is by phone, found through its keyed hash; the phone itself is encrypted.
export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id').references(() => people.id),
    displayName: text('display_name').notNull(),
    phoneHash: text('phone_hash').notNull(),
    phoneEnc: text('phone_enc').notNull(),
    phoneLast4: text('phone_last4').notNull(),
    passwordHash: text('password_hash').notNull(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    isDisabled: boolean('is_disabled').notNull().default(false),
    isDemo: boolean('is_demo').notNull().default(false),
    failedLogins: smallint('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    // Start of the current run of failures: a run older than 24 h is forgotten (see lockout.ts).
    firstFailedAt: timestamp('first_failed_at', { withTimezone: true }),
    totpSecretEnc: text('totp_secret_enc'),
    isTotpEnabled: boolean('is_totp_enabled').notNull().default(false),
    totpLastStep: integer('totp_last_step'),
    locale: text('locale', { enum: ['zh-CN', 'en'] })
      .notNull()
      .default('zh-CN'),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('accounts_phone_hash_idx').on(t.phoneHash), uniqueIndex('accounts_person_idx').on(t.personId)],
);

// Sessions are looked up by the SHA-256 of their token; the token itself is never stored.
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    kind: text('kind', { enum: ['cookie', 'bearer'] }).notNull(),
    // 'mfa': password accepted, TOTP still owed; 'password_change': only the change-password route works;
    // 'mfa_setup': an administrator under 等保 must enable TOTP first.
    stage: text('stage', { enum: ['active', 'mfa', 'password_change', 'mfa_setup'] }).notNull(),
    actingForPersonId: uuid('acting_for_person_id').references(() => people.id),
    delegationId: uuid('delegation_id'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('sessions_token_idx').on(t.tokenHash), index('sessions_account_idx').on(t.accountId)],
);

export const roleGrants = pgTable(
  'role_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    role: text('role').notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    grantedBy: uuid('granted_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
  },
  (t) => [
    index('role_grants_account_idx').on(t.accountId),
    uniqueIndex('role_grants_active_idx').on(t.accountId, t.role, t.orgId).where(sql`${t.revokedAt} is null`),
  ],
);

// A delegate (e.g. a daughter-in-law) may act for a principal (an elderly member) only through one of
// these; every event caused while acting for someone names the delegation.
export const delegations = pgTable(
  'delegations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    delegateAccountId: uuid('delegate_account_id')
      .notNull()
      .references(() => accounts.id),
    principalPersonId: uuid('principal_person_id')
      .notNull()
      .references(() => people.id),
    relation: text('relation').notNull(),
    scopes: jsonb('scopes').$type<string[]>().notNull().default(['learning']),
    grantedBy: uuid('granted_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    index('delegations_delegate_idx').on(t.delegateAccountId),
    index('delegations_principal_idx').on(t.principalPersonId),
  ],
);

// Sign-in throttles shared by every API process: 'ip' rows are the per-address login rate window
// (window_start, count); 'phone' rows lock phones that have no account (keyed by the phone's lookup
// hash, never the phone), with the same failure run as accounts (failures, first_failed_at,
// locked_until). One upsert per check keeps them exact under concurrency (rate-limit.ts, lockout.ts);
// the worker deletes rows idle for two days.
export const loginThrottles = pgTable(
  'login_throttles',
  {
    kind: text('kind', { enum: ['ip', 'phone', 'lookup', 'device'] }).notNull(),
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }),
    count: integer('count').notNull().default(0),
    failures: integer('failures').notNull().default(0),
    firstFailedAt: timestamp('first_failed_at', { withTimezone: true }),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.key] })],
);
