// Weekly, special (专项答题) and challenge (挑战答题) quizzes: what an office sends to define a
// special quiz, what the console and the phone get back, and the phone's 答题 entry list.
import { z } from 'zod';
import { OrgId, Paged, PageQuery } from './common.ts';
import { CadreRanks } from './identity.ts';
import { QuestionLimits } from './question-bank.ts';
import { QuizLimits, QuizRulesInput } from './quiz.ts';
import { Roles } from './roles.ts';

export const SpecialQuizLimits = {
  titleMax: 100,
  descriptionMax: 2000,
  timeLimitMinutesMax: 600,
  attemptsMax: 10,
  /** A challenge ends at the first wrong answer or after this many right ones. */
  challengeMax: 30,
} as const;

export const SpecialQuizStatuses = ['draft', 'published', 'closed'] as const;
export type SpecialQuizStatus = (typeof SpecialQuizStatuses)[number];

const Instant = z.iso.datetime({ offset: true });

/** The fields an office edits (the org is chosen at creation and never changes). */
export const SpecialQuizFields = z.strictObject({
  title: z.string().trim().min(1).max(SpecialQuizLimits.titleMax),
  description: z.string().trim().max(SpecialQuizLimits.descriptionMax).default(''),
  opensAt: Instant,
  closesAt: Instant,
  /** Minutes per attempt, enforced by the server (deadline_at); null for no limit but the window. */
  timeLimitMinutes: z.number().int().min(1).max(SpecialQuizLimits.timeLimitMinutesMax).nullable(),
  /** Questions per attempt when drawn by the mixes; a fixed list gives its own length. */
  questionCount: z.number().int().min(1).max(QuizLimits.questionCountMax),
  categoryMix: QuizRulesInput.shape.categoryMix.default({}),
  difficultyMix: QuizRulesInput.shape.difficultyMix.default({}),
  /** A fixed list of bank questions (everyone gets these, in their own order); empty: draw by the mixes. */
  questionIds: z.array(z.uuid()).max(QuizLimits.questionCountMax).default([]),
  /**
   * Draw only enabled bank questions having any of these tags (the mixes then split within them);
   * empty: the whole bank. Not with a fixed list. Saving refuses a pool smaller than questionCount.
   */
  tags: z.array(z.string().trim().min(1).max(QuestionLimits.tagMax)).max(QuestionLimits.tagsMax).default([]),
  /** The score (0–100) that passes. */
  passMark: z.number().int().min(0).max(100),
  attemptsAllowed: z.number().int().min(1).max(SpecialQuizLimits.attemptsMax),
  /** Only holders of one of these roles; empty means everyone in the org's subtree. */
  audienceRoles: z.array(z.enum(Roles)).max(Roles.length).default([]),
  /** Only people of these cadre ranks; empty means everyone. */
  audienceCadreRanks: z.array(z.enum(CadreRanks)).max(CadreRanks.length).default([]),
});

const windowInOrder = (
  v: { opensAt: string; closesAt: string; questionIds: string[]; tags: string[] },
  ctx: z.RefinementCtx,
) => {
  if (Date.parse(v.closesAt) <= Date.parse(v.opensAt))
    ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'quiz.closes_before_opens' });
  if (v.questionIds.length > 0 && v.tags.length > 0)
    ctx.addIssue({ code: 'custom', path: ['tags'], message: 'quiz.tags_with_fixed_list' });
};

export const CreateSpecialQuizInput = SpecialQuizFields.extend({ orgId: OrgId }).superRefine(windowInOrder);
export type CreateSpecialQuizInput = z.infer<typeof CreateSpecialQuizInput>;
export const UpdateSpecialQuizInput = SpecialQuizFields.superRefine(windowInOrder);
export type UpdateSpecialQuizInput = z.infer<typeof UpdateSpecialQuizInput>;

export const SpecialQuiz = z.object({
  id: z.uuid(),
  orgId: z.number().int(),
  orgName: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.enum(SpecialQuizStatuses),
  opensAt: z.string(),
  closesAt: z.string(),
  timeLimitMinutes: z.number().int().nullable(),
  questionCount: z.number().int(),
  categoryMix: z.record(z.string(), z.number()),
  difficultyMix: z.record(z.string(), z.number()),
  questionIds: z.array(z.string()),
  tags: z.array(z.string()),
  passMark: z.number().int(),
  attemptsAllowed: z.number().int(),
  audienceRoles: z.array(z.string()),
  audienceCadreRanks: z.array(z.string()),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export const SpecialQuizResponse = z.object({ data: SpecialQuiz });
export const SpecialQuizListResponse = z.object({ data: z.array(SpecialQuiz) });

const ResultCounts = z.object({
  /** People with at least one finished attempt. */
  participants: z.number().int(),
  /** People whose best attempt reached the pass mark. */
  passed: z.number().int(),
  /** The mean of each participant's best score, rounded to one decimal; null with none. */
  averageScore: z.number().nullable(),
});
export const SpecialQuizResults = ResultCounts.extend({
  quizId: z.uuid(),
  byOrg: z.array(ResultCounts.extend({ orgId: z.number().int(), orgName: z.string() })),
});
export const SpecialQuizResultsResponse = z.object({ data: SpecialQuizResults });

/**
 * A person's standing in a special quiz: passed (best finished attempt at the pass mark), failed
 * (finished, never passed), not taken (in the audience with no finished attempt; an attempt under
 * way counts here until it is finished).
 */
export const SpecialQuizOutcomes = ['passed', 'failed', 'not_taken'] as const;
export type SpecialQuizOutcome = (typeof SpecialQuizOutcomes)[number];
export const SpecialQuizOutcomeLabels: Record<SpecialQuizOutcome, { zh: string; en: string }> = {
  passed: { zh: '及格', en: 'Passed' },
  failed: { zh: '不及格', en: 'Failed' },
  not_taken: { zh: '未完成', en: 'Not taken' },
};

export const SpecialQuizPeopleQuery = PageQuery.extend({ outcome: z.enum(SpecialQuizOutcomes).optional() });
export type SpecialQuizPeopleQuery = z.infer<typeof SpecialQuizPeopleQuery>;

export const SpecialQuizPersonResult = z.object({
  personId: z.uuid(),
  name: z.string(),
  /** Where they took it (their paper's org), or for someone who has not, their org now. */
  orgId: z.number().int(),
  orgName: z.string(),
  /** Attempts started, the one under way included. */
  attempts: z.number().int(),
  /** The best finished attempt's score (0–100); null with none finished. */
  bestScore: z.number().int().nullable(),
  passed: z.boolean(),
  outcome: z.enum(SpecialQuizOutcomes),
  /** When the best attempt was finished (the first to reach the best score); null with none. */
  finishedAt: z.string().nullable(),
});
export const SpecialQuizPeopleResponse = Paged(SpecialQuizPersonResult).extend({
  /** How many of the people the caller may see stand where, whatever the filter. */
  counts: z.object({ passed: z.number().int(), failed: z.number().int(), notTaken: z.number().int() }),
});

const PaperState = z.object({
  paperId: z.uuid().nullable(),
  answered: z.number().int(),
  total: z.number().int(),
  score: z.number().nullable(),
  deadlineAt: z.string().nullable(),
  completedAt: z.string().nullable(),
});

/** The phone's 答题 list: what the member can take now, and how far they are. */
export const QuizOverview = z.object({
  /** The server's clock, so the phone counts down from the server's time, not its own. */
  now: z.string(),
  daily: PaperState,
  weekly: PaperState.extend({ weekStart: z.string() }),
  specials: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      description: z.string(),
      opensAt: z.string(),
      closesAt: z.string(),
      timeLimitMinutes: z.number().int().nullable(),
      questionCount: z.number().int(),
      passMark: z.number().int(),
      attemptsAllowed: z.number().int(),
      attemptsUsed: z.number().int(),
      bestScore: z.number().nullable(),
      passed: z.boolean(),
      /** An attempt started and not yet finished (its deadline not passed). */
      openPaperId: z.uuid().nullable(),
    }),
  ),
  challenge: z.object({ best: z.number().int(), openPaperId: z.uuid().nullable(), max: z.number().int() }),
});
export const QuizOverviewResponse = z.object({ data: QuizOverview });
