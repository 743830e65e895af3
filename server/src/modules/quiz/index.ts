import { defineModule } from '../../core/kernel/index.ts';
import { quizOrgPathCopies } from './org-paths.ts';
import { quizPolicies } from './policy.ts';
import { registerQuizRoutes } from './routes.ts';

// Quizzes (答题): the daily quiz drawn per member and day, answered one question at a time.
// Draws and scores through the question bank's index only.

export const quizModule = defineModule({
  id: 'quiz',
  switch: 'learning',
  routes: registerQuizRoutes,
  policies: quizPolicies,
  orgPathCopies: quizOrgPathCopies,
  tiles: [{ key: 'quiz', path: 'quiz', label: { zh: '答题', en: 'Quiz' }, icon: 'quiz', order: 2 }],
});
