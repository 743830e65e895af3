import { sql } from 'drizzle-orm';
import type { OrgPathCopy } from '../../core/kernel/define-module.ts';
import { notifyOnCommit } from '../../platform/db/change-feed.ts';
import { inScope } from '../../platform/db/path-scope.ts';
import { QUIZ_RULES_TOPIC } from './rules.ts';
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
    // The rules' memory copies (rules.ts) hold the old paths: they reload once the move commits.
    if (table === quizRules && rows.length > 0) await notifyOnCommit(tx, QUIZ_RULES_TOPIC);
    return rows.length;
  };

export const quizOrgPathCopies = {
  quiz_papers: rewrite(quizPapers),
  quiz_rules: rewrite(quizRules),
  special_quizzes: rewrite(specialQuizzes),
};
