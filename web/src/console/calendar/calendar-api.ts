// The calendar's calls through the typed API client, and the query keys the screens share.
import { call, http } from '../../api/client.ts';

export type CalendarDayEntry = { day: string; isWorkday: boolean; nameZh: string | null; nameEn: string | null };
export type CalendarYear = Awaited<ReturnType<typeof fetchCalendarYear>>;
export type CalendarStatus = Awaited<ReturnType<typeof fetchCalendarStatus>>;

export const calendarKey = (year: number) => ['calendar', year] as const;
export const CALENDAR_STATUS_KEY = ['calendar', 'status'] as const;

export const fetchCalendarYear = async (year: number, signal?: AbortSignal) =>
  (await call(http.GET('/api/calendar', { params: { query: { year } }, signal }))).data;

export const fetchCalendarStatus = async (signal?: AbortSignal) =>
  (await call(http.GET('/api/calendar/status', { signal }))).data;

export const setCalendarDay = (day: string, body: { isWorkday: boolean; nameZh: string; nameEn?: string }) =>
  call(http.PUT('/api/calendar/days/{day}', { params: { path: { day } }, body }));

export const revertCalendarDay = (day: string) =>
  call(http.DELETE('/api/calendar/days/{day}', { params: { path: { day } } }));

export const setCalendarYearConfirmed = (year: number, confirmed: boolean) =>
  call(http.PUT('/api/calendar/years/{year}', { params: { path: { year } }, body: { confirmed } }));
