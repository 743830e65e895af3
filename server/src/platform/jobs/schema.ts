import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// The same list as the contracts' JobStatuses (runner.ts checks they agree); kept literal here so
// drizzle-kit reads this file without the workspace packages.
export const JobStatuses = ['queued', 'running', 'interrupted', 'succeeded', 'rejected', 'failed'] as const;

// Long work a user started and waits for (Excel import, export). pg-boss runs it; this row is what
// the user polls: status, phase, progress, the result summary and the files it produced. A job is
// private to the account that started it.
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(), // 'people.import', 'people.export', 'orgs.import'
    status: text('status', { enum: JobStatuses }).notNull().default('queued'),
    phase: text('phase'), // e.g. 'reading', 'writing', 'report'
    done: integer('done').notNull().default(0),
    total: integer('total'),
    params: jsonb('params').$type<Record<string, unknown>>().notNull(),
    result: jsonb('result').$type<Record<string, unknown>>(),
    errorCode: text('error_code'),
    requestedBy: uuid('requested_by').notNull(),
    orgId: integer('org_id'),
    lang: text('lang', { enum: ['zh', 'en'] })
      .notNull()
      .default('zh'),
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('jobs_requester_idx').on(t.requestedBy, t.createdAt)],
);
