import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness.ts';
import { countWorkdays, isWorkday, seedCalendar, workdaysBetween } from './index.ts';
import { packageCalendar } from './seed.ts';

// The calendar as the other areas ask it, over the package's data seeded into the template database.

describe('workday calendar', () => {
  const t = useTestApp();
  const db = () => t.app.services.db;

  it('follows the weekday rule on ordinary weeks', async () => {
    // 2026-03-09 is a Monday; the week holds no holiday.
    const r = await workdaysBetween(db(), '2026-03-09', '2026-03-15');
    expect(r.days).toEqual(['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13']);
    expect(r.unconfirmed).toEqual([]);
    expect(await isWorkday(db(), '2026-03-14')).toBe(false);
  });

  it('knows the 2026 Spring Festival holiday and its make-up working days', async () => {
    // 春节 2026: 15–23 February off; Saturday 14 and Saturday 28 February are working days.
    expect(await isWorkday(db(), '2026-02-14')).toBe(true);
    expect(await isWorkday(db(), '2026-02-28')).toBe(true);
    for (const day of ['2026-02-16', '2026-02-17', '2026-02-20', '2026-02-23'])
      expect(await isWorkday(db(), day)).toBe(false);
    const feb = await workdaysBetween(db(), '2026-02-01', '2026-02-28');
    expect(feb.days).toContain('2026-02-14');
    expect(feb.days).not.toContain('2026-02-18');
    // 20 weekdays, less the five holiday weekdays (16–20, 23 February), plus the two Saturdays worked.
    expect(feb.days.length).toBe(16);
  });

  it('knows National Day 2026 and its make-up working days', async () => {
    // 国庆 2026: 1–7 October off; Sunday 20 September and Saturday 10 October are working days.
    expect(await isWorkday(db(), '2026-09-20')).toBe(true);
    expect(await isWorkday(db(), '2026-10-10')).toBe(true);
    const week = await workdaysBetween(db(), '2026-10-01', '2026-10-07');
    expect(week.days).toEqual([]);
    expect(await countWorkdays(db(), '2026-10-01', '2026-10-11')).toEqual({ count: 3, unconfirmed: 0 });
  });

  it('counts a period spanning two years, each year by its own calendar', async () => {
    // 2025-12-29 (Mon) … 2026-01-04 (Sun): New Year's Day 1–3 January off, Sunday 4 January worked.
    const r = await workdaysBetween(db(), '2025-12-29', '2026-01-04');
    expect(r.days).toEqual(['2025-12-29', '2025-12-30', '2025-12-31', '2026-01-04']);
    expect(r.unconfirmed).toEqual([]);
  });

  it('answers a year beyond the package by the weekday rule, reported unconfirmed', async () => {
    const beyond = packageCalendar().years.at(-1)! + 2;
    const r = await workdaysBetween(db(), `${beyond}-10-01`, `${beyond}-10-07`);
    const weekdays = [1, 2, 3, 4, 5, 6, 7]
      .map((d) => `${beyond}-10-0${d}`)
      .filter((d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()));
    expect(r.days).toEqual(weekdays);
    expect(r.unconfirmed.length).toBe(7);
    // Across the edge, only the days of the unknown year are unconfirmed.
    const edge = await workdaysBetween(db(), `${beyond - 1}-12-31`, `${beyond}-01-01`);
    expect(edge.unconfirmed).toEqual(
      packageCalendar().years.includes(beyond - 1) ? [`${beyond}-01-01`] : [`${beyond - 1}-12-31`, `${beyond}-01-01`],
    );
  });

  it('refuses a malformed day instead of guessing', async () => {
    await expect(workdaysBetween(db(), '2026-02-30', '2026-03-01')).rejects.toThrow();
    await expect(isWorkday(db(), 'tomorrow')).rejects.toThrow();
    expect(await workdaysBetween(db(), '2026-03-02', '2026-03-01')).toEqual({ days: [], unconfirmed: [] });
  });

  it('reseeding keeps admin edits and adds nothing twice', async () => {
    await db().execute(sql`update calendar_days set is_workday = true, source = 'admin' where day = '2026-10-05'`);
    const before = await db().execute<{ n: number }>(sql`select count(*)::int as n from calendar_days`);
    await seedCalendar(db());
    const after = await db().execute<{ n: number }>(sql`select count(*)::int as n from calendar_days`);
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
    const kept = await db().execute<{ w: boolean }>(
      sql`select is_workday as w from calendar_days where day = '2026-10-05'`,
    );
    expect(kept.rows[0]?.w).toBe(true);
    await db().execute(sql`update calendar_days set is_workday = false, source = 'package' where day = '2026-10-05'`);
  });

  it("answers from memory, and sees another process's edit once its notice arrives", async () => {
    const s = t.app.services;
    // The first question starts this process's copy loading; wait until it answers from memory:
    // a row written behind its back (no notice) is then not seen.
    await isWorkday(db(), '2026-03-11');
    await new Promise((r) => setTimeout(r, 300)); // the load of ~800 rows takes milliseconds
    await s.db.execute(
      sql`insert into calendar_days (day, is_workday, name_zh, source) values ('2026-03-12', false, '无通知', 'admin')`,
    );
    expect(await isWorkday(db(), '2026-03-12')).toBe(true);
    // Another process's edit: its commit's NOTIFY makes every process reload.
    await s.db.transaction(async (tx) => {
      await tx.execute(
        sql`insert into calendar_days (day, is_workday, name_zh, source) values ('2026-03-11', false, '测试假日', 'admin')`,
      );
      await tx.execute(sql`select pg_notify('hongyun_changes', 'calendar|2026-03-11')`);
    });
    await expect.poll(() => isWorkday(db(), '2026-03-11'), { timeout: 5000 }).toBe(false);
    expect(await isWorkday(db(), '2026-03-12')).toBe(false);
    await s.db.execute(sql`delete from calendar_days where day in ('2026-03-11', '2026-03-12')`);
  });
});
