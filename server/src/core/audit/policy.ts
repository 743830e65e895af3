import { type ActionsOf, hasRole, type PolicyTable, rule } from '../policy.ts';

// 等保 separation of duties: only the audit administrator reads and verifies the audit log;
// the system and security administrators cannot, so no one both acts and erases the trace.
const auditRead = rule((actor, record) => hasRole(actor, ['audit_admin'], record.orgPath ?? undefined));
const auditVerify = rule((actor) => hasRole(actor, ['audit_admin']));

/** This area's rules by action name; its manifest registers them. */
export const auditPolicies = {
  'audit.read': auditRead,
  'audit.verify': auditVerify,
} satisfies PolicyTable;

declare module '../policy.ts' {
  interface ActionRegistry extends ActionsOf<typeof auditPolicies> {}
}
