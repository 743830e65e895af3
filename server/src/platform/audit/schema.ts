import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Hash-chained audit trail of admin and security actions. A trigger (migrations) refuses UPDATE,
// DELETE and TRUNCATE; `verify-audit` recomputes the chain and names the first broken row.
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorAccountId: uuid('actor_account_id'),
    actingForPersonId: uuid('acting_for_person_id'),
    ip: text('ip'),
    requestId: text('request_id'),
    action: text('action').notNull(),
    outcome: text('outcome', { enum: ['success', 'failure'] }).notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    orgId: integer('org_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    alg: text('alg', { enum: ['sha256', 'sm3'] }).notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_action_idx').on(t.action, t.at)],
);
