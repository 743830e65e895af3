import { atAnyGrant, defineModule } from '../kernel/index.ts';
import { can } from '../policy.ts';
import { eventPolicies } from './policy.ts';
import { registerEventRoutes } from './routes.ts';
import { coreSubscribers } from './subscribers.ts';

/** The behaviour record's routes and the rollups built from it. */
export const eventsModule = defineModule({
  id: 'events',
  routes: registerEventRoutes,
  policies: eventPolicies,
  subscribers: coreSubscribers,
  abilities: (actor) => ({
    canReadEvents: atAnyGrant(actor, 'events.read'),
    canReadEventDelivery: can(actor, 'events.subscriptions.read'),
  }),
  nav: [
    {
      key: 'events',
      path: '/events',
      label: { zh: '行为数据', en: 'Behaviour data' },
      icon: 'chart',
      ability: 'canReadEvents',
      order: 80,
    },
    {
      key: 'eventDelivery',
      path: '/event-delivery',
      label: { zh: '事件投递', en: 'Event delivery' },
      icon: 'delivery',
      ability: 'canReadEventDelivery',
      order: 85,
    },
  ],
});
export { type NameIds, resolveNames } from './names.ts';
