import type { AlertEvidence, RuleCondition, RulePopulation } from '@hongyun/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgs } from '../../core/org/schema.ts';

// Supervision (数据监督): warning rules as data, the alerts they raise, and the days a false alarm
// excused. A rule belongs to an organisation and watches people in its subtree; an alert is one per
// rule, person and streak (or period), so re-running an evaluation never raises a second one.

/** What an alert stores of its explanation; the rule's words and labels are rendered when read. */
export type StoredEvidence = Omit<AlertEvidence, 'ruleName' | 'ruleSummary' | 'metricLabel'>;

export type StoredRecipients = { person: boolean; unitHead: boolean; officeOrgId: number | null };

export const supervisionRules = pgTable(
  'supervision_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    /** The rule's org path (kept in step by the org move): the population's subtree and the rule's scope. */
    orgPath: text('org_path').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    isEnabled: boolean('is_enabled').notNull().default(true),
    /** The article's rule, created for each root organisation; it can be edited or switched off, not deleted. */
    isBuiltIn: boolean('is_built_in').notNull().default(false),
    /** A metric key some module's manifest declares ('learning.daily-quiz'). */
    metric: text('metric').notNull(),
    population: jsonb('population').$type<RulePopulation>().notNull(),
    condition: jsonb('condition').$type<RuleCondition>().notNull(),
    recipients: jsonb('recipients').$type<StoredRecipients>().notNull(),
    severity: text('severity', { enum: ['low', 'medium', 'high'] }).notNull(),
    lastRunDay: date('last_run_day'),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    index('supervision_rules_org_path_idx').on(t.orgPath.op('text_pattern_ops')),
    uniqueIndex('supervision_rules_built_in_idx').on(t.orgId).where(sql`${t.isBuiltIn} and ${t.deletedAt} is null`),
  ],
);

export const supervisionAlerts = pgTable(
  'supervision_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ruleId: uuid('rule_id')
      .notNull()
      .references(() => supervisionRules.id),
    personId: uuid('person_id').notNull(),
    /** The person's organisation when the alert was raised (who may see it follows this path). */
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    /** The streak's first missed working day, or the period's first day. */
    periodKey: date('period_key').notNull(),
    stage: text('stage', { enum: ['reminded', 'reported'] }).notNull(),
    status: text('status', { enum: ['open', 'seen', 'explained', 'closed'] })
      .notNull()
      .default('open'),
    severity: text('severity', { enum: ['low', 'medium', 'high'] }).notNull(),
    /** The evaluation day that last changed it (raised, grown, escalated). */
    day: date('day').notNull(),
    evidence: jsonb('evidence').$type<StoredEvidence>().notNull(),
    explanation: text('explanation'),
    explainedAt: timestamp('explained_at', { withTimezone: true }),
    explainedBy: uuid('explained_by'),
    seenAt: timestamp('seen_at', { withTimezone: true }),
    seenBy: uuid('seen_by'),
    outcome: text('outcome', { enum: ['reminded', 'talk', 'no_action', 'false_alarm'] }),
    outcomeNote: text('outcome_note'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by'),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
    reportedAt: timestamp('reported_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('supervision_alerts_streak_idx').on(t.ruleId, t.personId, t.periodKey),
    index('supervision_alerts_path_idx').on(t.orgPath.op('text_pattern_ops'), t.raisedAt),
    index('supervision_alerts_person_idx').on(t.personId, t.raisedAt),
    index('supervision_alerts_unclosed_idx').on(t.orgPath.op('text_pattern_ops')).where(sql`${t.status} <> 'closed'`),
  ],
);

/** Days a false alarm excused (leave, sickness): left out of every rule's count for that person. */
export const supervisionExcusedDays = pgTable(
  'supervision_excused_days',
  {
    personId: uuid('person_id').notNull(),
    day: date('day').notNull(),
    alertId: uuid('alert_id')
      .notNull()
      .references(() => supervisionAlerts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.day] })],
);
