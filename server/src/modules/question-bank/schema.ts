import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgs } from '../../core/org/schema.ts';

export const QuestionTypes = ['single', 'multiple', 'judge', 'fill'] as const; // 单选 多选 判断 填空
export type QuestionType = (typeof QuestionTypes)[number];

/** One option of a choice question; `key` is the letter shown in the bank (A, B, C…). */
export type QuestionOption = { key: string; text: string };

// The question bank. A question belongs to the organisation that wrote it (the city's bank sits at
// the root) and is usable by that organisation's subtree. `answer` holds the right option keys for
// single/multiple choice, ['true'] or ['false'] for judge, and for fill one entry per blank, each a
// list of accepted answers joined by '|' (e.g. ['中国共产党|共产党']). Questions are never deleted
// once used: `is_disabled` takes them out of new papers and keeps the history readable.
export const questions = pgTable(
  'questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    orgPath: text('org_path').notNull(),
    type: text('type', { enum: QuestionTypes }).notNull(),
    stem: text('stem').notNull(),
    options: jsonb('options').$type<QuestionOption[]>().notNull().default(sql`'[]'::jsonb`),
    answer: jsonb('answer').$type<string[]>().notNull(),
    explanation: text('explanation'),
    category: text('category').notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    difficulty: smallint('difficulty').notNull().default(2), // 1 易 2 中 3 难
    source: text('source'), // e.g. 党章, 准则, 条例
    isDisabled: boolean('is_disabled').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Subtree lists and the pool match org_path by prefix: text_pattern_ops lets LIKE 'x%' use it.
    index('questions_org_path_idx').on(sql`${t.orgPath} text_pattern_ops`),
    index('questions_org_idx').on(t.orgId), // the duplicate-stem check looks within one org
    index('questions_pool_idx').on(t.category, t.difficulty).where(sql`not ${t.isDisabled}`),
  ],
);
