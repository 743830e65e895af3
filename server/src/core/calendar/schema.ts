import { sql } from 'drizzle-orm';
import { boolean, check, date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// The workday calendar holds only what the weekday rule (Monday–Friday work) does not tell: public
// holidays (named, including the weekend days inside a holiday) and make-up working days (调休).
// A row with source 'admin' was entered or reverted by a system admin; the package seed never
// overwrites it. A reverted day keeps an admin row that matches the rule, so a later seed does not
// bring the package's value back.
export const calendarDays = pgTable(
  'calendar_days',
  {
    day: date('day', { mode: 'string' }).primaryKey(),
    isWorkday: boolean('is_workday').notNull(),
    nameZh: text('name_zh'),
    nameEn: text('name_en'),
    source: text('source').notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('calendar_days_source_check', sql`${t.source} in ('package', 'admin')`)],
);

// Which years' dates are known: a year without a confirmed row follows the weekday rule and every
// answer that depends on one of its days says so (unconfirmed).
export const calendarYears = pgTable(
  'calendar_years',
  {
    year: integer('year').primaryKey(),
    confirmed: boolean('confirmed').notNull(),
    source: text('source').notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('calendar_years_source_check', sql`${t.source} in ('package', 'admin')`)],
);
