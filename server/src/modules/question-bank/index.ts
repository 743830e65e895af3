import { sql } from 'drizzle-orm';
import { atAnyGrant, defineModule } from '../../core/kernel/index.ts';
import { can, inScope } from '../../core/policy.ts';
import { notifyOnCommit } from '../../platform/db/change-feed.ts';
import { registerQuestionImportRoutes } from './import-routes.ts';
import { QUESTIONS_IMPORT, questionImportJob } from './jobs/import-questions.ts';
import { questionBankPolicies } from './policy.ts';
import { createQuestionBankCopy, QUESTIONS_TOPIC } from './pool-copy.ts';
import { registerQuestionBankRoutes } from './routes.ts';
import { questions } from './schema.ts';
import { seedStarterBank } from './starter-seed.ts';

export { QuestionBankRoles } from './policy.ts';
// The question bank's public face for other modules (the quiz module draws and scores through it).
export { type BankQuestion, loadQuestions, questionPool } from './pool.ts';
export { drawingPool, drawnQuestions, QUESTIONS_TOPIC } from './pool-copy.ts';
export { type QuestionOption, type QuestionType, QuestionTypes } from './schema.ts';
export { isAnswerCorrect, normaliseFill, type Scorable } from './scoring.ts';

/** 题库: the questions papers are drawn from, kept by party offices and org admins for their subtree. */
export const questionBankModule = defineModule({
  id: 'question-bank',
  switch: 'learning',
  routes: async (app) => {
    createQuestionBankCopy(app.services); // the drawing copy of the bank, per API process
    await registerQuestionImportRoutes(app); // before /api/questions/:id reads like a path id
    await registerQuestionBankRoutes(app);
  },
  policies: questionBankPolicies,
  jobs: { [QUESTIONS_IMPORT]: questionImportJob },
  abilities: (actor) => ({
    canManageQuestionBank: atAnyGrant(actor, 'question.bank.write'),
    canImportQuestions: atAnyGrant(actor, 'questions.import') && can(actor, 'files.upload'),
  }),
  nav: [
    {
      key: 'question-bank',
      path: '/question-bank',
      label: { zh: '题库', en: 'Question bank' },
      icon: 'content',
      ability: 'canManageQuestionBank',
      order: 120,
    },
  ],
  // A question's org_path scopes the bank and the pool: it moves in the same transaction as the tree.
  orgPathCopies: {
    questions: async (tx, move) => {
      const rows = await tx
        .update(questions)
        .set({ orgPath: sql`${move.newPath} || substr(${questions.orgPath}, ${move.oldPath.length + 1})` })
        .where(inScope(questions.orgPath, [move.oldPath]))
        .returning({ id: questions.id });
      // The drawing copies of the bank hold the old paths: they reload once the move commits.
      if (rows.length > 0) await notifyOnCommit(tx, QUESTIONS_TOPIC);
      return rows.length;
    },
  },
  seed: async (services, say) => {
    const { added, skipped } = await seedStarterBank(services.db);
    // Another process's drawing copy of the bank must learn of the new rows.
    if (added > 0) await services.changes.publish(services.db, QUESTIONS_TOPIC, '');
    if (added + skipped > 0) say(`starter question bank: ${added} added, ${skipped} skipped`);
  },
});
