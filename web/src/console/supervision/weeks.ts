// The weeks of a statistics period, Monday first, each with its counts: the server lists only weeks
// that had alerts, and a chart of those alone would hide the quiet weeks between them.
import type { AlertStats } from '../../shared/supervision/api.ts';

type Week = AlertStats['byWeek'][number];
const DAY_MS = 86_400_000;
const toUtc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const mondayOf = (day: string) => {
  const ms = toUtc(day);
  return ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY_MS;
};

export function everyWeek(from: string, to: string, counted: readonly Week[]): Week[] {
  const byMonday = new Map(counted.map((w) => [mondayOf(w.week), w]));
  const out: Week[] = [];
  // At most two years of weeks: a longer period is drawn as the server sent it.
  if (toUtc(to) - toUtc(from) > 2 * 366 * DAY_MS) return [...counted];
  for (let ms = mondayOf(from); ms <= toUtc(to); ms += 7 * DAY_MS) {
    const week = new Date(ms).toISOString().slice(0, 10);
    out.push(byMonday.get(ms) ?? { week, reminded: 0, reported: 0 });
  }
  return out;
}
