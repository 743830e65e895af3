import type { DbOrTx } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { calendarView } from './calendar-store.ts';
import { eachDay, isWeekdayRuleWorkday, yearOf } from './days.ts';

// What other areas ask of the calendar. Days are China dates 'YYYY-MM-DD', ranges inclusive. A day
// of a year that is not confirmed follows the calendar's rows if any, else the weekday rule, and is
// listed in `unconfirmed`: a rate computed over it may change when the year's dates are entered.

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Twenty years: no period a module counts over is longer, and the loop stays cheap. */
const MAX_RANGE_DAYS = 366 * 20;

function checkDay(day: string, field: string): void {
  const d = new Date(`${day}T00:00:00Z`);
  if (!DAY.test(day) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== day) {
    throw new AppError('VALIDATION_FAILED', [{ field, message: 'date.invalid' }]);
  }
}

export type DayStatus = {
  day: string;
  isWorkday: boolean;
  confirmed: boolean;
  nameZh: string | null;
  nameEn: string | null;
};

export async function dayStatus(db: DbOrTx, day: string): Promise<DayStatus> {
  checkDay(day, 'day');
  const view = await calendarView(db, day, day);
  const row = view.day(day);
  return {
    day,
    isWorkday: row ? row.isWorkday : isWeekdayRuleWorkday(day),
    confirmed: view.isConfirmed(yearOf(day)),
    nameZh: row?.nameZh ?? null,
    nameEn: row?.nameEn ?? null,
  };
}

export async function isWorkday(db: DbOrTx, day: string): Promise<boolean> {
  return (await dayStatus(db, day)).isWorkday;
}

/** The working days from `from` to `to` inclusive, and the days of the range whose year is unconfirmed. */
export async function workdaysBetween(
  db: DbOrTx,
  from: string,
  to: string,
): Promise<{ days: string[]; unconfirmed: string[] }> {
  checkDay(from, 'from');
  checkDay(to, 'to');
  if (to < from) return { days: [], unconfirmed: [] };
  const span = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
  if (span > MAX_RANGE_DAYS) throw new AppError('VALIDATION_FAILED', [{ field: 'to', message: 'range.too_long' }]);
  const view = await calendarView(db, from, to);
  const days: string[] = [];
  const unconfirmed: string[] = [];
  for (const day of eachDay(from, to)) {
    const row = view.day(day);
    if (row ? row.isWorkday : isWeekdayRuleWorkday(day)) days.push(day);
    if (!view.isConfirmed(yearOf(day))) unconfirmed.push(day);
  }
  return { days, unconfirmed };
}

export async function countWorkdays(
  db: DbOrTx,
  from: string,
  to: string,
): Promise<{ count: number; unconfirmed: number }> {
  const r = await workdaysBetween(db, from, to);
  return { count: r.days.length, unconfirmed: r.unconfirmed.length };
}
