import type { ForecastReason } from '@hongyun/contracts';
import { date, index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { supervisionRules } from '../schema.ts';

// The weekly risk forecast: per streak rule, week (its Monday) and person in the rule's population
// scored at or above the floor, the score and the reasons as codes with numbers (rendered in the
// reader's language on the way out). A week's rows for a rule are replaced as a whole on a re-run.
// Nothing here is an alert: the rule's own evaluation is the only thing that reports anyone.
export const supervisionForecasts = pgTable(
  'supervision_forecasts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    weekStart: date('week_start').notNull(),
    ruleId: uuid('rule_id')
      .notNull()
      .references(() => supervisionRules.id),
    personId: uuid('person_id').notNull(),
    /** The person's organisation when forecast (who may read the row follows this path). */
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    score: real('score').notNull(),
    reasons: jsonb('reasons').$type<ForecastReason[]>().notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('supervision_forecasts_rule_week_person_idx').on(t.ruleId, t.weekStart, t.personId),
    index('supervision_forecasts_path_idx').on(t.orgPath.op('text_pattern_ops'), t.weekStart),
  ],
);
