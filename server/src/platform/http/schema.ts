import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Stored results of writes sent with an Idempotency-Key, so a retried mobile write never duplicates.
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    accountId: uuid('account_id').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    status: integer('status'),
    response: jsonb('response'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.key] }),
    // Only the weekly sweep of keys older than 7 days reads by age, and rows arrive in created_at
    // order: a BRIN index serves it without a B-tree insert on every idempotent write.
    index('idempotency_keys_created_idx').using('brin', t.createdAt),
  ],
);
