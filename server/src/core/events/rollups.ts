import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { pathIds } from '../org/index.ts';
import { dailyOrgRollups, dailyPersonRollups } from './schema.ts';

/** Calendar day in China (UTC+8), which is the day a member or office means. */
export function chinaDay(at: Date = new Date()): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Adds `delta` to a person's daily metric and to the same metric of every organisation on their
 * org path, so statistics roll up the tree without scanning raw events. Modules call it in the
 * transaction that records the event (e.g. a quiz answer adds 1 to 'quiz.answers').
 */
export async function bumpRollups(
  db: DbOrTx,
  input: { metric: string; delta?: number; personId?: string | null; orgPath?: string | null; at?: Date },
): Promise<void> {
  const day = chinaDay(input.at);
  const delta = input.delta ?? 1;
  if (input.personId) {
    await db
      .insert(dailyPersonRollups)
      .values({ day, personId: input.personId, metric: input.metric, value: delta })
      .onConflictDoUpdate({
        target: [dailyPersonRollups.personId, dailyPersonRollups.metric, dailyPersonRollups.day],
        set: { value: sql`${dailyPersonRollups.value} + ${delta}` },
      });
  }
  const orgIds = input.orgPath ? pathIds(input.orgPath) : [];
  if (orgIds.length) {
    await db
      .insert(dailyOrgRollups)
      .values(orgIds.map((orgId) => ({ day, orgId, metric: input.metric, value: delta })))
      .onConflictDoUpdate({
        target: [dailyOrgRollups.orgId, dailyOrgRollups.metric, dailyOrgRollups.day],
        set: { value: sql`${dailyOrgRollups.value} + excluded.value` },
      });
  }
}
