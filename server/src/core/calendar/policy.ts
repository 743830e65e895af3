import { type ActionsOf, hasRole, type PolicyTable, rule } from '../policy.ts';

// The calendar is the same for everyone: any signed-in user reads it; only system admins edit it.
const calendarRead = rule(() => true);
const calendarEdit = rule((actor) => (hasRole(actor, ['system_admin']) ? 'allow' : 'deny'));

export const calendarPolicies = {
  'calendar.read': calendarRead,
  'calendar.edit': calendarEdit,
} satisfies PolicyTable;

declare module '../policy.ts' {
  interface ActionRegistry extends ActionsOf<typeof calendarPolicies> {}
}
