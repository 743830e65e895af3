// The evidence of an alert as a calendar: each day from the first one that matters (the last done
// day before a streak, else the range's start) to the range's end, marked missed, done, excused
// (left out by an earlier false alarm) or rest (a weekend or holiday: not in any of the evidence's
// working-day lists), in weeks Monday to Sunday so a unit head sees the streak at a glance.
import type { AlertEvidence } from '@hongyun/contracts';

export type DayKind = 'missed' | 'done' | 'excused' | 'lastDone' | 'rest' | 'outside';
export type DayCell = { day: string; kind: DayKind; date: number; month: number };

/** More than this many days before the range, the last done day is named in words, not drawn. */
const LAST_DONE_REACH = 14;

const toUtc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** Is the last done day close enough to the range to be drawn on the calendar? */
export function lastDoneOnCalendar(e: Pick<AlertEvidence, 'from' | 'lastDoneDay'>): boolean {
  return !!e.lastDoneDay && e.lastDoneDay < e.from && daysBetween(e.lastDoneDay, e.from) <= LAST_DONE_REACH;
}

/**
 * The weeks to draw, each seven cells Monday to Sunday; days before the start or after the end of
 * what is drawn are 'outside' (blank padding).
 */
export function calendarWeeks(
  e: Pick<AlertEvidence, 'from' | 'to' | 'missedDays' | 'doneDays' | 'excusedDays' | 'lastDoneDay'>,
): DayCell[][] {
  const start = lastDoneOnCalendar(e) && e.lastDoneDay ? e.lastDoneDay : e.from;
  if (toUtc(e.to) < toUtc(start)) return [];
  const missed = new Set(e.missedDays);
  const done = new Set(e.doneDays);
  const excused = new Set(e.excusedDays);
  const kindOf = (day: string): DayKind => {
    if (day < start || day > e.to) return 'outside';
    if (day === e.lastDoneDay && day < e.from) return 'lastDone';
    if (excused.has(day)) return 'excused';
    if (missed.has(day)) return 'missed';
    if (done.has(day) || day === e.lastDoneDay) return 'done';
    return day < e.from ? 'outside' : 'rest';
  };
  // From the Monday of the first week to the Sunday of the last.
  const first = toUtc(start);
  const monday = first - ((new Date(first).getUTCDay() + 6) % 7) * DAY_MS;
  const last = toUtc(e.to);
  const sunday = last + ((7 - new Date(last).getUTCDay()) % 7) * DAY_MS;
  const weeks: DayCell[][] = [];
  for (let ms = monday; ms <= sunday; ms += 7 * DAY_MS) {
    const week: DayCell[] = [];
    for (let i = 0; i < 7; i++) {
      const at = ms + i * DAY_MS;
      const day = fromUtc(at);
      const d = new Date(at);
      week.push({ day, kind: kindOf(day), date: d.getUTCDate(), month: d.getUTCMonth() + 1 });
    }
    weeks.push(week);
  }
  return weeks;
}
