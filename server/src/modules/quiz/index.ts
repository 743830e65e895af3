import { atAnyGrant, defineModule } from '../../core/kernel/index.ts';
import type { TxCtx } from '../../platform/context.ts';
import { closeExpiredPapers } from './commands/finish-paper.ts';
import { QUIZ_RESULTS_EXPORT, quizResultsExportJob } from './jobs/export-results.ts';
import { quizOrgPathCopies } from './org-paths.ts';
import { quizPolicies } from './policy.ts';
import { registerQuizRoutes } from './routes.ts';
import { createRulesCopy } from './rules.ts';
import { seedQuizDemo } from './seed.ts';

// Quizzes (答题): the daily and weekly papers drawn per member, special quizzes an office defines
// for its subtree, and the challenge that runs to the first wrong answer; answered one question at
// a time. Draws and scores through the question bank's index only.

export const quizModule = defineModule({
  id: 'quiz',
  switch: 'learning',
  routes: async (app) => {
    createRulesCopy(app.services); // the quiz_rules table in memory, per API process
    await registerQuizRoutes(app);
  },
  policies: quizPolicies,
  jobs: { [QUIZ_RESULTS_EXPORT]: quizResultsExportJob },
  orgPathCopies: quizOrgPathCopies,
  seed: seedQuizDemo,
  // Papers whose server deadline passed close and are scored even if nobody opens them again.
  crons: [
    {
      name: 'quiz.close-expired',
      cron: '*/5 * * * *',
      run: async (services) => {
        const ctx: TxCtx = { ...services, actor: null, requestId: 'cron:quiz.close-expired', ip: null, lang: 'zh' };
        await closeExpiredPapers(ctx);
      },
    },
  ],
  abilities: (actor) => ({ canManageQuizzes: atAnyGrant(actor, 'quiz.special.manage') }),
  nav: [
    {
      key: 'quiz',
      path: '/quiz',
      label: { zh: '答题管理', en: 'Quizzes' },
      icon: 'quiz',
      ability: 'canManageQuizzes',
      order: 125,
    },
  ],
  tiles: [{ key: 'quiz', path: 'quiz', label: { zh: '答题', en: 'Quiz' }, icon: 'quiz', order: 2 }],
});
