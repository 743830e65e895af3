import { bigint, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Query-side description of the month-partitioned `events` table created in platform.sql.
// Kept out of drizzle-kit's schema glob (file is not named schema.ts) on purpose.
export const events = pgTable('events', {
  id: bigint('id', { mode: 'number' }).notNull(),
  occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  type: text('type').notNull(),
  actorAccountId: uuid('actor_account_id'),
  personId: uuid('person_id'),
  actingForPersonId: uuid('acting_for_person_id'),
  delegationId: uuid('delegation_id'),
  orgId: integer('org_id'),
  orgPath: text('org_path'),
  subjectType: text('subject_type'),
  subjectId: text('subject_id'),
  data: jsonb('data').$type<Record<string, unknown>>().notNull(),
});
