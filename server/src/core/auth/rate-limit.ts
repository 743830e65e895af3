import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { loginThrottles as t } from './schema.ts';

// A fixed-window limiter for the login route (per IP), kept in PostgreSQL so every API process
// shares one count and a restart forgets nothing. Each hit is ONE upsert: the row lock it takes
// makes concurrent hits from any process count one by one, and all SET expressions read the row as
// it was, so a finished window restarts atomically. The clock is the database's (now()), the same
// for every process. The per-account lockout bounds guesses against any one account.

export type RateLimit = { limit: number; windowMs: number };
export type RateHit = { allowed: boolean; retryAfterSeconds: number };

/** Caps the stored count so a long flood within one window cannot overflow the column. */
const MAX_COUNT = 1_000_000_000;

/** Counts one hit of `key` in its window; kind 'ip' for sign-ins, 'lookup' for per-account lookups. */
export async function hitRateLimit(
  db: DbOrTx,
  key: string,
  opts: RateLimit,
  kind: 'ip' | 'lookup' = 'ip',
): Promise<RateHit> {
  const windowSecs = opts.windowMs / 1000;
  const over = sql`(${t.windowStart} is null or ${t.windowStart} <= now() - make_interval(secs => ${windowSecs}))`;
  const [row] = await db
    .insert(t)
    .values({ kind, key, windowStart: sql`now()`, count: 1, updatedAt: sql`now()` })
    .onConflictDoUpdate({
      target: [t.kind, t.key],
      set: {
        windowStart: sql`case when ${over} then now() else ${t.windowStart} end`,
        count: sql`case when ${over} then 1 else least(${t.count} + 1, ${MAX_COUNT}) end`,
        updatedAt: sql`now()`,
      },
    })
    .returning({
      count: t.count,
      // RETURNING sees the new row: seconds until its window ends.
      retryAfterSeconds: sql<number>`ceil(extract(epoch from ${t.windowStart} + make_interval(secs => ${windowSecs}) - now()))::int`,
    });
  if (!row) throw new Error('login rate upsert returned no row');
  return { allowed: row.count <= opts.limit, retryAfterSeconds: Math.max(1, row.retryAfterSeconds) };
}
