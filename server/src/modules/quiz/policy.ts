import { type ActionsOf, hasRole, type PolicyTable, rule } from '../../core/policy.ts';

// Quizzes: a member answers their own papers (or a delegate acting for them); offices and org
// admins read the papers and set the rules of their subtree.
const QuizManagerRoles = ['org_admin', 'party_office'] as const;

const ownPaper = rule<{ orgPath: string; personId: string }>(
  (actor, r) => (actor.actingFor?.personId ?? actor.personId) === r.personId,
);

export const quizPolicies = {
  'quiz.paper.read': rule<{ orgPath: string; personId: string }>(
    (actor, r) =>
      (actor.actingFor?.personId ?? actor.personId) === r.personId ||
      (!actor.actingFor && hasRole(actor, QuizManagerRoles, r.orgPath)),
  ),
  'quiz.paper.answer': ownPaper,
  'quiz.rules.read': rule<{ orgPath: string }>((actor, r) => hasRole(actor, QuizManagerRoles, r.orgPath)),
  'quiz.rules.update': rule<{ orgPath: string }>((actor, r) => hasRole(actor, QuizManagerRoles, r.orgPath)),
  // Special quizzes: an office defines, publishes and reads the results of its subtree's quizzes.
  'quiz.special.manage': rule<{ orgPath: string }>(
    (actor, r) => !actor.actingFor && hasRole(actor, QuizManagerRoles, r.orgPath),
  ),
} satisfies PolicyTable;

export { QuizManagerRoles };

declare module '../../core/policy.ts' {
  interface ActionRegistry extends ActionsOf<typeof quizPolicies> {}
}
