import { type ActionsOf, hasRole, type PolicyTable, rule } from '../../core/policy.ts';

// Learning records and figures. A member reads their own record (a delegate acting for them
// reads the member's); party offices and org admins read the figures, lists and exports of their
// subtree and set its learning settings (point rules, rankings, study-hour targets).
export const LearningManagerRoles = ['org_admin', 'party_office'] as const;

const manager = rule<{ orgPath: string }>(
  (actor, r) => !actor.actingFor && hasRole(actor, LearningManagerRoles, r.orgPath),
);

export const learningPolicies = {
  'learning.record.read': rule<{ orgPath: string; personId: string }>(
    (actor, r) =>
      (actor.actingFor?.personId ?? actor.personId) === r.personId ||
      (!actor.actingFor && hasRole(actor, LearningManagerRoles, r.orgPath)),
  ),
  'learning.settings.read': manager,
  'learning.settings.update': manager,
  'learning.dashboard.read': manager,
  'learning.dashboard.export': manager,
} satisfies PolicyTable;

declare module '../../core/policy.ts' {
  interface ActionRegistry extends ActionsOf<typeof learningPolicies> {}
}
