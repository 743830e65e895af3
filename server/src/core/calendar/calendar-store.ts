import { and, gte, lte } from 'drizzle-orm';
import type { Services } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { createMemoryCopy } from '../../platform/db/memory-copy.ts';
import { calendarDays, calendarYears } from './schema.ts';

// The whole calendar held in memory per API process (about 800 rows: two decades of holidays), so
// counting working days costs no query. Every edit publishes a 'calendar' notice in its transaction;
// each process drops its copy and reloads (platform/db/memory-copy.ts). Without a live
// change feed (workers, the CLI, a transaction handle) the table is read for the range asked.

export const CALENDAR_TOPIC = 'calendar';

export type DayRow = { day: string; isWorkday: boolean; nameZh: string | null; nameEn: string | null };
export type CalendarView = {
  day(day: string): DayRow | undefined;
  isConfirmed(year: number): boolean;
};

type Snapshot = { days: Map<string, DayRow>; confirmed: Set<number> };

const stores = new WeakMap<object, { snapshot(): Snapshot | null }>();

const dayColumns = {
  day: calendarDays.day,
  isWorkday: calendarDays.isWorkday,
  nameZh: calendarDays.nameZh,
  nameEn: calendarDays.nameEn,
};

async function readSnapshot(db: DbOrTx, from?: string, to?: string): Promise<Snapshot> {
  const range = from && to ? and(gte(calendarDays.day, from), lte(calendarDays.day, to)) : undefined;
  const yearRange =
    from && to
      ? and(gte(calendarYears.year, Number(from.slice(0, 4))), lte(calendarYears.year, Number(to.slice(0, 4))))
      : undefined;
  const [days, years] = await Promise.all([
    db.select(dayColumns).from(calendarDays).where(range),
    db.select({ year: calendarYears.year, confirmed: calendarYears.confirmed }).from(calendarYears).where(yearRange),
  ]);
  return {
    days: new Map(days.map((d) => [d.day, d])),
    confirmed: new Set(years.filter((y) => y.confirmed).map((y) => y.year)),
  };
}

const viewOf = (s: Snapshot): CalendarView => ({
  day: (day) => s.days.get(day),
  isConfirmed: (year) => s.confirmed.has(year),
});

/** The calendar for days `from`..`to`: from memory when this process holds a fresh copy. */
export async function calendarView(db: DbOrTx, from: string, to: string): Promise<CalendarView> {
  const held = stores.get(db)?.snapshot();
  return viewOf(held ?? (await readSnapshot(db, from, to)));
}

/** Holds the calendar for `services.db`; an API process makes one at start (see index.ts). */
export function createCalendarStore(services: Services): { load(): Promise<void> } {
  if (stores.has(services.db)) return { load: async () => {} };
  const copy = createMemoryCopy(services, {
    topic: CALENDAR_TOPIC,
    what: 'calendar',
    read: () => readSnapshot(services.db),
    loadOnDemand: true,
  });
  stores.set(services.db, { snapshot: copy.current });
  return { load: copy.load };
}
