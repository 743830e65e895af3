import { type ActionsOf, hasRole, type PolicyTable, rule } from '../../core/policy.ts';

// Attendance. A cadre punches for themselves, in person (a relative acting for an elder does not).
// Offices and org admins of a subtree keep its places and windows, read its punches and sheets,
// approve outside punches and review flagged ones; they alone see positions (PIPL art. 28:
// sensitive personal information, each view audited). The command centre reads sheets without
// positions.
export const AttendanceManagerRoles = ['party_office', 'org_admin'] as const;
export const AttendanceReaderRoles = ['party_office', 'org_admin', 'monitor'] as const;

type Scoped = { orgPath: string };
type PunchRecord = { orgPath: string; personId: string };

export const attendancePolicies = {
  'attendance.punch': rule<{ personId: string }>(
    (actor, r) => !actor.actingFor && !!actor.personId && actor.personId === r.personId,
  ),
  'attendance.setup.manage': rule<Scoped>(
    (actor, r) => !actor.actingFor && hasRole(actor, AttendanceManagerRoles, r.orgPath),
  ),
  'attendance.read': rule<Scoped>((actor, r) => !actor.actingFor && hasRole(actor, AttendanceReaderRoles, r.orgPath)),
  /** Deciding on someone else's punch: never one's own. */
  'attendance.punch.decide': rule<PunchRecord>(
    (actor, r) =>
      !actor.actingFor && actor.personId !== r.personId && hasRole(actor, AttendanceManagerRoles, r.orgPath),
  ),
  'attendance.position.view': rule<PunchRecord>(
    (actor, r) => !actor.actingFor && hasRole(actor, AttendanceManagerRoles, r.orgPath),
  ),
} satisfies PolicyTable;

declare module '../../core/policy.ts' {
  interface ActionRegistry extends ActionsOf<typeof attendancePolicies> {}
}
