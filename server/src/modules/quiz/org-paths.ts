import { sql } from 'drizzle-orm';
import type { OrgPathCopy } from '../../core/kernel/define-module.ts';
import { inScope } from '../../platform/db/path-scope.ts';
import { quizPapers, quizRules, specialQuizzes } from './schema.ts';

// Papers, rules and special quizzes are scoped by a copy of their org's path: an org move rewrites them in its
// own transaction, so an office never loses (or gains) papers when the tree changes.
const rewrite =
  (table: typeof quizPapers | typeof quizRules | typeof specialQuizzes): OrgPathCopy =>
  async (tx, move) => {
    const rows = await tx
      .update(table)
      .set({ orgPath: sql`${move.newPath} || substr(${table.orgPath}, ${move.oldPath.length + 1})` })
      .where(inScope(table.orgPath, [move.oldPath]))
      .returning({ orgPath: table.orgPath });
    return rows.length;
  };

export const quizOrgPathCopies = {
  quiz_papers: rewrite(quizPapers),
  quiz_rules: rewrite(quizRules),
  special_quizzes: rewrite(specialQuizzes),
};
