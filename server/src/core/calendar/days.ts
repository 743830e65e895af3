// Pure day arithmetic on China dates 'YYYY-MM-DD' (a date with no time: UTC midnight never shifts it).

export const yearOf = (day: string) => Number(day.slice(0, 4));

/** The weekday rule: Monday to Friday are working days. */
export function isWeekdayRuleWorkday(day: string): boolean {
  const wd = new Date(`${day}T00:00:00Z`).getUTCDay();
  return wd >= 1 && wd <= 5;
}

export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, inclusive (none when `to` is before `from`). */
export function* eachDay(from: string, to: string): Generator<string> {
  for (let d = from; d <= to; d = nextDay(d)) yield d;
}
