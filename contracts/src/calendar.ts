// The workday calendar: China's public holidays and make-up working days (调休), as exceptions to
// the weekday rule (Monday to Friday work). Days are China dates, 'YYYY-MM-DD'.
import { z } from 'zod';

export const CalendarYearMin = 1900;
export const CalendarYearMax = 9999;

const isRealDay = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

/** A real calendar date, years 1900–9999. */
export const CalendarDay = z
  .string()
  .regex(/^(19|[2-9]\d)\d{2}-\d{2}-\d{2}$/, { message: 'date.invalid' })
  .refine(isRealDay, { message: 'date.invalid' });

export const CalendarYear = z.coerce.number().int().min(CalendarYearMin).max(CalendarYearMax);

export const CalendarYearQuery = z.object({ year: CalendarYear.optional() });
export const CalendarDayParam = z.object({ day: CalendarDay });
export const CalendarYearParam = z.object({ year: CalendarYear });

export const CalendarSource = z.enum(['package', 'admin']);
export type CalendarSource = z.infer<typeof CalendarSource>;

const DayName = z.string().trim().min(1).max(40);

export const CalendarDayEntry = z.object({
  day: z.string(),
  isWorkday: z.boolean(),
  /** True for a make-up working day on a weekend, or a holiday on a weekday: the rule does not hold. */
  differsFromRule: z.boolean(),
  nameZh: z.string().nullable(),
  nameEn: z.string().nullable(),
  source: CalendarSource,
  updatedAt: z.string(),
});
export type CalendarDayEntry = z.infer<typeof CalendarDayEntry>;

/** From November, system admins are warned while next year's dates are not confirmed. */
export const CalendarStatus = z.object({
  currentYear: z.number(),
  nextYear: z.number(),
  nextYearConfirmed: z.boolean(),
  warnNextYear: z.boolean(),
});
export type CalendarStatus = z.infer<typeof CalendarStatus>;

export const CalendarYearResponse = z.object({
  data: z.object({
    year: z.number(),
    confirmed: z.boolean(),
    source: CalendarSource.nullable(),
    /** Every day the calendar names or that differs from the weekday rule, in date order. */
    days: z.array(CalendarDayEntry),
    status: CalendarStatus,
  }),
});
export const CalendarStatusResponse = z.object({ data: CalendarStatus });

export const SetCalendarDayRequest = z.object({
  isWorkday: z.boolean(),
  nameZh: DayName,
  nameEn: DayName.optional(),
});
export type SetCalendarDayRequest = z.infer<typeof SetCalendarDayRequest>;
export const CalendarDayResponse = z.object({ data: CalendarDayEntry });

export const SetCalendarYearRequest = z.object({ confirmed: z.boolean() });
export const CalendarYearInfoResponse = z.object({
  data: z.object({ year: z.number(), confirmed: z.boolean(), source: CalendarSource.nullable() }),
});
