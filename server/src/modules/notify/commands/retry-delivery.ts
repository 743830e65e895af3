import { and, eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { notificationDeliveries } from '../schema.ts';

/**
 * A failed delivery back to pending, due now, with a fresh count of attempts (its last error kept
 * until the next try), audited.
 */
export async function retryDelivery(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const rows = await tx
      .update(notificationDeliveries)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(notificationDeliveries.id, id), eq(notificationDeliveries.status, 'failed')))
      .returning({ id: notificationDeliveries.id, channel: notificationDeliveries.channel });
    const row = rows[0];
    if (!row) throw new AppError('NOTIFY_DELIVERY_NOT_FAILED');
    await appendAudit(
      { ...ctx, db: tx },
      {
        action: 'notify.delivery.retried',
        targetType: 'notification_delivery',
        targetId: row.id,
        details: { channel: row.channel },
      },
    );
  });
}
