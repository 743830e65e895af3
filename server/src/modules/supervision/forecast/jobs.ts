import { chinaDay } from '../../../core/events/rollups.ts';
import type { CronDefinition } from '../../../core/kernel/define-module.ts';
import { mondayOf, runWeeklyForecast } from './forecast.ts';

// Monday 06:30 China time, before the morning's quiz peak: the forecast for the week starting that
// Monday, from the days up to Sunday. Re-running it (a worker restart, a manual run) replaces the
// week's rows, so it is safe to repeat.
export const forecastCron: CronDefinition = {
  name: 'supervision.forecast',
  cron: '30 6 * * 1',
  run: async (services) => {
    const week = mondayOf(chinaDay());
    const runs = await runWeeklyForecast(services.db, week);
    services.log.info(
      { week, rules: runs.length, written: runs.reduce((a, r) => a + r.written, 0) },
      'supervision forecast written',
    );
  },
};
