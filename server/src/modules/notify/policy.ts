import { type ActionsOf, hasRole, type PolicyTable, rule } from '../../core/policy.ts';

// Notifications are their recipient's alone: another account's is answered like a missing one
// (hide, 404), also to administrators. The outbox of external deliveries is the system
// administrators' to watch and retry (it is the platform's plumbing, not any subtree's).
const ownNotification = rule<{ accountId: string }>((actor, r) => (r.accountId === actor.accountId ? 'allow' : 'hide'));

export const notifyPolicies = {
  'notify.notification.read': ownNotification,
  'notify.notification.update': ownNotification,
  'notify.deliveries.manage': rule((actor) => (hasRole(actor, ['system_admin']) ? 'allow' : 'deny')),
} satisfies PolicyTable;

declare module '../../core/policy.ts' {
  interface ActionRegistry extends ActionsOf<typeof notifyPolicies> {}
}
