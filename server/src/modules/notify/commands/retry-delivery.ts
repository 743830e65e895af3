import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/errors.ts';
import { notificationDeliveries } from '../schema.ts';

/** A failed delivery back to pending, due now, with a fresh count of attempts (its last error kept). */
export async function retryDelivery(db: DbOrTx, id: string): Promise<void> {
  const rows = await db
    .update(notificationDeliveries)
    .set({ status: 'pending', attempts: 0, nextAttemptAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(notificationDeliveries.id, id), eq(notificationDeliveries.status, 'failed')))
    .returning({ id: notificationDeliveries.id });
  if (rows.length === 0) throw new AppError('NOTIFY_DELIVERY_NOT_FAILED');
}
