import type { ForecastReason } from '@hongyun/contracts';

// The forecast's model, pure: from a person's last working days before a week to the chance that a
// streak rule ("N working days in a row without the daily quiz") fires for them in that week, with
// the reasons a reader can check. A logistic score over five trend features; the weights were fit
// on generated data of another seed than the benchmark's (bench/supervision-forecast-fit.ts,
// bench/README.md "Supervision forecast"), so they say what the generator's habits look like, and
// should be refit once real weeks of alerts exist.

/** Working days the model looks back: two fortnights, the recent one against the one before. */
export const LOOKBACK_WORKDAYS = 20;
const HALF = LOOKBACK_WORKDAYS / 2;

export type ForecastDay = { day: string; dailyCompleted: boolean; studySeconds: number };

export type Features = {
  /** Working days without the quiz at the end of the look-back (a gap under way), scaled to a 5-day rule. */
  streak: number;
  /** Of the last 5 working days, those without the quiz. */
  missedLast5: number;
  /** Of the last 10 working days, those without the quiz. */
  missedRecent: number;
  /** Answer rate of the fortnight before minus the last fortnight's (0 when it rose). */
  rateDrop: number;
  /** How much shorter the last fortnight's study a working day is than the one before (0–1). */
  studyDrop: number;
};

export type Trend = Features & {
  rawStreak: number;
  recentRate: number;
  priorRate: number;
  recentMinutes: number;
  priorMinutes: number;
};

/** The fitted weights (intercept first); see the header. */
export const WEIGHTS = {
  intercept: -11.77,
  streak: 0.23,
  missedLast5: 1.45,
  missedRecent: 0.82,
  rateDrop: 0.47,
  studyDrop: 2.4,
} as const;

/** The trend of one person over `workdays` (the look-back's working days, oldest first). */
export function trendOf(workdays: readonly string[], days: readonly ForecastDay[], ruleDays: number): Trend {
  const byDay = new Map(days.map((d) => [d.day, d]));
  const done = workdays.map((w) => byDay.get(w)?.dailyCompleted === true);
  const minutes = workdays.map((w) => (byDay.get(w)?.studySeconds ?? 0) / 60);
  const recentDone = done.slice(-HALF);
  const priorDone = done.slice(0, -HALF);
  const rate = (xs: boolean[]) => (xs.length === 0 ? 1 : xs.filter(Boolean).length / xs.length);
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  let rawStreak = 0;
  for (let i = done.length - 1; i >= 0 && !done[i]; i--) rawStreak++;
  const recentRate = rate(recentDone);
  const priorRate = priorDone.length > 0 ? rate(priorDone) : recentRate;
  const recentMinutes = mean(minutes.slice(-HALF));
  const priorMinutes = priorDone.length > 0 ? mean(minutes.slice(0, -HALF)) : recentMinutes;
  return {
    rawStreak,
    streak: (rawStreak * 5) / ruleDays,
    missedLast5: done.slice(-5).filter((d) => !d).length,
    missedRecent: recentDone.filter((d) => !d).length,
    rateDrop: Math.max(0, priorRate - recentRate),
    studyDrop: priorMinutes > 0 ? Math.max(0, Math.min(1, 1 - recentMinutes / priorMinutes)) : 0,
    recentRate,
    priorRate,
    recentMinutes,
    priorMinutes,
  };
}

export const logit = (f: Features, w: typeof WEIGHTS = WEIGHTS) =>
  w.intercept +
  w.streak * f.streak +
  w.missedLast5 * f.missedLast5 +
  w.missedRecent * f.missedRecent +
  w.rateDrop * f.rateDrop +
  w.studyDrop * f.studyDrop;

export type Forecast = { score: number; reasons: ForecastReason[] };

/**
 * The forecast for one person and a week: null when the rule cannot fire for them in it as a new
 * streak (already at N: the rule reports them itself; or the week has too few working days left
 * to reach N). `workdays` are the look-back's working days, oldest first; `weekWorkdays` the
 * coming week's.
 */
export function forecastPerson(input: {
  workdays: readonly string[];
  days: readonly ForecastDay[];
  ruleDays: number;
  weekWorkdays: number;
}): Forecast | null {
  const t = trendOf(input.workdays, input.days, input.ruleDays);
  if (t.rawStreak >= input.ruleDays) return null;
  if (input.ruleDays - t.rawStreak > input.weekWorkdays) return null;
  const score = 1 / (1 + Math.exp(-logit(t)));
  return { score: Math.round(score * 1000) / 1000, reasons: reasonsOf(t, input.ruleDays) };
}

/** The reasons worth saying, strongest first: each names the figures it rests on. */
export function reasonsOf(t: Trend, ruleDays: number): ForecastReason[] {
  const out: { weight: number; reason: ForecastReason }[] = [];
  const r2 = (x: number) => Math.round(x * 100) / 100;
  if (t.rawStreak >= 1) {
    out.push({
      weight: WEIGHTS.streak * t.streak,
      reason: { code: 'current_streak', days: t.rawStreak, ruleDays },
    });
  }
  if (t.rateDrop >= 0.2) {
    out.push({
      weight: WEIGHTS.rateDrop * t.rateDrop,
      reason: { code: 'rate_fall', recent: r2(t.recentRate), prior: r2(t.priorRate) },
    });
  }
  if (t.missedRecent >= 2) {
    out.push({
      weight: WEIGHTS.missedRecent * t.missedRecent,
      reason: { code: 'recent_gaps', missed: t.missedRecent, of: HALF },
    });
  }
  if (t.studyDrop >= 0.3 && t.priorMinutes >= 1) {
    out.push({
      weight: WEIGHTS.studyDrop * t.studyDrop,
      reason: {
        code: 'reading_fall',
        recentMinutes: Math.round(t.recentMinutes),
        priorMinutes: Math.round(t.priorMinutes),
      },
    });
  }
  return out.sort((a, b) => b.weight - a.weight).map((x) => x.reason);
}
