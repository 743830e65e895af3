import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Hash-chained audit trail of admin and security actions. The application's role may only INSERT
// and SELECT, a trigger (migrations) refuses UPDATE, DELETE and TRUNCATE to everyone else, and
// `verify-audit` recomputes the chain and names the first broken row. `alg` is how the row's link was
// made: a keyed MAC ('hmac-sha256', 'hmac-sm3' in the gm profile), or a plain hash ('sha256', 'sm3')
// for rows written before the chain was keyed.
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
    alg: text('alg', { enum: ['hmac-sha256', 'hmac-sm3', 'sha256', 'sm3'] }).notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_action_idx').on(t.action, t.at)],
);
