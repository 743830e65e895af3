import { and, gte, lte } from 'drizzle-orm';
import type { Services } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { calendarDays, calendarYears } from './schema.ts';

// The whole calendar held in memory per API process (about 800 rows: two decades of holidays), so
// counting working days costs no query. Every edit publishes a 'calendar' notice in its transaction;
// each process drops its copy and reloads, as core/org/module-switch-store.ts does. Without a live
// change feed (workers, the CLI, a transaction handle) the table is read for the range asked.

export const CALENDAR_TOPIC = 'calendar';
const FALLBACK_RELOAD_MS = 2_000;

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
  let current: Snapshot | null = null;
  let version = 0;
  let loading: Promise<void> | null = null;
  let fallback: NodeJS.Timeout | null = null;

  async function load(): Promise<void> {
    const started = version;
    const s = await readSnapshot(services.db);
    if (started === version) current = s;
  }
  const reload = () => {
    loading ??= load()
      .catch((e) => services.log.warn({ err: e }, 'calendar reload failed'))
      .finally(() => {
        loading = null;
      });
  };
  const stale = () => {
    version += 1;
    current = null;
  };
  services.changes.subscribe(CALENDAR_TOPIC, {
    onChange: (_payload, local) => {
      stale();
      // Our own notice comes before our commit: read the table until its NOTIFY (or a bit) passes.
      if (!local) reload();
      if (fallback) clearTimeout(fallback);
      fallback = setTimeout(() => {
        fallback = null;
        reload();
      }, FALLBACK_RELOAD_MS);
      fallback.unref();
    },
    onReset: () => {
      stale();
      reload();
    },
  });
  stores.set(services.db, {
    snapshot: () => {
      if (!services.changes.isLive) return null;
      if (!current && !loading) reload();
      return current;
    },
  });
  return { load };
}
