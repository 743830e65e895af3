import { date, index, integer, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

// The `events` table itself is partitioned by month, which drizzle-kit cannot express: it is created
// in platform.sql and described for queries in table.ts. These are the daily rollups the rollup
// subscriber (rollups.ts) builds from events after they commit, and that dashboards read instead of
// raw events. An org's row counts only what happened at that org; a subtree total is a sum over
// org_path prefixes, so no write ever touches an ancestor's row (the root would be a hot spot).
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
    /** The org's current path; the subscriber rewrites it when the org moves. */
    orgPath: text('org_path').notNull(),
    metric: text('metric').notNull(),
    value: numeric('value', { mode: 'number' }).notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.metric, t.day] }),
    index('daily_org_rollups_subtree_idx').on(t.metric, t.day, t.orgPath.op('text_pattern_ops')),
  ],
);
