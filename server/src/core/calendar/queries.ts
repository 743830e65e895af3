import { type CalendarDayEntry, type CalendarStatus, todayInChina } from '@hongyun/contracts';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { isWeekdayRuleWorkday } from './days.ts';
import { calendarDays, calendarYears } from './schema.ts';

type Row = typeof calendarDays.$inferSelect;

export function presentDay(r: Row): CalendarDayEntry {
  return {
    day: r.day,
    isWorkday: r.isWorkday,
    differsFromRule: r.isWorkday !== isWeekdayRuleWorkday(r.day),
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    source: r.source as CalendarDayEntry['source'],
    updatedAt: r.updatedAt.toISOString(),
  };
}

export async function yearInfo(db: DbOrTx, year: number) {
  const [y] = await db.select().from(calendarYears).where(eq(calendarYears.year, year));
  return { year, confirmed: y?.confirmed ?? false, source: (y?.source ?? null) as 'package' | 'admin' | null };
}

/** The year's named days and exceptions to the rule (a reverted day, matching the rule, is left out). */
export async function yearDays(db: DbOrTx, year: number): Promise<CalendarDayEntry[]> {
  const rows = await db
    .select()
    .from(calendarDays)
    .where(and(gte(calendarDays.day, `${year}-01-01`), lte(calendarDays.day, `${year}-12-31`)))
    .orderBy(asc(calendarDays.day));
  return rows.map(presentDay).filter((d) => d.differsFromRule || d.nameZh !== null);
}

/** From November (China time), next year's dates are due: warn while they are not confirmed. */
export async function calendarStatus(db: DbOrTx, now: Date = new Date()): Promise<CalendarStatus> {
  const today = todayInChina(now);
  const currentYear = Number(today.slice(0, 4));
  const nextYear = currentYear + 1;
  const next = await yearInfo(db, nextYear);
  return {
    currentYear,
    nextYear,
    nextYearConfirmed: next.confirmed,
    warnNextYear: Number(today.slice(5, 7)) >= 11 && !next.confirmed,
  };
}
