// The ISO week in China time (Asia/Shanghai, UTC+8, no daylight saving): a weekly paper belongs to
// the week's Monday and takes answers until the next Monday begins in China.
import { chinaDay } from '../../core/events/rollups.ts';

const DAY_MS = 86_400_000;

export function chinaWeek(now: Date = new Date()): { monday: string; endsAt: Date } {
  const day = chinaDay(now);
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  const sinceMonday = (new Date(midnightUtc).getUTCDay() + 6) % 7;
  const monday = new Date(midnightUtc - sinceMonday * DAY_MS).toISOString().slice(0, 10);
  const endsAt = new Date(Date.parse(`${monday}T00:00:00+08:00`) + 7 * DAY_MS);
  return { monday, endsAt };
}
