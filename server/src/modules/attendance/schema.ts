import type { AttendanceWindow, PlaceShape, PunchFlag } from '@hongyun/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgs } from '../../core/org/schema.ts';
import { people } from '../../core/people/schema.ts';

// Attendance (打考勤): the places an organisation keeps for check-in, the windows of its day, and
// every punch with its judgement. Scoped by the org's row (joined for its path), so an org move
// needs no copy rewritten.

export const attendancePlaces = pgTable(
  'attendance_places',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    name: text('name').notNull(),
    shape: jsonb('shape').$type<PlaceShape>().notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('attendance_places_org_idx').on(t.orgId).where(sql`${t.deletedAt} is null`)],
);

/** The windows of an organisation's day; its subtree follows the nearest organisation that has some. */
export const attendanceWindows = pgTable('attendance_windows', {
  orgId: integer('org_id')
    .primaryKey()
    .references(() => orgs.id),
  windows: jsonb('windows').$type<AttendanceWindow[]>().notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const attendancePunches = pgTable(
  'attendance_punches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    /** The person's organisation when they punched. */
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    accountId: uuid('account_id').notNull(),
    /** China date of `punched_at`. */
    day: date('day').notNull(),
    /** When the button was pressed, by the phone's clock corrected for its skew at sending. */
    punchedAt: timestamp('punched_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    windowKey: text('window_key'),
    windowLabel: text('window_label'),
    timing: text('timing', { enum: ['on_time', 'late', 'early', 'off_window', 'rest_day'] }).notNull(),
    inside: boolean('inside').notNull(),
    placeId: uuid('place_id'),
    placeName: text('place_name'),
    distanceM: real('distance_m'),
    /** Position: exact until the retention period ends, then rounded to about a kilometre. */
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
    coarsenedAt: timestamp('coarsened_at', { withTimezone: true }),
    accuracyM: real('accuracy_m').notNull(),
    method: text('method', { enum: ['gps', 'network', 'manual'] }).notNull(),
    source: text('source', { enum: ['h5', 'app', 'import'] }).notNull(),
    remark: text('remark'),
    approval: text('approval', { enum: ['none', 'pending', 'approved', 'rejected'] }).notNull(),
    flags: jsonb('flags').$type<PunchFlag[]>().notNull().default([]),
    review: text('review', { enum: ['none', 'pending', 'cleared', 'confirmed'] }).notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    duplicateOf: uuid('duplicate_of'),
  },
  (t) => [
    index('attendance_punches_person_day_idx').on(t.personId, t.day),
    index('attendance_punches_org_day_idx').on(t.orgId, t.day),
    index('attendance_punches_exact_idx').on(t.punchedAt).where(sql`${t.coarsenedAt} is null`),
    uniqueIndex('attendance_punches_person_time_idx').on(t.personId, t.punchedAt),
  ],
);
