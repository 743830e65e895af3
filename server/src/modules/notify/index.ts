import { atAnyGrant, defineModule } from '../../core/kernel/index.ts';
import { deliverDue } from './deliver.ts';
import { notifyPolicies } from './policy.ts';
import { registerNotifyRoutes } from './routes.ts';
import { seedNotifyDemo } from './seed.ts';

// Notifications (消息): the in-app notification centre of every account, per-person delivery
// preferences (channels, quiet hours in China time) and an outbox of external deliveries (email by
// SMTP, a signed webhook for an SMS or WeChat gateway) that the notify.deliver cron sends with
// retries. Other modules tell people things only through `notify()` below, inside their own
// transaction. No module switch: every organisation has notifications.

export const notifyModule = defineModule({
  id: 'notify',
  routes: registerNotifyRoutes,
  policies: notifyPolicies,
  crons: [
    {
      // Every minute (pg-boss's finest schedule); a row that fails waits its back-off.
      name: 'notify.deliver',
      cron: '* * * * *',
      runAtStart: true,
      run: async (services) => {
        await deliverDue(services);
      },
    },
  ],
  abilities: (actor) => ({ canManageDeliveries: atAnyGrant(actor, 'notify.deliveries.manage') }),
  nav: [
    {
      key: 'notifications',
      path: '/notifications',
      label: { zh: '我的消息', en: 'Notifications' },
      icon: 'bell',
      order: 95,
    },
  ],
  tiles: [
    {
      key: 'notifications',
      path: 'notifications',
      label: { zh: '消息', en: 'Messages' },
      icon: 'bell',
      order: 9,
    },
  ],
  seed: seedNotifyDemo,
});

/** For other modules: tell people something, in the caller's transaction (see commands/notify.ts). */
export { type NotifyInput, notify, notifyMany, type Recipient } from './commands/notify.ts';
export { notificationTemplates, type TemplateKey, type TemplateParams } from './templates.ts';
