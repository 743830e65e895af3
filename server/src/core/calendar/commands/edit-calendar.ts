// A system admin's edits of the calendar: set a day as a holiday or a working day (named), revert a
// day to the weekday rule, mark a year confirmed or not. Each writes an audit row and publishes a
// 'calendar' notice in its transaction, so every API process reloads its copy on commit.
import type { SetCalendarDayRequest } from '@hongyun/contracts';
import { eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { TxCtx } from '../../../platform/context.ts';
import { CALENDAR_TOPIC } from '../calendar-store.ts';
import { isWeekdayRuleWorkday } from '../days.ts';
import { calendarDays, calendarYears } from '../schema.ts';

export async function setCalendarDay(ctx: TxCtx, day: string, input: SetCalendarDayRequest) {
  const by = ctx.actor?.accountId ?? null;
  const values = { isWorkday: input.isWorkday, nameZh: input.nameZh, nameEn: input.nameEn ?? null };
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(calendarDays)
      .values({ day, ...values, source: 'admin', updatedBy: by })
      .onConflictDoUpdate({
        target: calendarDays.day,
        set: { ...values, source: 'admin', updatedBy: by, updatedAt: sql`now()` },
      })
      .returning();
    await ctx.changes.publish(tx, CALENDAR_TOPIC, day);
    await appendAudit(
      { ...ctx, db: tx },
      { action: 'calendar.day.set', targetType: 'calendar_day', targetId: day, details: { day, ...values } },
    );
    return row!;
  });
}

/** Back to Monday–Friday: kept as an admin row so the package seed does not bring its value back. */
export async function revertCalendarDay(ctx: TxCtx, day: string) {
  const by = ctx.actor?.accountId ?? null;
  const values = { isWorkday: isWeekdayRuleWorkday(day), nameZh: null, nameEn: null };
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(calendarDays)
      .values({ day, ...values, source: 'admin', updatedBy: by })
      .onConflictDoUpdate({
        target: calendarDays.day,
        set: { ...values, source: 'admin', updatedBy: by, updatedAt: sql`now()` },
      })
      .returning();
    await ctx.changes.publish(tx, CALENDAR_TOPIC, day);
    await appendAudit(
      { ...ctx, db: tx },
      { action: 'calendar.day.reverted', targetType: 'calendar_day', targetId: day, details: { day } },
    );
    return row!;
  });
}

export async function setCalendarYear(ctx: TxCtx, year: number, confirmed: boolean) {
  const by = ctx.actor?.accountId ?? null;
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(calendarYears).where(eq(calendarYears.year, year));
    const [row] = await tx
      .insert(calendarYears)
      .values({ year, confirmed, source: 'admin', updatedBy: by })
      .onConflictDoUpdate({
        target: calendarYears.year,
        set: { confirmed, source: 'admin', updatedBy: by, updatedAt: sql`now()` },
      })
      .returning();
    await ctx.changes.publish(tx, CALENDAR_TOPIC, String(year));
    await appendAudit(
      { ...ctx, db: tx },
      {
        action: 'calendar.year.confirmed',
        targetType: 'calendar_year',
        targetId: year,
        details: { year, confirmed, was: before?.confirmed ?? null },
      },
    );
    return row!;
  });
}
