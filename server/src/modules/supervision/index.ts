import { atAnyGrant, defineModule } from '../../core/kernel/index.ts';
import { registerAlertRoutes } from './alert-routes.ts';
import { registerDashboardRoutes } from './dashboard-routes.ts';
import { evaluateAllRules } from './evaluate/all-rules.ts';
import { ALERTS_EXPORT, alertsExportJob } from './jobs/export-alerts.ts';
import { supervisionPolicies } from './policy.ts';
import { registerSupervisionRoutes } from './routes.ts';
import { seedSupervisionDemo } from './seed.ts';

// Supervision (数据监督): warning rules as data over the metrics other modules declare, a
// calendar-aware evaluation each working evening and on demand, and alerts with a closed loop
// (reminded → reported → seen → explained → closed with an outcome). People are told through the
// notify module; learning facts are read only through learning's declared metrics.

export const supervisionModule = defineModule({
  id: 'supervision',
  switch: 'supervision',
  routes: async (app) => {
    await registerSupervisionRoutes(app);
    await registerDashboardRoutes(app);
    await registerAlertRoutes(app);
  },
  policies: supervisionPolicies,
  jobs: { [ALERTS_EXPORT]: alertsExportJob },
  crons: [
    {
      // Each evening at 21:30 China time; nothing on days off (evaluate/all-rules.ts).
      name: 'supervision.evaluate',
      cron: '30 21 * * *',
      run: async (services) => {
        await evaluateAllRules(services);
      },
    },
  ],
  abilities: (actor) => ({
    canReadAlerts: atAnyGrant(actor, 'supervision.alert.read'),
    canManageRules: atAnyGrant(actor, 'supervision.rule.manage'),
    // A person on the register has reminders of their own to read and answer.
    hasOwnAlerts: Boolean(actor.personId && !actor.actingFor),
  }),
  nav: [
    {
      key: 'supervision-alerts',
      path: '/supervision/alerts',
      label: { zh: '监督预警', en: 'Warnings' },
      icon: 'alert',
      ability: 'canReadAlerts',
      order: 110,
    },
    {
      key: 'supervision-rules',
      path: '/supervision/rules',
      label: { zh: '预警规则', en: 'Warning rules' },
      icon: 'setting',
      ability: 'canReadAlerts',
      order: 111,
    },
  ],
  tiles: [
    {
      key: 'supervision-mine',
      path: 'supervision',
      label: { zh: '我的提醒', en: 'My reminders' },
      icon: 'bell',
      ability: 'hasOwnAlerts',
      order: 10,
    },
  ],
  seed: seedSupervisionDemo,
});
