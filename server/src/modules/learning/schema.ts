import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgs } from '../../core/org/schema.ts';
import { people } from '../../core/people/schema.ts';

// The learning module's own facts, built after commit by its subscriber from the content, video
// and quiz events (never in the member's transaction). Dashboards read these, not raw events.
// Rows per day carry the org the person belonged to that day (history stays where it happened);
// an org move rewrites their copied paths (org-paths.ts). Per-person totals carry no org: they
// are joined to the register for the person's current org.

/** One point-rule: an action earns `points` each time, at most `dailyCap` a day (null: no cap). */
export type PointRule = { action: string; points: number; dailyCap: number | null; isEnabled: boolean };

// Learning settings of an organisation's subtree: the nearest ancestor's row applies; with none,
// the built-in defaults (学习强国's 2019 rules, 32 / 56 study hours).
export const learningSettings = pgTable('learning_settings', {
  orgId: integer('org_id')
    .primaryKey()
    .references(() => orgs.id),
  orgPath: text('org_path').notNull(),
  pointRules: jsonb('point_rules').$type<PointRule[]>().notNull(),
  /** Off: no personal rankings anywhere in the subtree, only org-level figures (2019 notice). */
  rankingsEnabled: boolean('rankings_enabled').notNull().default(true),
  /** Annual study-hour targets: members; branch secretaries and committee members. */
  memberHoursTarget: numeric('member_hours_target', { mode: 'number' }).notNull(),
  leaderHoursTarget: numeric('leader_hours_target', { mode: 'number' }).notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// The points ledger: one row per award. A redelivered event awards nothing twice: the source
// event and action are unique. A capped award that would pass the day's cap is not written.
export const learningPoints = pgTable(
  'learning_points',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    /** China day the points count for. */
    day: date('day').notNull(),
    action: text('action').notNull(),
    points: smallint('points').notNull(),
    sourceEventId: bigint('source_event_id', { mode: 'number' }),
    isDelegated: boolean('is_delegated').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('learning_points_source_once').on(t.sourceEventId, t.action).where(sql`${t.sourceEventId} is not null`),
    index('learning_points_person_day_idx').on(t.personId, t.day),
  ],
);

// One row per person per China day with any learning: the fact table for a person's record and
// for lists of people in a subtree.
export const learningPersonDays = pgTable(
  'learning_person_days',
  {
    personId: uuid('person_id').notNull(),
    day: date('day').notNull(),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    readSeconds: integer('read_seconds').notNull().default(0),
    watchSeconds: integer('watch_seconds').notNull().default(0),
    articlesRead: smallint('articles_read').notNull().default(0),
    videosWatched: smallint('videos_watched').notNull().default(0),
    answers: smallint('answers').notNull().default(0),
    correct: smallint('correct').notNull().default(0),
    dailyCompleted: boolean('daily_completed').notNull().default(false),
    points: integer('points').notNull().default(0),
    /** What a relative did acting for the member (counted above too). */
    delegatedSeconds: integer('delegated_seconds').notNull().default(0),
    delegatedAnswers: smallint('delegated_answers').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.day] }),
    index('learning_person_days_subtree_idx').on(t.day, t.orgPath.op('text_pattern_ops')),
  ],
);

// Per organisation (that org only, never its ancestors: no hot root row) per China day: the
// sums of its people's days. A subtree's figure is a sum over the path prefix.
export const learningOrgDays = pgTable(
  'learning_org_days',
  {
    orgId: integer('org_id').notNull(),
    day: date('day').notNull(),
    orgPath: text('org_path').notNull(),
    /** People with any learning that day (a person counts once per day). */
    activePeople: integer('active_people').notNull().default(0),
    dailyCompleted: integer('daily_completed').notNull().default(0),
    readSeconds: bigint('read_seconds', { mode: 'number' }).notNull().default(0),
    watchSeconds: bigint('watch_seconds', { mode: 'number' }).notNull().default(0),
    answers: integer('answers').notNull().default(0),
    correct: integer('correct').notNull().default(0),
    points: integer('points').notNull().default(0),
    delegatedSeconds: bigint('delegated_seconds', { mode: 'number' }).notNull().default(0),
    delegatedAnswers: integer('delegated_answers').notNull().default(0),
    /** People a relative learned for that day. */
    delegatedPeople: integer('delegated_people').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.day] }),
    index('learning_org_days_subtree_idx').on(t.day, t.orgPath.op('text_pattern_ops')),
  ],
);

// Per person and year: study hours (学时) in seconds by source, and points.
export const learningPersonYears = pgTable(
  'learning_person_years',
  {
    personId: uuid('person_id').notNull(),
    year: smallint('year').notNull(),
    readSeconds: integer('read_seconds').notNull().default(0),
    watchSeconds: integer('watch_seconds').notNull().default(0),
    /** Meetings and lectures (三会一课) and other credited study, added by later modules. */
    otherSeconds: integer('other_seconds').notNull().default(0),
    points: integer('points').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.personId, t.year] })],
);

// Per person: running totals and the last days, for "not studied for N working days".
// The index on the last study day lets the not-studied list (inactive.ts) walk people from the
// longest ago and stop after a page.
export const learningPersonStatus = pgTable(
  'learning_person_status',
  {
    personId: uuid('person_id').primaryKey(),
    pointsTotal: integer('points_total').notNull().default(0),
    lastStudiedOn: date('last_studied_on'),
    lastDailyQuizOn: date('last_daily_quiz_on'),
  },
  (t) => [index('learning_person_status_last_idx').on(t.lastStudiedOn, t.personId)],
);

// The register side of the dashboards per org, a snapshot (member-stats.ts): the org's own
// active party members (never its subtree: a subtree's figure is a sum over the path prefix, like
// learning_org_days), how many studied since the week's and the month's start of `day`, their
// study seconds of `year` and how many are on track for it at `day`. Recomputed for every org in
// one grouped pass by the learning.member-stats cron; `computedAt` is shown on the dashboard.
export const learningOrgMemberStats = pgTable(
  'learning_org_member_stats',
  {
    orgId: integer('org_id').primaryKey(),
    orgPath: text('org_path').notNull(),
    /** The China day the counts are for (week, month, year share). */
    day: date('day').notNull(),
    year: smallint('year').notNull(),
    members: integer('members').notNull().default(0),
    leaders: integer('leaders').notNull().default(0),
    sinceWeek: integer('since_week').notNull().default(0),
    sinceMonth: integer('since_month').notNull().default(0),
    studySeconds: bigint('study_seconds', { mode: 'number' }).notNull().default(0),
    onTrack: integer('on_track').notNull().default(0),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('learning_org_member_stats_path_idx').on(t.orgPath.op('text_pattern_ops'))],
);
