import type { AlertStage } from '@hongyun/contracts';

// The decisions of an evaluation, without the database: how long a person's streak is, whether it
// continues an alert already raised, and what the alert's stage is. Days are China days; `workdays`
// is ascending and ends with the evaluation day.

export type StreakFacts = {
  /** The last day in the look-back the metric was met, or null. */
  lastDone: string | null;
  /** Days an earlier false alarm excused (left out of the count). */
  excused: ReadonlySet<string>;
  /** The person's latest alert of this rule, if any. */
  latest: { periodKey: string; stage: AlertStage; status: string; outcome: string | null } | null;
};

export type StreakVerdict = {
  /** The streak's first missed working day: the alert's key. */
  periodKey: string;
  missedDays: string[];
  /** Excused days within the streak's range. */
  excusedDays: string[];
  /** Working days from the key to the evaluation day (excused ones included). */
  workingDays: number;
  /** The alert this streak continues (same key), if one was raised. */
  continues: boolean;
};

/**
 * The person's current streak of working days without the metric. A streak continues an earlier
 * alert while the metric has not been met since that alert's first missed day, unless that alert
 * was closed as a false alarm (its days are excused; what is missed after them is a new streak).
 */
export function currentStreak(workdays: readonly string[], f: StreakFacts): StreakVerdict | null {
  const after = (d: string) => f.lastDone === null || d > f.lastDone;
  const continuing =
    f.latest !== null && f.latest.outcome !== 'false_alarm' && (f.lastDone === null || f.lastDone < f.latest.periodKey);
  const missed = workdays.filter(
    (d) => after(d) && !f.excused.has(d) && (!continuing || d >= (f.latest?.periodKey ?? '')),
  );
  if (missed.length === 0) return null;
  const periodKey = continuing && f.latest ? f.latest.periodKey : (missed[0] as string);
  const inRange = workdays.filter((d) => d >= periodKey);
  return {
    periodKey,
    missedDays: missed,
    excusedDays: inRange.filter((d) => f.excused.has(d)),
    workingDays: inRange.length,
    continues: continuing,
  };
}

/** The stage a streak of `missed` working days has reached, or null below the first threshold. */
export function stageFor(missed: number, days: number, remindAfter: number | null): AlertStage | null {
  if (missed >= days) return 'reported';
  if (remindAfter !== null && missed >= remindAfter) return 'reminded';
  return null;
}

export type Action = { kind: 'raise'; stage: AlertStage } | { kind: 'escalate' } | { kind: 'grow' } | { kind: 'none' };

/** What to do with a streak that reached `stage`, given the alert it may continue. */
export function actionFor(stage: AlertStage, v: StreakVerdict, latest: StreakFacts['latest']): Action {
  if (!v.continues || !latest) return { kind: 'raise', stage };
  // One alert per streak: a closed one is never raised again while the streak lasts.
  if (latest.status === 'closed') return { kind: 'none' };
  if (latest.stage === 'reminded' && stage === 'reported') return { kind: 'escalate' };
  return { kind: 'grow' };
}
