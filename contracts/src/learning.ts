// Learning points, study hours (学时) and answer rates (答题率): the point rules with their labels,
// the settings an organisation sets for its subtree, and a member's own record, shared by the
// server and the web.
import { z } from 'zod';
import { OrgId } from './common.ts';

/** What earns points. Minutes rules earn per whole minute of the day's reading or watching. */
export const PointActions = [
  'article.read',
  'reading.minutes',
  'video.watched',
  'watching.minutes',
  'quiz.daily.correct',
  'quiz.weekly.correct',
  'quiz.special.correct',
  'quiz.challenge.correct',
] as const;
export type PointAction = (typeof PointActions)[number];

export const PointActionLabels: Record<PointAction, { zh: string; en: string }> = {
  'article.read': { zh: '阅读文章', en: 'Articles read' },
  'reading.minutes': { zh: '阅读时长', en: 'Reading time' },
  'video.watched': { zh: '观看视频', en: 'Videos watched' },
  'watching.minutes': { zh: '视听时长', en: 'Watching time' },
  'quiz.daily.correct': { zh: '每日答题', en: 'Daily quiz' },
  'quiz.weekly.correct': { zh: '每周答题', en: 'Weekly quiz' },
  'quiz.special.correct': { zh: '专项答题', en: 'Special quiz' },
  'quiz.challenge.correct': { zh: '挑战答题', en: 'Challenge quiz' },
};

/** How each rule's unit reads ("每篇 1 分"), for the rules table and the member's screen. */
export const PointActionUnits: Record<PointAction, { zh: string; en: string }> = {
  'article.read': { zh: '每读完一篇', en: 'per article read to the end' },
  'reading.minutes': { zh: '每阅读 1 分钟', en: 'per minute read' },
  'video.watched': { zh: '每看完一个视频', en: 'per video watched' },
  'watching.minutes': { zh: '每观看 1 分钟', en: 'per minute watched' },
  'quiz.daily.correct': { zh: '每答对一题', en: 'per right answer' },
  'quiz.weekly.correct': { zh: '每答对一题', en: 'per right answer' },
  'quiz.special.correct': { zh: '每答对一题', en: 'per right answer' },
  'quiz.challenge.correct': { zh: '每答对一题', en: 'per right answer' },
};

export type PointRuleValue = { action: PointAction; points: number; dailyCap: number | null; isEnabled: boolean };

/** 学习强国's 2019 rules, the default where no organisation up the tree set its own. */
export const DefaultPointRules: readonly PointRuleValue[] = [
  { action: 'article.read', points: 1, dailyCap: 6, isEnabled: true },
  { action: 'reading.minutes', points: 1, dailyCap: 6, isEnabled: true },
  { action: 'video.watched', points: 1, dailyCap: 6, isEnabled: true },
  { action: 'watching.minutes', points: 1, dailyCap: 6, isEnabled: true },
  { action: 'quiz.daily.correct', points: 1, dailyCap: 6, isEnabled: true },
  { action: 'quiz.weekly.correct', points: 1, dailyCap: 5, isEnabled: true },
  { action: 'quiz.special.correct', points: 1, dailyCap: 10, isEnabled: true },
  { action: 'quiz.challenge.correct', points: 1, dailyCap: 6, isEnabled: true },
];

/** The national party-member education plan's annual study hours: members; secretaries and committee members. */
export const DefaultHoursTargets = { member: 32, leader: 56 } as const;

export const LearningLimits = { pointsMax: 100, dailyCapMax: 1000, hoursTargetMax: 1000 } as const;

export const PointRuleInput = z.strictObject({
  action: z.enum(PointActions),
  points: z.number().int().min(0).max(LearningLimits.pointsMax),
  /** Null: no daily cap. */
  dailyCap: z.number().int().min(1).max(LearningLimits.dailyCapMax).nullable(),
  isEnabled: z.boolean(),
});

const Hours = z.number().min(0).max(LearningLimits.hoursTargetMax).multipleOf(0.5);

export const LearningSettingsInput = z.strictObject({
  /** Each action at most once; an action left out keeps the default rule. */
  pointRules: z
    .array(PointRuleInput)
    .max(PointActions.length)
    .superRefine((rules, ctx) => {
      const seen = new Set<string>();
      rules.forEach((r, i) => {
        if (seen.has(r.action)) ctx.addIssue({ code: 'custom', path: [i, 'action'], message: 'learning.rule_twice' });
        seen.add(r.action);
      });
    }),
  rankingsEnabled: z.boolean(),
  memberHoursTarget: Hours,
  leaderHoursTarget: Hours,
});
export type LearningSettingsInput = z.infer<typeof LearningSettingsInput>;

const PointRuleView = PointRuleInput.extend({ label: z.string(), unit: z.string() });

export const LearningSettings = z.object({
  orgId: OrgId,
  /** Whether this org set them itself; else they come from `fromOrg` above, or the defaults (null). */
  isOwn: z.boolean(),
  fromOrg: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  pointRules: z.array(PointRuleView),
  rankingsEnabled: z.boolean(),
  memberHoursTarget: z.number(),
  leaderHoursTarget: z.number(),
  updatedAt: z.string().nullable(),
});
export const LearningSettingsResponse = z.object({ data: LearningSettings });

const RatePeriod = z.object({
  from: z.string(),
  to: z.string(),
  /** Completed ÷ working days, 0–1; null when the period has no working day yet. */
  rate: z.number().nullable(),
  completedDays: z.number().int(),
  workingDays: z.number().int(),
  /** Some days of the period are in a year whose holidays are not confirmed yet. */
  isProvisional: z.boolean(),
});
export type RatePeriodView = z.infer<typeof RatePeriod>;

export const LearningRecord = z.object({
  personId: z.uuid(),
  personName: z.string(),
  today: z.string(),
  points: z.object({ total: z.number().int(), today: z.number().int(), thisYear: z.number().int() }),
  /** Today's points by rule, with the cap and whether it is reached. */
  todayByRule: z.array(
    z.object({
      action: z.enum(PointActions),
      label: z.string(),
      unit: z.string(),
      points: z.number().int(),
      earned: z.number().int(),
      dailyCap: z.number().int().nullable(),
      isCapReached: z.boolean(),
      isEnabled: z.boolean(),
    }),
  ),
  studyHours: z.object({
    year: z.number().int(),
    hours: z.number(),
    targetHours: z.number(),
    /** The 56-hour target of branch secretaries and committee members (by register position). */
    isLeaderTarget: z.boolean(),
    /** Hours by source. */
    bySource: z.object({ reading: z.number(), watching: z.number(), other: z.number() }),
  }),
  answerRate: z.object({ month: RatePeriod, year: RatePeriod }),
  lastStudiedOn: z.string().nullable(),
  rankingsEnabled: z.boolean(),
});
export const LearningRecordResponse = z.object({ data: LearningRecord });

export const PointsLedgerEntry = z.object({
  id: z.number().int(),
  day: z.string(),
  action: z.string(),
  label: z.string(),
  points: z.number().int(),
  isDelegated: z.boolean(),
  createdAt: z.string(),
});

export const LearningRanking = z.object({
  year: z.number().int(),
  points: z.number().int(),
  places: z.array(
    z.object({
      scope: z.enum(['branch', 'township']),
      orgName: z.string(),
      rank: z.number().int(),
      of: z.number().int(),
    }),
  ),
});
export const LearningRankingResponse = z.object({ data: LearningRanking });
