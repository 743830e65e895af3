import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { accounts, loginThrottles } from './schema.ts';

// Lockout that slows guessing without letting an attacker lock a victim out for good: after
// LOCKOUT_THRESHOLD failures the account locks for LOCKOUT_BASE_SECONDS, doubling with each further
// failure, capped at LOCKOUT_MAX_SECONDS. A lock always ends by itself; a success or a security
// admin's unlock resets the counter.
//
// Each attempt RESERVES its failure atomically before the secret is checked (one UPDATE that also
// sets the lock when the reserved count reaches the threshold), so parallel guesses cannot all pass
// a lock check before the slow scrypt: at most LOCKOUT_THRESHOLD checks run before the lock. When
// the secret turns out right the caller resets (signed in) or releases the reservation (right
// password but no session, e.g. the TOTP code is still owed). Attempts while locked are refused
// before the secret is checked, so they neither count nor extend the lock.
//
// Failures decay: a run of failures is forgotten 24 h after its first failure, so a slow trickle of
// guesses (or a user's occasional typos) does not pile up forever.

type LockoutConfig = Pick<Config, 'LOCKOUT_THRESHOLD' | 'LOCKOUT_BASE_SECONDS' | 'LOCKOUT_MAX_SECONDS'>;

/** How long a run of failures counts, from its first failure. */
export const FAILURE_WINDOW_SECONDS = 24 * 3600;
const MAX_COUNT = 10000;

/** Seconds of lock after the given number of consecutive failures (0 below the threshold). */
export function lockSecondsFor(config: LockoutConfig, failures: number): number {
  if (failures < config.LOCKOUT_THRESHOLD) return 0;
  const doublings = Math.min(failures - config.LOCKOUT_THRESHOLD, 30);
  return Math.min(config.LOCKOUT_BASE_SECONDS * 2 ** doublings, config.LOCKOUT_MAX_SECONDS);
}

/** Seconds until the lock ends, or 0 when the account is not locked. */
export function retryAfterSeconds(lockedUntil: Date | null, now = Date.now()): number {
  if (!lockedUntil) return 0;
  return Math.max(0, Math.ceil((lockedUntil.getTime() - now) / 1000));
}

/** An attempt either is refused because of a lock, or holds one reserved failure. */
export type Reservation =
  | { locked: true; retryAfterSeconds: number }
  | { locked: false; failures: number; lockSeconds: number };

/**
 * Reserves one failed attempt for an account, or reports the lock that refuses it. All SET
 * expressions read the row as it is when the UPDATE takes its lock, so concurrent reservations
 * count one by one (no read-then-write gap).
 */
export async function reserveLoginAttempt(db: DbOrTx, config: LockoutConfig, accountId: string): Promise<Reservation> {
  const runOver = sql`(${accounts.failedLogins} = 0 or ${accounts.firstFailedAt} <= now() - make_interval(secs => ${FAILURE_WINDOW_SECONDS}))`;
  const next = sql`(case when ${runOver} then 1 else least(${accounts.failedLogins} + 1, ${MAX_COUNT}) end)`;
  const T = config.LOCKOUT_THRESHOLD;
  const lockSecs = sql`least(${config.LOCKOUT_BASE_SECONDS}::float8 * power(2, least(${next} - ${T}, 30)), ${config.LOCKOUT_MAX_SECONDS})`;
  const [row] = await db
    .update(accounts)
    .set({
      failedLogins: next,
      firstFailedAt: sql`case when ${runOver} then now() else coalesce(${accounts.firstFailedAt}, now()) end`,
      lockedUntil: sql`case when ${next} >= ${T} then now() + make_interval(secs => ${lockSecs}) else null end`,
    })
    .where(sql`${accounts.id} = ${accountId} and (${accounts.lockedUntil} is null or ${accounts.lockedUntil} <= now())`)
    .returning({ failures: accounts.failedLogins });
  if (row) return { locked: false, failures: row.failures, lockSeconds: lockSecondsFor(config, row.failures) };
  const [current] = await db
    .select({ lockedUntil: accounts.lockedUntil })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  // The lock may have ended between the two statements: still refuse this attempt, briefly.
  return { locked: true, retryAfterSeconds: Math.max(1, retryAfterSeconds(current?.lockedUntil ?? null)) };
}

/**
 * Gives back a reservation whose secret was right but that ends without a session (TOTP still
 * owed, account disabled, TOTP turned off). The lock it set is lifted only if no other attempt
 * has counted since (the count is still the one reserved).
 */
export async function releaseLoginAttempt(db: DbOrTx, accountId: string, reserved: number): Promise<void> {
  await db
    .update(accounts)
    .set({
      failedLogins: sql`greatest(${accounts.failedLogins} - 1, 0)`,
      lockedUntil: sql`case when ${accounts.failedLogins} = ${reserved} then null else ${accounts.lockedUntil} end`,
    })
    .where(eq(accounts.id, accountId));
}

/** Clears the failure counts and any lock, the known devices' too (a security admin's unlock). */
export async function resetLoginFailures(db: DbOrTx, accountId: string): Promise<void> {
  await db
    .update(accounts)
    .set({ failedLogins: 0, lockedUntil: null, firstFailedAt: null })
    .where(eq(accounts.id, accountId));
  await resetAllDeviceFailures(db, accountId);
}

/**
 * The same lockout for phone numbers that have no account, so ACCOUNT_LOCKED does not reveal which
 * phones have accounts. Kept in `login_throttles` (kind 'phone', keyed by the phone's lookup hash,
 * never the phone), so every API process shares it and a restart forgets nothing. The reservation is
 * ONE upsert with the same arithmetic as reserveLoginAttempt: it counts only when the row is not
 * locked (the ON CONFLICT WHERE), so concurrent guesses from any process count one by one. Nothing
 * is ever released: an unknown phone has no right password.
 */
export function reserveUnknownPhoneAttempt(db: DbOrTx, config: LockoutConfig, phoneHash: string) {
  return reserveThrottledAttempt(db, config, 'phone', phoneHash);
}

/**
 * Known devices (known-device.ts): an attempt from a browser that signed in to this account before
 * is counted per account and device, in `login_throttles` (kind 'device'), and NOT against the
 * account's own counter, which strangers share. Guessing from elsewhere locks the account for
 * strangers only; its owner's browser still signs in, and guessing on that browser locks only it.
 */
export function reserveKnownDeviceAttempt(db: DbOrTx, config: LockoutConfig, accountId: string, deviceId: string) {
  return reserveThrottledAttempt(db, config, 'device', deviceKey(accountId, deviceId));
}

const deviceKey = (accountId: string, deviceId: string) => `${accountId}:${deviceId}`;

/** Gives back a known device's reservation (right password, no session yet), as releaseLoginAttempt. */
export async function releaseKnownDeviceAttempt(db: DbOrTx, accountId: string, deviceId: string, reserved: number) {
  const t = loginThrottles;
  await db
    .update(t)
    .set({
      failures: sql`greatest(${t.failures} - 1, 0)`,
      lockedUntil: sql`case when ${t.failures} = ${reserved} then null else ${t.lockedUntil} end`,
    })
    .where(and(eq(t.kind, 'device'), eq(t.key, deviceKey(accountId, deviceId))));
}

/** Forgets a known device's failures (its owner signed in on it). */
export async function resetKnownDeviceFailures(db: DbOrTx, accountId: string, deviceId: string) {
  const t = loginThrottles;
  await db.delete(t).where(and(eq(t.kind, 'device'), eq(t.key, deviceKey(accountId, deviceId))));
}

/** Every known device's failures of the account (a security admin's unlock). */
export async function resetAllDeviceFailures(db: DbOrTx, accountId: string) {
  const t = loginThrottles;
  await db.delete(t).where(and(eq(t.kind, 'device'), sql`starts_with(${t.key}, ${`${accountId}:`})`));
}

async function reserveThrottledAttempt(
  db: DbOrTx,
  config: LockoutConfig,
  kind: 'phone' | 'device',
  key: string,
): Promise<Reservation> {
  const t = loginThrottles;
  const runOver = sql`(${t.failures} = 0 or ${t.firstFailedAt} is null or ${t.firstFailedAt} <= now() - make_interval(secs => ${FAILURE_WINDOW_SECONDS}))`;
  const next = sql`(case when ${runOver} then 1 else least(${t.failures} + 1, ${MAX_COUNT}) end)`;
  const T = config.LOCKOUT_THRESHOLD;
  const lockUntil = (n: SQL) =>
    sql`case when ${n} >= ${T} then now() + make_interval(secs => least(${config.LOCKOUT_BASE_SECONDS}::float8 * power(2, least(${n} - ${T}, 30)), ${config.LOCKOUT_MAX_SECONDS})) else null end`;
  const [row] = await db
    .insert(t)
    .values({
      kind,
      key,
      failures: 1,
      firstFailedAt: sql`now()`,
      lockedUntil: lockUntil(sql`1`),
      updatedAt: sql`now()`,
    })
    .onConflictDoUpdate({
      target: [t.kind, t.key],
      set: {
        failures: next,
        firstFailedAt: sql`case when ${runOver} then now() else ${t.firstFailedAt} end`,
        lockedUntil: lockUntil(next),
        updatedAt: sql`now()`,
      },
      setWhere: sql`${t.lockedUntil} is null or ${t.lockedUntil} <= now()`,
    })
    .returning({ failures: t.failures });
  if (row) return { locked: false, failures: row.failures, lockSeconds: lockSecondsFor(config, row.failures) };
  // Refused by the lock; this read only sizes Retry-After (the decision above was atomic).
  const [current] = await db
    .select({ lockedUntil: t.lockedUntil })
    .from(t)
    .where(and(eq(t.kind, kind), eq(t.key, key)));
  return { locked: true, retryAfterSeconds: Math.max(1, retryAfterSeconds(current?.lockedUntil ?? null)) };
}
