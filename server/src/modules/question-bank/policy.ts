import type { Role } from '@hongyun/contracts';
import { type ActionsOf, hasRole, type PolicyTable, rule } from '../../core/policy.ts';

// Who keeps the question bank. The bank holds the answers, so only those who write papers read it:
// party-building offices, org admins and system admins, at their organisation and below. Members
// meet questions only through the quiz module, which draws and scores without showing the key.

/** Roles that keep a question bank (read it with answers, write, disable, import). */
export const QuestionBankRoles: readonly Role[] = ['party_office', 'org_admin', 'system_admin'];

type QuestionRecord = { orgPath: string };

const manage = rule<QuestionRecord>((actor, q) => hasRole(actor, QuestionBankRoles, q.orgPath));

export const questionBankPolicies = {
  'question.bank.read': manage,
  'question.bank.write': manage,
  // Importing is writing many at once: the same keepers. Named as the import machinery names its
  // actions (`<kind>.import`), which also guards the download of the import's report file.
  'questions.import': manage,
} satisfies PolicyTable;

declare module '../../core/policy.ts' {
  interface ActionRegistry extends ActionsOf<typeof questionBankPolicies> {}
}
