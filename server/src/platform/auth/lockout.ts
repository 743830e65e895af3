import { and, eq, sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { DbOrTx } from '../db/client.ts';
import { accounts } from './schema.ts';

// Lockout that slows guessing without letting an attacker lock a victim out for good: after
// LOCKOUT_THRESHOLD consecutive failures the account locks for LOCKOUT_BASE_SECONDS, doubling with
// each further failure, capped at LOCKOUT_MAX_SECONDS. A lock always ends by itself; a success or a
// security admin's unlock resets the counter. Failures while locked are refused before the password
// is checked, so they neither count nor extend the lock.

type LockoutConfig = Pick<Config, 'LOCKOUT_THRESHOLD' | 'LOCKOUT_BASE_SECONDS' | 'LOCKOUT_MAX_SECONDS'>;

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

/**
 * Counts one failure atomically (concurrent guesses cannot under-count) and sets the lock when
 * the threshold is reached. Returns the new count and the lock length in seconds (0 = not locked).
 */
export async function registerLoginFailure(
  db: DbOrTx,
  config: LockoutConfig,
  accountId: string,
): Promise<{ failures: number; lockSeconds: number }> {
  const [row] = await db
    .update(accounts)
    .set({ failedLogins: sql`least(${accounts.failedLogins} + 1, 10000)` })
    .where(eq(accounts.id, accountId))
    .returning({ failures: accounts.failedLogins });
  const failures = row?.failures ?? 0;
  const lockSeconds = lockSecondsFor(config, failures);
  if (lockSeconds > 0) {
    await db
      .update(accounts)
      .set({ lockedUntil: sql`now() + make_interval(secs => ${lockSeconds})` })
      .where(and(eq(accounts.id, accountId)));
  }
  return { failures, lockSeconds };
}

/** Clears the failure count and any lock (successful login, or a security admin's unlock). */
export async function resetLoginFailures(db: DbOrTx, accountId: string): Promise<void> {
  await db.update(accounts).set({ failedLogins: 0, lockedUntil: null }).where(eq(accounts.id, accountId));
}
