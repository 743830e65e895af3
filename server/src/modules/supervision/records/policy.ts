import type { Actor } from '../../../core/context.ts';
import { type ActionsOf, can, hasRole, type PolicyTable, rule } from '../../../core/policy.ts';

// Who may see and decide a person's supervision records. Every rule is over the person's current
// org path (their record goes with them when they transfer).
// - Sanctions (激励惩戒): the party-building office, org admins and the unit's party head record and
//   revoke them over their subtree; the command centre (monitor) reads them too; the person reads
//   their own, in person only (a relative acting for an elder does not).
// - Integrity records (诚信档案): the party-building office and org admins of the subtree only, the
//   discipline-facing scope; not the unit head, not the monitor, and not the cadre themselves (who
//   is never the one to keep their own integrity record, even as an admin above themselves).
export const SanctionWriterRoles = ['party_office', 'org_admin', 'branch_secretary'] as const;
export const SanctionReaderRoles = [...SanctionWriterRoles, 'monitor'] as const;
export const IntegrityRoles = ['party_office', 'org_admin'] as const;

export type RecordPolicyRecord = { orgPath: string | null; personId: string };

const isSubject = (actor: Actor, r: RecordPolicyRecord) => !actor.actingFor && actor.personId === r.personId;
const holds = (actor: Actor, roles: readonly Parameters<typeof hasRole>[1][number][], r: RecordPolicyRecord) =>
  !actor.actingFor && r.orgPath !== null && hasRole(actor, roles, r.orgPath);

export const recordPolicies = {
  'supervision.record.read': rule<RecordPolicyRecord>(
    (actor, r) => isSubject(actor, r) || holds(actor, SanctionReaderRoles, r),
  ),
  // Nobody records a decision about themselves.
  'supervision.record.write': rule<RecordPolicyRecord>(
    (actor, r) => !isSubject(actor, r) && holds(actor, SanctionWriterRoles, r),
  ),
  'supervision.integrity.read': rule<RecordPolicyRecord>(
    (actor, r) => !isSubject(actor, r) && holds(actor, IntegrityRoles, r),
  ),
  'supervision.integrity.write': rule<RecordPolicyRecord>(
    (actor, r) => !isSubject(actor, r) && holds(actor, IntegrityRoles, r),
  ),
} satisfies PolicyTable;

declare module '../../../core/policy.ts' {
  interface ActionRegistry extends ActionsOf<typeof recordPolicies> {}
}

export type RecordAbilities = {
  canReadSanctions: boolean;
  canWriteSanctions: boolean;
  canReadIntegrity: boolean;
  canWriteIntegrity: boolean;
};

export function recordAbilities(actor: Actor, r: RecordPolicyRecord): RecordAbilities {
  return {
    canReadSanctions: can(actor, 'supervision.record.read', r),
    canWriteSanctions: can(actor, 'supervision.record.write', r),
    canReadIntegrity: can(actor, 'supervision.integrity.read', r),
    canWriteIntegrity: can(actor, 'supervision.integrity.write', r),
  };
}
