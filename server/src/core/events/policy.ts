import { type ActionsOf, hasRole, type PolicyTable, rule } from '../policy.ts';

/** Roles that may read the behaviour record of an organisation's subtree. */
export const EventReaderRoles = ['party_office', 'org_admin', 'monitor', 'branch_secretary'] as const;

// A person may always read their own behaviour record; others need a reader role over the org.
const eventsRead = rule((actor, record) => {
  if (record.personId && record.personId === (actor.actingFor?.personId ?? actor.personId)) return true;
  // A record with no organisation is nobody's to read but its own person's.
  if (record.orgPath === null) return false;
  return hasRole(actor, EventReaderRoles, record.orgPath);
});

// Delivery state of event subscribers is operations data (error texts, lag): system admins only.
const eventsSubscriptionsRead = rule((actor) => hasRole(actor, ['system_admin']));

/** This area's rules by action name; its manifest registers them. */
export const eventPolicies = {
  'events.read': eventsRead,
  'events.subscriptions.read': eventsSubscriptionsRead,
} satisfies PolicyTable;

declare module '../policy.ts' {
  interface ActionRegistry extends ActionsOf<typeof eventPolicies> {}
}
