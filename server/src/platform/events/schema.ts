import { bigint, customType, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** PostgreSQL's 64-bit transaction id, read and written as its decimal text. */
export const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

export const SubscriptionStatuses = ['ok', 'retrying', 'failed'] as const;

// One row per event subscriber: how far it has read the events table (a cursor over (tx_id, id),
// see dispatcher.ts for why that order is safe) and, when its handler fails, how often, why and
// when it is tried again. A subscriber 'failed' after too many attempts is still retried at the
// longest back-off, so a fix deploys without anyone resetting it; admins see it on the events screen.
export const eventSubscriptions = pgTable('event_subscriptions', {
  subscriberId: text('subscriber_id').primaryKey(),
  cursorTxId: xid8('cursor_tx_id').notNull().default('0'),
  cursorEventId: bigint('cursor_event_id', { mode: 'number' }).notNull().default(0),
  delivered: bigint('delivered', { mode: 'number' }).notNull().default(0),
  status: text('status', { enum: SubscriptionStatuses }).notNull().default('ok'),
  attempts: integer('attempts').notNull().default(0),
  lastError: text('last_error'),
  failingSince: timestamp('failing_since', { withTimezone: true }),
  nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
  lastDeliveredAt: timestamp('last_delivered_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
