import type { RulePeriod } from '@hongyun/contracts';

// Date arithmetic on China days 'YYYY-MM-DD' (no time zones: a day is a calendar date).

const DAY_MS = 86_400_000;
const at = (day: string) => Date.parse(`${day}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (day: string, n: number): string => iso(at(day) + n * DAY_MS);

/** The calendar period (Monday-to-Sunday week, month, quarter) that contains `day`. */
export function periodOf(day: string, period: RulePeriod): { start: string; end: string } {
  const d = new Date(at(day));
  if (period === 'week') {
    const back = (d.getUTCDay() + 6) % 7; // Monday is 0
    const start = addDays(day, -back);
    return { start, end: addDays(start, 6) };
  }
  const y = d.getUTCFullYear();
  const m = period === 'month' ? d.getUTCMonth() : Math.floor(d.getUTCMonth() / 3) * 3;
  const months = period === 'month' ? 1 : 3;
  return { start: iso(Date.UTC(y, m, 1)), end: iso(Date.UTC(y, m + months, 1) - DAY_MS) };
}
