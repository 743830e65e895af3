import { and, asc, count, desc, eq, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { auditLog } from '../../platform/audit/schema.ts';
import type { CryptoService } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { nameContains, nameStartsWith } from '../../platform/db/name-search.ts';
import { AppError } from '../../platform/errors.ts';
import { accounts, delegations, roleGrants, sessions } from '../auth/schema.ts';
import { orgs } from '../org/schema.ts';
import { people } from '../people/schema.ts';
import { inScope } from '../policy.ts';
import { type AccountRecord, isSeparatedAdminRole } from './policy.ts';

// Read functions of the accounts module, with explicit columns. People and orgs are read only for
// the name and org path a screen or a policy needs (the people module has no query export yet).

export const accountColumns = {
  id: accounts.id,
  personId: accounts.personId,
  displayName: accounts.displayName,
  phoneLast4: accounts.phoneLast4,
  passwordChangedAt: accounts.passwordChangedAt,
  mustChangePassword: accounts.mustChangePassword,
  isDisabled: accounts.isDisabled,
  isDemo: accounts.isDemo,
  failedLogins: accounts.failedLogins,
  lockedUntil: accounts.lockedUntil,
  isTotpEnabled: accounts.isTotpEnabled,
  locale: accounts.locale,
  lastLoginAt: accounts.lastLoginAt,
  createdAt: accounts.createdAt,
};

function selectAccounts(db: DbOrTx, where: SQL | undefined) {
  return db
    .select({ ...accountColumns, personOrgPath: people.orgPath })
    .from(accounts)
    .leftJoin(people, eq(people.id, accounts.personId))
    .where(where);
}
export type AccountRow = Awaited<ReturnType<typeof selectAccounts>>[number];

/** The account a phone number signs in to (searching under every crypto profile's hash). */
export async function findAccountForLogin(db: DbOrTx, crypto: CryptoService, phone: string) {
  const [row] = await db
    .select({
      ...accountColumns,
      passwordHash: accounts.passwordHash,
      totpSecretEnc: accounts.totpSecretEnc,
      orgId: people.orgId,
      orgPath: people.orgPath,
    })
    .from(accounts)
    .leftJoin(people, eq(people.id, accounts.personId))
    .where(inArray(accounts.phoneHash, crypto.lookupHashes(phone)))
    .limit(1);
  return row ?? null;
}

/** Secrets of one account, for the commands that check a password or a TOTP code. */
export async function getAccountSecrets(db: DbOrTx, accountId: string) {
  const [row] = await db
    .select({
      passwordHash: accounts.passwordHash,
      totpSecretEnc: accounts.totpSecretEnc,
      isTotpEnabled: accounts.isTotpEnabled,
      lockedUntil: accounts.lockedUntil,
      phoneEnc: accounts.phoneEnc,
    })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** Active (unrevoked, org not dissolved) roles of an account. */
export async function activeRoles(db: DbOrTx, accountId: string): Promise<string[]> {
  const rows = await db
    .select({ role: roleGrants.role })
    .from(roleGrants)
    .innerJoin(orgs, eq(orgs.id, roleGrants.orgId))
    .where(and(eq(roleGrants.accountId, accountId), isNull(roleGrants.revokedAt), eq(orgs.isDissolved, false)));
  return rows.map((r) => r.role);
}

/** An active grant as account lists show it and policy records read it. */
export type HeldGrant = { path: string; role: string; orgName: string };

/** Org paths, names and roles of the active grants of each account (for policy records and lists). */
async function grantPathsOf(db: DbOrTx, accountIds: string[]): Promise<Map<string, HeldGrant[]>> {
  const map = new Map<string, HeldGrant[]>();
  if (accountIds.length === 0) return map;
  const rows = await db
    .select({ accountId: roleGrants.accountId, path: orgs.path, role: roleGrants.role, orgName: orgs.name })
    .from(roleGrants)
    .innerJoin(orgs, eq(orgs.id, roleGrants.orgId))
    .where(and(inArray(roleGrants.accountId, accountIds), isNull(roleGrants.revokedAt)))
    .orderBy(asc(orgs.path), asc(roleGrants.role));
  for (const { accountId, ...g } of rows) map.set(accountId, [...(map.get(accountId) ?? []), g]);
  return map;
}

function recordOf(row: { id: string; personId: string | null; personOrgPath: string | null }, grants: HeldGrant[]) {
  const paths = grants.map((g) => g.path);
  const all = row.personOrgPath ? [...paths, row.personOrgPath] : paths;
  const adminPaths = [...new Set(grants.filter((g) => isSeparatedAdminRole(g.role)).map((g) => g.path))];
  return { accountId: row.id, personId: row.personId, paths: [...new Set(all)], adminPaths } satisfies AccountRecord;
}

/** An account row with its policy record, active grants and the latest security signal on it. */
export type LoadedAccount = { row: AccountRow; record: AccountRecord; grants: HeldGrant[]; probeAlertAt: Date | null };

/** How long a security signal shows on the account (there is no notification module yet). */
const ALERT_DAYS = 30;

/** The latest 'people.id_probe_suspected' signal per account, within ALERT_DAYS (audit log, by action and time). */
async function probeAlertsOf(db: DbOrTx, accountIds: string[]): Promise<Map<string, Date>> {
  if (accountIds.length === 0) return new Map();
  const rows = await db
    .select({ id: auditLog.targetId, at: sql<Date>`max(${auditLog.at})`.mapWith(auditLog.at) })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, 'people.id_probe_suspected'),
        sql`${auditLog.at} > now() - make_interval(days => ${ALERT_DAYS})`,
        inArray(auditLog.targetId, accountIds),
      ),
    )
    .groupBy(auditLog.targetId);
  return new Map(rows.map((r) => [r.id ?? '', r.at]));
}

// The loaders below serve ids a caller sent (path or body). A missing id answers NOT_FOUND, exactly
// like a record outside the caller's reach (authorize's 'hide'); a more specific code for the missing
// case would let anyone probe which ids exist in other subtrees (every-route.test.ts checks this).

/** One account with the org paths it touches; throws NOT_FOUND. */
export async function getAccount(db: DbOrTx, id: string): Promise<LoadedAccount> {
  const [row] = await selectAccounts(db, eq(accounts.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  const grants = (await grantPathsOf(db, [id])).get(id) ?? [];
  const alerts = await probeAlertsOf(db, [id]);
  return { row, record: recordOf(row, grants), grants, probeAlertAt: alerts.get(id) ?? null };
}

/** Accounts whose grants or person lie under one of `roots`, filtered by name or exact phone. */
export async function listAccounts(
  db: DbOrTx,
  crypto: CryptoService,
  q: { roots: string[]; q?: string; page: number; pageSize: number; alertRoots?: string[] },
) {
  const grantInScope = sql`exists (select 1 from ${roleGrants} g join ${orgs} o on o.id = g.org_id
    where g.account_id = ${accounts.id} and g.revoked_at is null and ${inScope(sql`o.path`, q.roots)})`;
  const where: (SQL | undefined)[] = [or(grantInScope, inScope(people.orgPath, q.roots))];
  if (q.q) {
    const phone = q.q.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
    if (/^1\d{10}$/.test(phone)) where.push(inArray(accounts.phoneHash, crypto.lookupHashes(phone)));
    else where.push(ilike(accounts.displayName, `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  }
  if (q.alertRoots) {
    // Accounts with a recent probe signal, where the viewer is a security administrator: the
    // signal is theirs alone (the presenter shows it to no one else), so the filter is too.
    where.push(sql`exists (select 1 from ${auditLog} a where a.action = 'people.id_probe_suspected'
      and a.target_id = ${accounts.id}::text and a.at > now() - make_interval(days => ${ALERT_DAYS}))`);
    where.push(
      or(
        sql`exists (select 1 from ${roleGrants} g join ${orgs} o on o.id = g.org_id
        where g.account_id = ${accounts.id} and g.revoked_at is null and ${inScope(sql`o.path`, q.alertRoots)})`,
        inScope(people.orgPath, q.alertRoots),
      ),
    );
  }
  const filter = and(...where);
  const [total] = await db
    .select({ n: count() })
    .from(accounts)
    .leftJoin(people, eq(people.id, accounts.personId))
    .where(filter);
  const rows = await selectAccounts(db, filter)
    .orderBy(desc(accounts.createdAt), asc(accounts.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const ids = rows.map((r) => r.id);
  const [paths, alerts] = await Promise.all([grantPathsOf(db, ids), probeAlertsOf(db, ids)]);
  return {
    total: total?.n ?? 0,
    items: rows.map((row): LoadedAccount => {
      const grants = paths.get(row.id) ?? [];
      return { row, record: recordOf(row, grants), grants, probeAlertAt: alerts.get(row.id) ?? null };
    }),
  };
}

/**
 * People under one of `roots` whose name matches `q` (one character: surname), with their account if
 * they have one: whom a security admin may open an account for. Name and org only.
 */
export async function listAccountCandidates(db: DbOrTx, f: { roots: string[]; q: string; limit: number }) {
  const name = [...f.q].length === 1 ? nameStartsWith(people.name, f.q) : nameContains(people.name, f.q);
  return db
    .select({
      personId: people.id,
      name: people.name,
      orgId: orgs.id,
      orgName: orgs.name,
      accountId: accounts.id,
    })
    .from(people)
    .innerJoin(orgs, eq(orgs.id, people.orgId))
    .leftJoin(accounts, eq(accounts.personId, people.id))
    .where(and(inScope(people.orgPath, f.roots), name))
    .orderBy(sql`${people.name} collate "C"`, asc(people.id))
    .limit(f.limit);
}

/** The account a phone number belongs to (name and status only), or null. */
export async function findAccountByPhone(db: DbOrTx, crypto: CryptoService, phone: string) {
  const [row] = await db
    .select({
      id: accounts.id,
      displayName: accounts.displayName,
      phoneLast4: accounts.phoneLast4,
      isDisabled: accounts.isDisabled,
    })
    .from(accounts)
    .where(inArray(accounts.phoneHash, crypto.lookupHashes(phone)))
    .limit(1);
  return row ?? null;
}

export const grantColumns = {
  id: roleGrants.id,
  accountId: roleGrants.accountId,
  role: roleGrants.role,
  orgId: roleGrants.orgId,
  orgName: orgs.name,
  orgPath: orgs.path,
  grantedBy: roleGrants.grantedBy,
  createdAt: roleGrants.createdAt,
  revokedAt: roleGrants.revokedAt,
};

/** Active grants of an account; with `roots`, only those at orgs under one of them. */
export async function listGrants(db: DbOrTx, accountId: string, opts: { roots?: string[] } = {}) {
  return db
    .select(grantColumns)
    .from(roleGrants)
    .innerJoin(orgs, eq(orgs.id, roleGrants.orgId))
    .where(
      and(
        eq(roleGrants.accountId, accountId),
        isNull(roleGrants.revokedAt),
        opts.roots ? inScope(orgs.path, opts.roots) : undefined,
      ),
    )
    .orderBy(asc(orgs.path), asc(roleGrants.role));
}
export type GrantRow = Awaited<ReturnType<typeof listGrants>>[number];

export async function getGrant(db: DbOrTx, id: string): Promise<GrantRow> {
  const [row] = await db
    .select(grantColumns)
    .from(roleGrants)
    .innerJoin(orgs, eq(orgs.id, roleGrants.orgId))
    .where(eq(roleGrants.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function getOrgForGrant(db: DbOrTx, id: number) {
  const [row] = await db
    .select({ id: orgs.id, name: orgs.name, path: orgs.path, isDissolved: orgs.isDissolved })
    .from(orgs)
    .where(eq(orgs.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** A person's name and organisation; throws NOT_FOUND (see above). */
export async function getPersonBrief(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ id: people.id, name: people.name, orgId: people.orgId, orgPath: people.orgPath })
    .from(people)
    .where(eq(people.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export const delegationColumns = {
  id: delegations.id,
  delegateAccountId: delegations.delegateAccountId,
  delegateName: accounts.displayName,
  principalPersonId: delegations.principalPersonId,
  principalName: people.name,
  principalOrgPath: people.orgPath,
  relation: delegations.relation,
  scopes: delegations.scopes,
  createdAt: delegations.createdAt,
  expiresAt: delegations.expiresAt,
  revokedAt: delegations.revokedAt,
};

function delegationQuery(db: DbOrTx, where: SQL | undefined) {
  return db
    .select(delegationColumns)
    .from(delegations)
    .innerJoin(accounts, eq(accounts.id, delegations.delegateAccountId))
    .innerJoin(people, eq(people.id, delegations.principalPersonId))
    .where(where)
    .orderBy(desc(delegations.createdAt));
}
export type DelegationRow = Awaited<ReturnType<typeof delegationQuery>>[number];

export async function findDelegation(db: DbOrTx, id: string): Promise<DelegationRow | undefined> {
  const [row] = await delegationQuery(db, eq(delegations.id, id));
  return row;
}

export async function getDelegation(db: DbOrTx, id: string): Promise<DelegationRow> {
  const row = await findDelegation(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** Delegations by principal, delegate and/or the subtree (`orgPath`) the principal belongs to. */
export async function listDelegations(
  db: DbOrTx,
  f: { principalPersonId?: string; delegateAccountId?: string; orgPath?: string },
) {
  return delegationQuery(
    db,
    and(
      f.principalPersonId ? eq(delegations.principalPersonId, f.principalPersonId) : undefined,
      f.delegateAccountId ? eq(delegations.delegateAccountId, f.delegateAccountId) : undefined,
      f.orgPath ? inScope(people.orgPath, [f.orgPath]) : undefined,
    ),
  ).limit(200);
}

export const isDelegationActive = (d: Pick<DelegationRow, 'revokedAt' | 'expiresAt'>, now = Date.now()) =>
  !d.revokedAt && (!d.expiresAt || d.expiresAt.getTime() > now);

/** The current stage and acting-for target of a session. */
export async function getSessionState(db: DbOrTx, sessionId: string) {
  const [row] = await db.select({ stage: sessions.stage }).from(sessions).where(eq(sessions.id, sessionId));
  return row ?? null;
}
