import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
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

export const QuizKinds = ['daily', 'weekly', 'special', 'challenge'] as const;
export type QuizKind = (typeof QuizKinds)[number];

// How the daily quiz is drawn for an organisation's subtree. The nearest ancestor's row applies;
// with none, the defaults in rules.ts. Mixes are weights (category → weight, difficulty → weight);
// an empty mix means "any".
export const quizRules = pgTable('quiz_rules', {
  orgId: integer('org_id')
    .primaryKey()
    .references(() => orgs.id),
  orgPath: text('org_path').notNull(),
  questionCount: smallint('question_count').notNull(),
  categoryMix: jsonb('category_mix').$type<Record<string, number>>().notNull(),
  difficultyMix: jsonb('difficulty_mix').$type<Record<string, number>>().notNull(),
  noRepeatDays: smallint('no_repeat_days').notNull(),
  weeklyQuestionCount: smallint('weekly_question_count').notNull().default(10),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const SpecialQuizStatuses = ['draft', 'published', 'closed'] as const;

// A special quiz (专项答题) an office defines for its org's subtree: a window, a time limit per
// attempt, how its papers are drawn (the mixes, optionally only among questions with some tags, or
// a fixed list of bank questions), a pass mark,
// the attempts allowed, and optionally only some roles or cadre ranks. Each attempt is a paper.
export const specialQuizzes = pgTable(
  'special_quizzes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    orgPath: text('org_path').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    status: text('status', { enum: SpecialQuizStatuses }).notNull().default('draft'),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    timeLimitMinutes: smallint('time_limit_minutes'),
    questionCount: smallint('question_count').notNull(),
    categoryMix: jsonb('category_mix').$type<Record<string, number>>().notNull(),
    difficultyMix: jsonb('difficulty_mix').$type<Record<string, number>>().notNull(),
    questionIds: jsonb('question_ids').$type<string[]>().notNull(),
    /** Draw only enabled questions having any of these tags; empty: the whole bank. */
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    passMark: smallint('pass_mark').notNull(),
    attemptsAllowed: smallint('attempts_allowed').notNull(),
    audienceRoles: text('audience_roles').array().notNull().default(sql`'{}'::text[]`),
    audienceCadreRanks: text('audience_cadre_ranks').array().notNull().default(sql`'{}'::text[]`),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [index('special_quizzes_org_path_idx').on(t.orgPath), index('special_quizzes_window_idx').on(t.closesAt)],
);

// One paper a person answers. A daily paper is unique per (person, China day): the unique index
// makes concurrent opens agree on one row. The org columns are the person's org when drawn.
export const quizPapers = pgTable(
  'quiz_papers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    orgPath: text('org_path').notNull(),
    kind: text('kind', { enum: QuizKinds }).notNull(),
    day: date('day').notNull(),
    total: smallint('total').notNull(),
    correct: smallint('correct').notNull().default(0),
    /**
     * The positions answered so far, kept on the paper row itself so that an answer's single
     * statement (commands/answer-fast.ts) can refuse a second answer to a position under the paper
     * row's lock: a concurrent duplicate re-reads this column, not a snapshot of the question rows.
     */
    answeredPositions: smallint('answered_positions').array().notNull().default(sql`'{}'::smallint[]`),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    deadlineAt: timestamp('deadline_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /** A special quiz's attempt: the quiz, the attempt's number from 1, its pass mark when started. */
    specialQuizId: uuid('special_quiz_id').references(() => specialQuizzes.id),
    attempt: smallint('attempt'),
    passMark: smallint('pass_mark'),
  },
  (t) => [
    uniqueIndex('quiz_papers_daily_once').on(t.personId, t.day).where(sql`${t.kind} = 'daily'`),
    // A weekly paper per (person, ISO week): `day` is the week's Monday (China time).
    uniqueIndex('quiz_papers_weekly_once').on(t.personId, t.day).where(sql`${t.kind} = 'weekly'`),
    // Concurrent starts of one attempt agree on one row; the count of rows is the attempts used.
    uniqueIndex('quiz_papers_special_attempt').on(t.specialQuizId, t.personId, t.attempt),
    // At most one challenge under way per person.
    uniqueIndex('quiz_papers_challenge_open')
      .on(t.personId)
      .where(sql`${t.kind} = 'challenge' and ${t.completedAt} is null`),
    // The sweep that closes papers whose time is up. Only papers with a deadline: an answer's gate
    // (`completed_at is null and (deadline_at is null or …)`, commands/answer-fast.ts) must not match
    // this predicate, or the planner may walk every open paper's entry instead of the primary key.
    index('quiz_papers_open_deadline_idx')
      .on(t.deadlineAt)
      .where(sql`${t.completedAt} is null and ${t.deadlineAt} is not null`),
    index('quiz_papers_person_idx').on(t.personId, t.day),
    index('quiz_papers_org_path_idx').on(t.orgPath),
  ],
);

/** What the paper keeps of a bank question, so later bank edits never change a drawn paper. */
export type QuestionSnapshot = {
  type: 'single' | 'multiple' | 'judge' | 'fill';
  stem: string;
  /** The bank's options, in the bank's order, with the bank's keys. */
  options: { key: string; text: string }[];
  /** The right answer in the bank's keys (see question-bank/schema.ts). */
  answer: string[];
  explanation: string | null;
};

// The questions of a paper, by position. `option_order` lists the bank's option keys in the order
// this person sees them (display key A is option_order[0]): the shuffle per person.
export const quizPaperQuestions = pgTable(
  'quiz_paper_questions',
  {
    paperId: uuid('paper_id')
      .notNull()
      .references(() => quizPapers.id),
    position: smallint('position').notNull(),
    questionId: uuid('question_id').notNull(),
    snapshot: jsonb('snapshot').$type<QuestionSnapshot>().notNull(),
    optionOrder: jsonb('option_order').$type<string[]>().notNull(),
    /** The answer as the person gave it, in display keys (or fill texts). */
    given: jsonb('given').$type<string[]>(),
    isCorrect: boolean('is_correct'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.paperId, t.position] }),
    index('quiz_paper_questions_question_idx').on(t.questionId),
  ],
);
