import { type ActionsOf, hasRole, type PolicyTable, rule } from '../../core/policy.ts';

// The example module's rules: org admins and party offices read its greeting in their subtree.
const exampleGreetingRead = rule<{ orgPath: string }>((actor, r) =>
  hasRole(actor, ['org_admin', 'party_office'], r.orgPath),
);

export const examplePolicies = {
  'example.greeting.read': exampleGreetingRead,
} satisfies PolicyTable;

declare module '../../core/policy.ts' {
  interface ActionRegistry extends ActionsOf<typeof examplePolicies> {}
}
