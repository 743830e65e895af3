import { type ActionsOf, hasRole, type PolicyTable, rule } from '../../../core/policy.ts';
import { AlertReaderRoles } from '../policy.ts';

// The forecast is read by those who read the alerts of a subtree (offices, org admins, the command
// centre, unit party heads), never by the person forecast, and never acting for someone: it is a
// hint for those who watch, not something said to the person.
export const ForecastReaderRoles = AlertReaderRoles;

export const forecastPolicies = {
  'supervision.forecast.read': rule<{ orgPath: string }>(
    (actor, r) => !actor.actingFor && hasRole(actor, ForecastReaderRoles, r.orgPath),
  ),
} satisfies PolicyTable;

declare module '../../../core/policy.ts' {
  interface ActionRegistry extends ActionsOf<typeof forecastPolicies> {}
}
