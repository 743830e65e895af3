import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { loginThrottles as t } from './schema.ts';

// A fixed-window limiter for the login route (per IP), kept in PostgreSQL so every API process
// shares one count and a restart forgets nothing. Each hit is ONE upsert: the row lock it takes
// makes concurrent hits from any process count one by one, and all SET expressions read the row as
// it was, so a finished window restarts atomically. The clock is the database's (now()), the same
// for every process. The per-account lockout bounds guesses against any one account.

export type RateLimit = { limit: number; windowMs: number };
export type RateHit = { allowed: boolean; retryAfterSeconds: number; count: number };

/** Caps the stored count so a long flood within one window cannot overflow the column. */
const MAX_COUNT = 1_000_000_000;

/**
 * Counts `amount` hits (one by default) of `key` in its window; kind 'ip' for sign-ins, 'lookup' for
 * per-account lookups and answers.
 */
export async function hitRateLimit(
  db: DbOrTx,
  key: string,
  opts: RateLimit,
  kind: 'ip' | 'lookup' = 'ip',
  amount = 1,
): Promise<RateHit> {
  const windowSecs = opts.windowMs / 1000;
  const over = sql`(${t.windowStart} is null or ${t.windowStart} <= now() - make_interval(secs => ${windowSecs}))`;
  const [row] = await db
    .insert(t)
    .values({ kind, key, windowStart: sql`now()`, count: amount, updatedAt: sql`now()` })
    .onConflictDoUpdate({
      target: [t.kind, t.key],
      set: {
        windowStart: sql`case when ${over} then now() else ${t.windowStart} end`,
        count: sql`case when ${over} then ${amount}::int else least(${t.count} + ${amount}::int, ${MAX_COUNT}) end`,
        updatedAt: sql`now()`,
      },
    })
    .returning({
      count: t.count,
      // RETURNING sees the new row: seconds until its window ends.
      retryAfterSeconds: sql<number>`ceil(extract(epoch from ${t.windowStart} + make_interval(secs => ${windowSecs}) - now()))::int`,
    });
  if (!row) throw new Error('login rate upsert returned no row');
  return {
    allowed: row.count <= opts.limit,
    retryAfterSeconds: Math.max(1, row.retryAfterSeconds),
    count: row.count,
  };
}

/** The hits of `key` in its current window, without counting one (0 when the window is over). */
export async function peekRateLimit(db: DbOrTx, key: string, opts: RateLimit, kind: 'ip' | 'lookup') {
  const windowSecs = opts.windowMs / 1000;
  const [row] = await db
    .select({
      count: t.count,
      retryAfterSeconds: sql<number>`ceil(extract(epoch from ${t.windowStart} + make_interval(secs => ${windowSecs}) - now()))::int`,
    })
    .from(t)
    .where(and(eq(t.kind, kind), eq(t.key, key), sql`${t.windowStart} > now() - make_interval(secs => ${windowSecs})`));
  return { count: row?.count ?? 0, retryAfterSeconds: Math.max(1, row?.retryAfterSeconds ?? 1) };
}
