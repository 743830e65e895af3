// The learning dashboards of an org subtree (学习统计): figures over a period, the daily trend, the
// child orgs ranked, the people who have not studied for N working days, and their Excel exports.
import { z } from 'zod';
import { CalendarDay } from './calendar.ts';
import { Limits } from './common.ts';

export const LearningDashboardLimits = {
  /** The longest period a dashboard sums: a year (leap years included). */
  rangeDaysMax: 366,
  /** "Not studied for N working days": N from 1 to a quarter's working days. */
  workdaysMin: 1,
  workdaysMax: 60,
  workdaysDefault: 3,
} as const;

export const ChildRankBy = z.enum(['answerRate', 'participation']);
export type ChildRankBy = z.infer<typeof ChildRankBy>;

export const LearningDashboardQuery = z.object({
  /** China days, inclusive; default this month up to today. */
  from: CalendarDay.optional(),
  to: CalendarDay.optional(),
  rankBy: ChildRankBy.default('answerRate'),
});
export type LearningDashboardQuery = z.infer<typeof LearningDashboardQuery>;

const Rate = z.number().nullable().describe('0–1; null when there is nothing to divide by');

/** The figures of one subtree over the period. */
export const LearningFigures = z.object({
  /** Active party members of the subtree in the register now. */
  members: z.number().int(),
  /** Person-days with any learning (a person counts once a day). */
  activePersonDays: z.number().int(),
  /** Person-days on working days ÷ (members × working days). */
  participationRate: Rate,
  /** Daily quizzes completed on working days ÷ (members × working days). */
  answerRate: Rate,
  dailyCompleted: z.number().int(),
  answers: z.number().int(),
  correct: z.number().int(),
  correctRate: Rate,
  readMinutes: z.number().int(),
  watchMinutes: z.number().int(),
  points: z.number().int(),
  /** What relatives did acting for elderly members: share of the study time, of the answers, of the person-days. */
  delegated: z.object({
    minutes: z.number().int(),
    answers: z.number().int(),
    personDays: z.number().int(),
    timeShare: Rate,
    answerShare: Rate,
    personDayShare: Rate,
  }),
});
export type LearningFigures = z.infer<typeof LearningFigures>;

/** Distinct people who studied since the start of today / this week / this month. */
const Participation = z.object({ people: z.number().int(), rate: Rate, since: z.string() });

export const StudyHourProgress = z.object({
  year: z.number().int(),
  /** Share of the year gone by the period's end (the pro-rata target). */
  yearShare: z.number(),
  memberTargetHours: z.number(),
  leaderTargetHours: z.number(),
  /** Members whose hours this year reach their target pro rata. */
  onTrack: z.number().int(),
  onTrackRate: Rate,
  averageHours: z.number(),
});

export const LearningChildRow = LearningFigures.extend({
  org: z.object({ id: z.number().int(), name: z.string(), hasChildren: z.boolean() }),
  /** The org's own members and facts (not a child): listed so the rows add up to the totals. */
  isSelf: z.boolean(),
  rank: z.number().int().nullable(),
});

export const LearningDashboard = z.object({
  org: z.object({ id: z.number().int(), name: z.string(), parentId: z.number().int().nullable() }),
  from: z.string(),
  to: z.string(),
  today: z.string(),
  /** Working days of the period up to today, the rates' denominator. */
  workdays: z.number().int(),
  /** Some days of the period lie in a year whose holidays are not confirmed: the rates may change. */
  isProvisional: z.boolean(),
  totals: LearningFigures,
  participation: z.object({ today: Participation, week: Participation, month: Participation }),
  studyHours: StudyHourProgress,
  /**
   * When the register side (members, week and month participation, study hours) was counted: a
   * snapshot refreshed every ten minutes for a period that reaches today, else counted now.
   */
  membersComputedAt: z.string(),
  series: z.array(
    z.object({
      day: z.string(),
      isWorkday: z.boolean(),
      activePeople: z.number().int(),
      dailyCompleted: z.number().int(),
      participationRate: Rate,
      answerRate: Rate,
      minutes: z.number().int(),
    }),
  ),
  rankBy: ChildRankBy,
  children: z.array(LearningChildRow),
});
export type LearningDashboard = z.infer<typeof LearningDashboard>;
export const LearningDashboardResponse = z.object({ data: LearningDashboard });

export const InactiveQuery = z.object({
  workdays: z.coerce
    .number()
    .int()
    .min(LearningDashboardLimits.workdaysMin)
    .max(LearningDashboardLimits.workdaysMax)
    .default(LearningDashboardLimits.workdaysDefault),
  page: z.coerce.number().int().min(1).max(Limits.pageMax).default(1),
  pageSize: z.coerce.number().int().min(1).max(Limits.pageSizeMax).default(Limits.pageSizeDefault),
});
export type InactiveQuery = z.infer<typeof InactiveQuery>;

export const InactivePerson = z.object({
  id: z.uuid(),
  name: z.string(),
  position: z.string().nullable(),
  /** Masked unless the viewer may see phones, as on the register. */
  phone: z.string().nullable(),
  org: z.object({ id: z.number().int(), name: z.string() }),
  lastStudiedOn: z.string().nullable(),
});
export type InactivePerson = z.infer<typeof InactivePerson>;

export const InactiveListResponse = z.object({
  data: z.array(InactivePerson),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
  /** Studied before this day (or never): the first of the last N working days. */
  since: z.string(),
  workdays: z.number().int(),
  isProvisional: z.boolean(),
});

export const LearningExportKind = z.enum(['dashboard', 'inactive']);

/** dashboard: the child-org table of the period (from, to, rankBy); inactive: the whole list (workdays). */
export const StartLearningExportRequest = z.strictObject({
  kind: LearningExportKind,
  from: CalendarDay.optional(),
  to: CalendarDay.optional(),
  rankBy: ChildRankBy.optional(),
  workdays: z
    .number()
    .int()
    .min(LearningDashboardLimits.workdaysMin)
    .max(LearningDashboardLimits.workdaysMax)
    .optional(),
});
export type StartLearningExportRequest = z.infer<typeof StartLearningExportRequest>;
