// The supervision risk forecast (预测数据化): each Monday, people of a streak rule's population who
// are likely to meet it in the coming week, from their trends. A forecast is a hint for those who
// watch; it never raises an alert or a sanction. Reasons are stored as codes with numbers and
// rendered here, in the reader's language.
import { z } from 'zod';
import { CalendarDay } from './calendar.ts';
import { OrgIdText, PageQuery } from './common.ts';
import { CadreRanks } from './identity.ts';
import type { Lang } from './summary.ts';

/** Scores at or above `threshold` are "likely"; rows under `floor` are not kept at all. */
export const ForecastLimits = {
  threshold: 0.5,
  high: 0.7,
  floor: 0.3,
} as const;

export const RiskBands = ['high', 'medium', 'watch'] as const;
export type RiskBand = (typeof RiskBands)[number];
export const RiskBandLabels: Record<RiskBand, { zh: string; en: string }> = {
  high: { zh: '高风险', en: 'High' },
  medium: { zh: '较可能', en: 'Likely' },
  watch: { zh: '留意', en: 'Watch' },
};
export const riskBand = (score: number): RiskBand =>
  score >= ForecastLimits.high ? 'high' : score >= ForecastLimits.threshold ? 'medium' : 'watch';

/** Why a person is on the list: a code and its figures (rates 0–1, minutes, working days). */
export const ForecastReason = z.discriminatedUnion('code', [
  z.object({ code: z.literal('rate_fall'), recent: z.number(), prior: z.number() }),
  z.object({ code: z.literal('recent_gaps'), missed: z.number(), of: z.number() }),
  z.object({ code: z.literal('current_streak'), days: z.number(), ruleDays: z.number() }),
  z.object({ code: z.literal('reading_fall'), recentMinutes: z.number(), priorMinutes: z.number() }),
]);
export type ForecastReason = z.infer<typeof ForecastReason>;
export type ForecastReasonCode = ForecastReason['code'];

export const ForecastReasonLabels: Record<ForecastReasonCode, { zh: string; en: string }> = {
  rate_fall: { zh: '答题率下降', en: 'Falling answer rate' },
  recent_gaps: { zh: '近期多次未答题', en: 'Recent gaps' },
  current_streak: { zh: '正在连续未答题', en: 'A gap under way' },
  reading_fall: { zh: '阅读时长缩短', en: 'Shorter reading' },
};

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** One reason as a sentence: "近两周答题率 40%，此前两周 95%". */
export function forecastReasonText(r: ForecastReason, lang: Lang): string {
  switch (r.code) {
    case 'rate_fall':
      return lang === 'zh'
        ? `近两周答题率 ${pct(r.recent)}，此前两周 ${pct(r.prior)}`
        : `Answer rate ${pct(r.recent)} in the last two weeks, ${pct(r.prior)} in the two before`;
    case 'recent_gaps':
      return lang === 'zh'
        ? `最近 ${r.of} 个工作日有 ${r.missed} 天未答题`
        : `No quiz on ${r.missed} of the last ${r.of} working days`;
    case 'current_streak':
      return lang === 'zh'
        ? `已连续 ${r.days} 个工作日未答题（规则为 ${r.ruleDays} 天）`
        : `${r.days} working day${r.days === 1 ? '' : 's'} in a row without the quiz so far (the rule: ${r.ruleDays})`;
    case 'reading_fall':
      return lang === 'zh'
        ? `近两周日均阅读 ${r.recentMinutes} 分钟，此前 ${r.priorMinutes} 分钟`
        : `${r.recentMinutes} min of reading a working day in the last two weeks, ${r.priorMinutes} min before`;
  }
}

/** A Monday, the first day of the forecast week. */
const Monday = CalendarDay.refine((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1, {
  message: 'supervision.forecast_week_monday',
});

export const ForecastListQuery = PageQuery.extend({
  orgId: OrgIdText.optional(),
  ruleId: z.uuid().optional(),
  /** The week's Monday; default the latest forecast week of the caller's scope. */
  week: Monday.optional(),
});
export type ForecastListQuery = z.infer<typeof ForecastListQuery>;

export const ForecastEntry = z
  .object({
    personId: z.uuid(),
    personName: z.string(),
    position: z.string().nullable(),
    cadreRank: z.enum(CadreRanks).nullable(),
    orgId: z.number(),
    orgName: z.string(),
    ruleId: z.uuid(),
    ruleName: z.string(),
    score: z.number(),
    band: z.enum(RiskBands),
    reasons: z.array(
      z.object({ code: z.enum(['rate_fall', 'recent_gaps', 'current_streak', 'reading_fall']), text: z.string() }),
    ),
  })
  .meta({ id: 'SupervisionForecastEntry' });
export type ForecastEntry = z.infer<typeof ForecastEntry>;

export const ForecastListResponse = z.object({
  data: z.array(ForecastEntry),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
  /** The week shown (its Monday), and when its forecast was computed (null: none yet). */
  week: z.string(),
  computedAt: z.string().nullable(),
  threshold: z.number(),
  /** People per band over the whole list (not just this page). */
  bands: z.array(z.object({ band: z.enum(RiskBands), label: z.string(), count: z.number() })),
});
export type ForecastListResponse = z.infer<typeof ForecastListResponse>;
