// The quiz module's request and answer shapes (每日答题), shared by the server and the web.
import { z } from 'zod';

export const QuizLimits = {
  questionCountMax: 50,
  noRepeatDaysMax: 365,
  mixEntriesMax: 30,
  categoryMax: 50,
  answerPartsMax: 20,
  answerPartMax: 200,
} as const;

/** Defaults where no organisation up the tree set rules. */
export const DefaultQuizRules = {
  questionCount: 5,
  categoryMix: {},
  difficultyMix: {},
  noRepeatDays: 30,
  weeklyQuestionCount: 10,
} as const;

const Weight = z.number().int().min(0).max(100);
const WeeklyQuestionCount = z.number().int().min(1).max(QuizLimits.questionCountMax);

export const QuizRulesInput = z.strictObject({
  questionCount: z.number().int().min(1).max(QuizLimits.questionCountMax),
  /** Category → weight; empty means any category. */
  categoryMix: z
    .record(z.string().min(1).max(QuizLimits.categoryMax), Weight)
    .refine((m) => Object.keys(m).length <= QuizLimits.mixEntriesMax, 'quiz.mix_too_long'),
  /** Difficulty (1 易, 2 中, 3 难) → weight; empty means any difficulty. */
  difficultyMix: z.partialRecord(z.enum(['1', '2', '3']), Weight),
  noRepeatDays: z.number().int().min(0).max(QuizLimits.noRepeatDaysMax),
  /**
   * Questions of the weekly quiz (每周答题), drawn by the same mixes. Omitted: the org keeps the
   * count that applies to it now (its own rules', else the inherited or default one).
   */
  weeklyQuestionCount: WeeklyQuestionCount.optional(),
});
export type QuizRulesInput = z.infer<typeof QuizRulesInput>;

export const QuizRules = QuizRulesInput.extend({
  weeklyQuestionCount: WeeklyQuestionCount,
  orgId: z.number().int(),
  /** Whether this org set the rules itself (else they come from an org above, or the defaults). */
  isOwn: z.boolean(),
});
export const QuizRulesResponse = z.object({ data: QuizRules });

export const AnswerQuestionInput = z.strictObject({
  /** The question's place in the paper, from 0. */
  position: z.number().int().min(0).max(QuizLimits.questionCountMax),
  /** Display keys (A, B…), 'true'/'false' for judge, or one text per blank for fill. */
  answer: z.array(z.string().max(QuizLimits.answerPartMax)).min(1).max(QuizLimits.answerPartsMax),
});
export type AnswerQuestionInput = z.infer<typeof AnswerQuestionInput>;

const QuestionTypeEnum = z.enum(['single', 'multiple', 'judge', 'fill']);

export const PaperQuestion = z.object({
  position: z.number().int(),
  type: QuestionTypeEnum,
  stem: z.string(),
  /** Options with display keys, in this person's order. */
  options: z.array(z.object({ key: z.string(), text: z.string() })),
  /** Null until answered: the right answer never leaves the server before the person's does. */
  given: z.array(z.string()).nullable(),
  isCorrect: z.boolean().nullable(),
  correctAnswer: z.array(z.string()).nullable(),
  explanation: z.string().nullable(),
});

export const QuizPaper = z.object({
  id: z.uuid(),
  kind: z.enum(['daily', 'weekly', 'special', 'challenge']),
  day: z.string(),
  total: z.number().int(),
  answered: z.number().int(),
  correct: z.number().int(),
  score: z.number(),
  startedAt: z.string(),
  /** The server's deadline for answers (the week's end, a special quiz's time limit); null for none. */
  deadlineAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  /** The special quiz this paper is an attempt at, and its pass mark; null for other kinds. */
  specialQuizId: z.uuid().nullable(),
  passMark: z.number().int().nullable(),
  /** Whether the finished paper reached the pass mark; null until finished or without one. */
  passed: z.boolean().nullable(),
  questions: z.array(PaperQuestion),
});
export const QuizPaperResponse = z.object({ data: QuizPaper });

export const AnswerResult = z.object({
  isCorrect: z.boolean(),
  correctAnswer: z.array(z.string()),
  explanation: z.string().nullable(),
  paper: QuizPaper.omit({ questions: true }),
});
export const AnswerResultResponse = z.object({ data: AnswerResult });
