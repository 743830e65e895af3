import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { notifications } from '../schema.ts';

/** Marks one notification read (keeps the first read time). */
export async function markRead(db: DbOrTx, id: string): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.id, id), isNull(notifications.readAt)));
}

/** Marks every unread notification of the account read; returns how many. */
export async function markAllRead(db: DbOrTx, accountId: string): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.accountId, accountId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
