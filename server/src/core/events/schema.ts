import { date, integer, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

// The `events` table itself is partitioned by month, which drizzle-kit cannot express: it is created
// in platform.sql and described for queries in table.ts. These are the daily rollups that later
// modules fill from events and that dashboards read instead of raw events.
export const dailyPersonRollups = pgTable(
  'daily_person_rollups',
  {
    day: date('day').notNull(),
    personId: uuid('person_id').notNull(),
    metric: text('metric').notNull(),
    value: numeric('value', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.personId, t.metric, t.day] })],
);

export const dailyOrgRollups = pgTable(
  'daily_org_rollups',
  {
    day: date('day').notNull(),
    orgId: integer('org_id').notNull(),
    metric: text('metric').notNull(),
    value: numeric('value', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.metric, t.day] })],
);
