import type { PointAction, PointRuleValue } from '@hongyun/contracts';

// Points by rule, with daily caps. Pure: the subscriber gives it what the day already earned
// (earlier batches included, from the ledger) and the candidate awards in event order; it answers
// what each is worth. An award that would pass the cap is cut to what is left of it (a minute rule
// may cross several minutes in one event); when nothing is left it is not written at all.

export type Candidate = { action: PointAction; units: number };

/** Whole minutes crossed when a day's seconds grow from `before` by `added`. */
export const minutesCrossed = (before: number, added: number): number =>
  Math.floor((before + added) / 60) - Math.floor(before / 60);

export class CapTracker {
  /** Points already earned, per `${personId}|${day}|${action}`. */
  private readonly earned = new Map<string, number>();

  constructor(already: Iterable<{ personId: string; day: string; action: string; points: number }>) {
    for (const r of already) this.earned.set(`${r.personId}|${r.day}|${r.action}`, r.points);
  }

  /** The points `candidate` earns under `rule`, counted against the day's cap (0: nothing to write). */
  award(personId: string, day: string, rule: PointRuleValue, candidate: Candidate): number {
    if (!rule.isEnabled || rule.points === 0 || candidate.units <= 0) return 0;
    const key = `${personId}|${day}|${rule.action}`;
    const before = this.earned.get(key) ?? 0;
    const wanted = rule.points * candidate.units;
    const points = rule.dailyCap === null ? wanted : Math.max(0, Math.min(wanted, rule.dailyCap - before));
    if (points > 0) this.earned.set(key, before + points);
    return points;
  }
}
