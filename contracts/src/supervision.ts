// Supervision (数据监督): warning rules over behaviour data and the alerts they raise, shared by the
// server and the web. A rule is data an office edits at its level: who it watches (population), what
// it reads (a metric another module declares), when it fires (condition), whom it tells and how
// severe it is. Days are China dates 'YYYY-MM-DD'.
import { z } from 'zod';
import { CalendarDay } from './calendar.ts';
import { OrgId, OrgIdText, PageQuery } from './common.ts';
import { CadreRanks, FivePersonRoles } from './identity.ts';

export const SupervisionLimits = {
  nameMax: 60,
  descriptionMax: 500,
  explanationMax: 1000,
  noteMax: 500,
  streakDaysMax: 60,
  countMax: 500,
} as const;

export const Severities = ['low', 'medium', 'high'] as const;
export type Severity = (typeof Severities)[number];
export const SeverityLabels: Record<Severity, { zh: string; en: string }> = {
  low: { zh: '提示', en: 'Low' },
  medium: { zh: '关注', en: 'Medium' },
  high: { zh: '严重', en: 'High' },
};

export const RulePeriods = ['week', 'month', 'quarter'] as const;
export type RulePeriod = (typeof RulePeriods)[number];
export const RulePeriodLabels: Record<RulePeriod, { zh: string; en: string }> = {
  week: { zh: '每周', en: 'week' },
  month: { zh: '每月', en: 'month' },
  quarter: { zh: '每季度', en: 'quarter' },
};

/** Who a rule watches, inside the rule's organisation's subtree. Empty lists mean "any". */
export const RulePopulation = z.strictObject({
  /** Cadres of this rank or above (provincial > department > county > section > staff); null: everyone. */
  minCadreRank: z.enum(CadreRanks).nullable().optional(),
  /** 村级五职 roles; empty: any. */
  fivePersonRoles: z.array(z.enum(FivePersonRoles)).max(FivePersonRoles.length).default([]),
  /** Only first secretaries (第一书记) / only village-stationed cadres (驻村干部). */
  firstSecretaryOnly: z.boolean().default(false),
  villageStationedOnly: z.boolean().default(false),
  /** Only people on the party register (党员: probationary or full). */
  partyMembersOnly: z.boolean().default(true),
});
/** As stored and shown: every field present. */
export type RulePopulation = Required<z.infer<typeof RulePopulation>> & {
  minCadreRank: (typeof CadreRanks)[number] | null;
};

/**
 * When a rule fires. `streak`: N consecutive working days without the metric (reminding the person
 * first after `remindAfter` days, reporting after `days`); `rate_below`: the share of a period's
 * working days with the metric under `rate`; `count_below`: fewer than `count` days with it in a
 * period. Period conditions are judged on the period's last working day, over the whole period.
 */
export const RuleCondition = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('streak'),
    days: z.number().int().min(1).max(SupervisionLimits.streakDaysMax),
    remindAfter: z.number().int().min(1).max(SupervisionLimits.streakDaysMax).nullable().default(null),
  }),
  z.strictObject({
    kind: z.literal('rate_below'),
    rate: z.number().min(0.01).max(1),
    period: z.enum(RulePeriods),
  }),
  z.strictObject({
    kind: z.literal('count_below'),
    count: z.number().int().min(1).max(SupervisionLimits.countMax),
    period: z.enum(RulePeriods),
  }),
]);
export type RuleCondition = z.infer<typeof RuleCondition>;

/** Whom an alert tells when it is reported (the person is also reminded first if the rule says so). */
export const RuleRecipients = z.strictObject({
  /** The person themselves (a reminder on the phone). */
  person: z.boolean().default(true),
  /** The head of the person's unit party organisation (支部书记/单位党组织负责人, the nearest one up). */
  unitHead: z.boolean().default(true),
  /** The party-building office (党建办) of this organisation; null: none. Must be the rule's org or above it. */
  officeOrgId: OrgId.nullable().default(null),
});
export type RuleRecipients = z.infer<typeof RuleRecipients>;

const RuleName = z.string().trim().min(1).max(SupervisionLimits.nameMax);

export const SupervisionRuleInput = z
  .strictObject({
    orgId: OrgId,
    name: RuleName,
    description: z.string().trim().max(SupervisionLimits.descriptionMax).default(''),
    isEnabled: z.boolean().default(true),
    metric: z.string().regex(/^[a-z][a-z-]*\.[a-z][a-z-]*$/, 'a metric key'),
    population: RulePopulation,
    condition: RuleCondition,
    recipients: RuleRecipients,
    severity: z.enum(Severities).default('medium'),
  })
  .refine(
    (r) =>
      r.condition.kind !== 'streak' || r.condition.remindAfter === null || r.condition.remindAfter < r.condition.days,
    {
      path: ['condition', 'remindAfter'],
      message: 'supervision.remind_before_report',
    },
  );
export type SupervisionRuleInput = z.infer<typeof SupervisionRuleInput>;

export const SupervisionRule = z
  .object({
    id: z.uuid(),
    orgId: z.number(),
    orgName: z.string(),
    name: z.string(),
    description: z.string(),
    isEnabled: z.boolean(),
    isBuiltIn: z.boolean(),
    metric: z.string(),
    metricLabel: z.string(),
    population: z.object({
      minCadreRank: z.enum(CadreRanks).nullable(),
      fivePersonRoles: z.array(z.enum(FivePersonRoles)),
      firstSecretaryOnly: z.boolean(),
      villageStationedOnly: z.boolean(),
      partyMembersOnly: z.boolean(),
    }),
    condition: z.union([
      z.object({ kind: z.literal('streak'), days: z.number(), remindAfter: z.number().nullable() }),
      z.object({ kind: z.literal('rate_below'), rate: z.number(), period: z.enum(RulePeriods) }),
      z.object({ kind: z.literal('count_below'), count: z.number(), period: z.enum(RulePeriods) }),
    ]),
    recipients: z.object({
      person: z.boolean(),
      unitHead: z.boolean(),
      officeOrgId: z.number().nullable(),
      officeOrgName: z.string().nullable(),
    }),
    severity: z.enum(Severities),
    /** The rule in words ("县处级及以上干部连续 5 个工作日未完成每日答题…"), in the caller's language. */
    summary: z.string(),
    /** Whether the caller may edit it (its org is within the caller's office's reach). */
    canEdit: z.boolean(),
    lastRunDay: z.string().nullable(),
    openAlerts: z.number(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SupervisionRule' });
export type SupervisionRule = z.infer<typeof SupervisionRule>;

export const SupervisionRuleListQuery = PageQuery.extend({ orgId: OrgIdText.optional() });
export const SupervisionRuleListResponse = z.object({
  data: z.array(SupervisionRule),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
});
export const SupervisionRuleResponse = z.object({ data: SupervisionRule });

/** A metric a module declares for rules (`GET /api/supervision/metrics`). */
export const SupervisionMetric = z
  .object({ key: z.string(), module: z.string(), label: z.string(), description: z.string() })
  .meta({ id: 'SupervisionMetric' });
export type SupervisionMetric = z.infer<typeof SupervisionMetric>;
export const SupervisionMetricListResponse = z.object({ data: z.array(SupervisionMetric) });

/** Run one rule now for a day (default: the last working day that has ended, China time). */
export const RunRuleRequest = z.strictObject({ day: CalendarDay.optional() });
export const RunRuleResponse = z.object({
  data: z.object({
    ruleId: z.uuid(),
    day: z.string(),
    isWorkday: z.boolean(),
    /** People the rule watched. */
    population: z.number(),
    raised: z.number(),
    escalated: z.number(),
    /** Alerts already there for the same streak or period (a re-run creates nothing new). */
    unchanged: z.number(),
    ms: z.number(),
  }),
});

// --- Alerts ---------------------------------------------------------------------------------------

export const AlertStages = ['reminded', 'reported'] as const;
export type AlertStage = (typeof AlertStages)[number];
export const AlertStageLabels: Record<AlertStage, { zh: string; en: string }> = {
  reminded: { zh: '已提醒本人', en: 'Person reminded' },
  reported: { zh: '已上报', en: 'Reported' },
};

export const AlertStatuses = ['open', 'seen', 'explained', 'closed'] as const;
export type AlertStatus = (typeof AlertStatuses)[number];
export const AlertStatusLabels: Record<AlertStatus, { zh: string; en: string }> = {
  open: { zh: '待查看', en: 'Open' },
  seen: { zh: '已查看', en: 'Seen' },
  explained: { zh: '本人已说明', en: 'Explained' },
  closed: { zh: '已办结', en: 'Closed' },
};

export const AlertOutcomes = ['reminded', 'talk', 'no_action', 'false_alarm'] as const;
export type AlertOutcome = (typeof AlertOutcomes)[number];
export const AlertOutcomeLabels: Record<AlertOutcome, { zh: string; en: string }> = {
  reminded: { zh: '已提醒', en: 'Reminded' },
  talk: { zh: '约谈', en: 'Talk arranged' },
  no_action: { zh: '无需处理', en: 'No action' },
  false_alarm: { zh: '误报（请假、病休等）', en: 'False alarm (leave, sickness…)' },
};

/** What the alert read and why it fired: enough for a unit head to check it in a minute. */
export const AlertEvidence = z.object({
  ruleName: z.string(),
  ruleSummary: z.string(),
  metric: z.string(),
  metricLabel: z.string(),
  condition: SupervisionRule.shape.condition,
  /** The working days the condition counted over (a streak: from its first missed day). */
  from: z.string(),
  to: z.string(),
  workingDays: z.number(),
  /** The working days without the metric (a streak: all of them, in order). */
  missedDays: z.array(z.string()),
  /** Days the metric was met in the period (period conditions). */
  doneDays: z.array(z.string()),
  /** Days excused by an earlier false alarm, left out of the count. */
  excusedDays: z.array(z.string()),
  /** The last day the metric was met before the streak, if any within the look-back. */
  lastDoneDay: z.string().nullable(),
  /** Part of the range lies in a year whose holidays are not yet confirmed. */
  isProvisional: z.boolean(),
});
export type AlertEvidence = z.infer<typeof AlertEvidence>;

export const SupervisionAlert = z
  .object({
    id: z.uuid(),
    ruleId: z.uuid(),
    ruleName: z.string(),
    personId: z.uuid(),
    personName: z.string(),
    position: z.string().nullable(),
    cadreRank: z.enum(CadreRanks).nullable(),
    orgId: z.number(),
    orgName: z.string(),
    severity: z.enum(Severities),
    stage: z.enum(AlertStages),
    status: z.enum(AlertStatuses),
    /** The first day of the streak or the period: one alert per streak or period and rule. */
    periodKey: z.string(),
    /** Reported or reminded on this evaluation day. */
    day: z.string(),
    /** One sentence in the caller's language: "连续 6 个工作日（11月24日—12月1日）未完成每日答题". */
    headline: z.string(),
    evidence: AlertEvidence,
    explanation: z.string().nullable(),
    explainedAt: z.string().nullable(),
    outcome: z.enum(AlertOutcomes).nullable(),
    outcomeNote: z.string().nullable(),
    closedAt: z.string().nullable(),
    closedByName: z.string().nullable(),
    seenAt: z.string().nullable(),
    raisedAt: z.string(),
    reportedAt: z.string().nullable(),
    /** What the caller may do with it now. */
    can: z.object({ explain: z.boolean(), close: z.boolean() }),
  })
  .meta({ id: 'SupervisionAlert' });
export type SupervisionAlert = z.infer<typeof SupervisionAlert>;

export const AlertListQuery = PageQuery.extend({
  orgId: OrgIdText.optional(),
  ruleId: z.uuid().optional(),
  personId: z.uuid().optional(),
  status: z.enum([...AlertStatuses, 'unclosed']).optional(),
  stage: z.enum(AlertStages).optional(),
  from: CalendarDay.optional(),
  to: CalendarDay.optional(),
  /** `mine`: the caller's own alerts (the person watched), whatever their grants. */
  scope: z.enum(['managed', 'mine']).default('managed'),
});
export type AlertListQuery = z.infer<typeof AlertListQuery>;
export const AlertListResponse = z.object({
  data: z.array(SupervisionAlert),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
});
export const AlertResponse = z.object({ data: SupervisionAlert });

export const ExplainAlertRequest = z.strictObject({
  explanation: z.string().trim().min(1).max(SupervisionLimits.explanationMax),
});
export const CloseAlertRequest = z
  .strictObject({
    outcome: z.enum(AlertOutcomes),
    note: z.string().trim().max(SupervisionLimits.noteMax).default(''),
  })
  .refine((r) => r.outcome !== 'false_alarm' || r.note.length > 0, {
    path: ['note'],
    message: 'supervision.false_alarm_reason',
  });

/** Counts for the dashboards: by organisation (children of `orgId`), rule, week, outcome. */
export const AlertStatsQuery = z.object({
  orgId: OrgIdText.optional(),
  from: CalendarDay.optional(),
  to: CalendarDay.optional(),
});
const Count = z.object({ key: z.string(), label: z.string(), count: z.number() });
export const AlertStatsResponse = z.object({
  data: z.object({
    orgId: z.number(),
    orgName: z.string(),
    from: z.string(),
    to: z.string(),
    total: z.number(),
    unclosed: z.number(),
    reported: z.number(),
    byStatus: z.array(Count),
    byOutcome: z.array(Count),
    byRule: z.array(Count),
    byOrg: z.array(Count.extend({ orgId: z.number(), unclosed: z.number() })),
    byWeek: z.array(z.object({ week: z.string(), reminded: z.number(), reported: z.number() })),
  }),
});

/** An Excel export of the alerts a manager sees (`POST /api/supervision/alerts/exports`, a job). */
export const AlertExportRequest = z.strictObject({
  orgId: OrgId.optional(),
  status: z.enum([...AlertStatuses, 'unclosed']).optional(),
  from: CalendarDay.optional(),
  to: CalendarDay.optional(),
});
export type AlertExportRequest = z.infer<typeof AlertExportRequest>;
