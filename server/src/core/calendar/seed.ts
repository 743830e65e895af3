import { createRequire } from 'node:module';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { calendarDays, calendarYears } from './schema.ts';

// Seeds the calendar from the chinese-days package (China's public holidays and make-up working days
// as the State Council announced them, one release per announcement). Runs at every start and in
// the tests' template database: new package years and days are added, days and years a system admin
// edited (source 'admin') are never touched, and a package correction of its own rows is taken.

type PackageDays = { holidays: Record<string, string>; workdays: Record<string, string> };

/** 'National Day,国庆节,3' → the English and Chinese names. */
function names(value: string): { nameEn: string | null; nameZh: string | null } {
  const [en, zh] = value.split(',');
  return { nameEn: en?.trim() || null, nameZh: zh?.trim() || null };
}

export type SeedRow = { day: string; isWorkday: boolean; nameZh: string | null; nameEn: string | null };

export function packageCalendar(): { rows: SeedRow[]; years: number[] } {
  const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as PackageDays;
  const rows: SeedRow[] = [
    ...Object.entries(data.holidays).map(([day, v]) => ({ day, isWorkday: false, ...names(v) })),
    ...Object.entries(data.workdays).map(([day, v]) => ({ day, isWorkday: true, ...names(v) })),
  ].sort((a, b) => a.day.localeCompare(b.day));
  const years = [...new Set(rows.map((r) => Number(r.day.slice(0, 4))))].sort((a, b) => a - b);
  return { rows, years };
}

export async function seedCalendar(db: DbOrTx): Promise<{ days: number; years: number[] }> {
  const { rows, years } = packageCalendar();
  const col = <K extends keyof SeedRow>(k: K) => sql.param(rows.map((r) => r[k]));
  await db.execute(sql`
    insert into ${calendarDays} (day, is_workday, name_zh, name_en, source)
    select d, w, z, e, 'package'
      from unnest(${col('day')}::date[], ${col('isWorkday')}::boolean[], ${col('nameZh')}::text[], ${col('nameEn')}::text[]) as t(d, w, z, e)
    on conflict (day) do update
      set is_workday = excluded.is_workday, name_zh = excluded.name_zh, name_en = excluded.name_en, updated_at = now()
      where calendar_days.source = 'package'
        and (calendar_days.is_workday, calendar_days.name_zh, calendar_days.name_en)
            is distinct from (excluded.is_workday, excluded.name_zh, excluded.name_en)`);
  // A year the package covers is the State Council's announcement: confirmed, unless an admin said otherwise.
  await db.execute(sql`
    insert into ${calendarYears} (year, confirmed, source)
    select y, true, 'package' from unnest(${sql.param(years)}::int[]) as t(y)
    on conflict (year) do nothing`);
  return { days: rows.length, years };
}
