import { defineModule } from '../kernel/index.ts';
import { can } from '../policy.ts';
import { calendarPolicies } from './policy.ts';
import { registerCalendarRoutes } from './routes.ts';

/** The workday calendar: China's holidays and make-up working days, for every area that counts working days. */
export const calendarModule = defineModule({
  id: 'calendar',
  routes: registerCalendarRoutes,
  policies: calendarPolicies,
  abilities: (actor) => ({ canEditCalendar: can(actor, 'calendar.edit') }),
  nav: [
    {
      key: 'calendar',
      path: '/calendar',
      label: { zh: '工作日历', en: 'Workday calendar' },
      icon: 'calendar',
      order: 90,
    },
  ],
});

export { createCalendarStore } from './calendar-store.ts';
export { seedCalendar } from './seed.ts';
export { countWorkdays, type DayStatus, dayStatus, isWorkday, workdaysBetween } from './workdays.ts';
