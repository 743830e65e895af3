import { type ActionsOf, hasRole, type PolicyTable, rule } from '../../core/policy.ts';

// Supervision. Offices and org admins write the rules of their subtree and run them; those who
// watch (offices, org admins, the command centre, unit party heads) read the alerts of their
// subtree; the unit head and the office close them with an outcome. The person an alert is about
// reads it and answers it, in person only (a relative acting for an elder does not).
export const RuleManagerRoles = ['party_office', 'org_admin'] as const;
export const AlertReaderRoles = ['party_office', 'org_admin', 'monitor', 'branch_secretary'] as const;
export const AlertCloserRoles = ['party_office', 'org_admin', 'branch_secretary'] as const;

type AlertRecord = { orgPath: string; personId: string };
// An account with no person record is nobody's subject (abilities ask with personId null).
const isSubject = (actor: Parameters<Parameters<typeof rule>[0]>[0], r: AlertRecord) =>
  !actor.actingFor && !!actor.personId && actor.personId === r.personId;

export const supervisionPolicies = {
  'supervision.rule.read': rule<{ orgPath: string }>(
    (actor, r) => !actor.actingFor && hasRole(actor, AlertReaderRoles, r.orgPath),
  ),
  'supervision.rule.manage': rule<{ orgPath: string }>(
    (actor, r) => !actor.actingFor && hasRole(actor, RuleManagerRoles, r.orgPath),
  ),
  'supervision.alert.read': rule<AlertRecord>(
    (actor, r) => isSubject(actor, r) || (!actor.actingFor && hasRole(actor, AlertReaderRoles, r.orgPath)),
  ),
  'supervision.alert.explain': rule<AlertRecord>((actor, r) => isSubject(actor, r)),
  'supervision.alert.close': rule<AlertRecord>(
    (actor, r) => !actor.actingFor && !isSubject(actor, r) && hasRole(actor, AlertCloserRoles, r.orgPath),
  ),
} satisfies PolicyTable;

declare module '../../core/policy.ts' {
  interface ActionRegistry extends ActionsOf<typeof supervisionPolicies> {}
}
