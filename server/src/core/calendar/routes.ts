import {
  CalendarDayParam,
  CalendarDayResponse,
  CalendarStatusResponse,
  CalendarYearInfoResponse,
  CalendarYearParam,
  CalendarYearQuery,
  CalendarYearResponse,
  SetCalendarDayRequest,
  SetCalendarYearRequest,
  todayInChina,
} from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authorize } from '../policy.ts';
import { createCalendarStore } from './calendar-store.ts';
import { revertCalendarDay, setCalendarDay, setCalendarYear } from './commands/edit-calendar.ts';
import { calendarStatus, presentDay, yearDays, yearInfo } from './queries.ts';

export async function registerCalendarRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  // This API process holds the calendar in memory for the other areas' working-day counts.
  createCalendarStore(fastify.services);

  app.get(
    '/api/calendar',
    {
      schema: {
        tags: ['calendar'],
        summary: '工作日历',
        description:
          "A year's public holidays and make-up working days (the days that differ from Monday–Friday work, with names), whether the year is confirmed, and the next-year warning. Any signed-in user.",
        querystring: CalendarYearQuery,
        response: { 200: CalendarYearResponse },
      },
    },
    async (req) => {
      authorize(req.actor, 'calendar.read');
      const db = req.ctx.db;
      const year = req.query.year ?? Number(todayInChina().slice(0, 4));
      const [info, days, status] = await Promise.all([yearInfo(db, year), yearDays(db, year), calendarStatus(db)]);
      return { data: { ...info, days, status } };
    },
  );

  app.get(
    '/api/calendar/status',
    {
      schema: {
        tags: ['calendar'],
        summary: '工作日历状态',
        description:
          "Whether next year's holidays are confirmed, and whether to warn (from November). Any signed-in user.",
        response: { 200: CalendarStatusResponse },
      },
    },
    async (req) => {
      authorize(req.actor, 'calendar.read');
      return { data: await calendarStatus(req.ctx.db) };
    },
  );

  app.put(
    '/api/calendar/days/:day',
    {
      schema: {
        tags: ['calendar'],
        summary: '设置节假日或调休上班日',
        description: 'Sets a day as a day off (holiday) or a working day, with its name. System admins; audited.',
        params: CalendarDayParam,
        body: SetCalendarDayRequest,
        response: { 200: CalendarDayResponse },
      },
    },
    async (req) => {
      authorize(req.actor, 'calendar.edit');
      return { data: presentDay(await setCalendarDay(req.ctx, req.params.day, req.body)) };
    },
  );

  app.delete(
    '/api/calendar/days/:day',
    {
      schema: {
        tags: ['calendar'],
        summary: '恢复为按周历',
        description: 'Reverts a day to the weekday rule (Monday–Friday work), unnamed. System admins; audited.',
        params: CalendarDayParam,
        response: { 200: CalendarDayResponse },
      },
    },
    async (req) => {
      authorize(req.actor, 'calendar.edit');
      return { data: presentDay(await revertCalendarDay(req.ctx, req.params.day)) };
    },
  );

  app.put(
    '/api/calendar/years/:year',
    {
      schema: {
        tags: ['calendar'],
        summary: '确认年度日历',
        description:
          "Marks a year's holidays confirmed (or not) once the State Council's dates are entered. System admins; audited.",
        params: CalendarYearParam,
        body: SetCalendarYearRequest,
        response: { 200: CalendarYearInfoResponse },
      },
    },
    async (req) => {
      authorize(req.actor, 'calendar.edit');
      const row = await setCalendarYear(req.ctx, req.params.year, req.body.confirmed);
      return { data: { year: row.year, confirmed: row.confirmed, source: row.source as 'package' | 'admin' } };
    },
  );
}
