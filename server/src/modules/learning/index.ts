import { atAnyGrant, defineModule } from '../../core/kernel/index.ts';
import { generateLearningData, seedLearningDemo } from './data.ts';
import { LEARNING_EXPORT, learningExportJob } from './jobs/export-learning.ts';
import { refreshMemberStats } from './member-stats.ts';
import { learningOrgPathCopies } from './org-paths.ts';
import { learningPolicies } from './policy.ts';
import { registerLearningRoutes } from './routes.ts';
import { learningSubscribers } from './subscriber.ts';

// Learning (学习): points by rules, study hours (学时) against annual targets, answer rates over
// working days, a member's own record and the org dashboards. It reads no other module's tables:
// its subscriber builds its own facts from the content, video and quiz modules' events.

export const learningModule = defineModule({
  id: 'learning',
  switch: 'learning',
  routes: registerLearningRoutes,
  policies: learningPolicies,
  jobs: { [LEARNING_EXPORT]: learningExportJob },
  subscribers: learningSubscribers,
  // The dashboards' register-side snapshot, for every org in one pass (member-stats.ts).
  crons: [
    {
      name: 'learning.member-stats',
      cron: '*/10 * * * *',
      runAtStart: true,
      run: async (services) => {
        await refreshMemberStats(services.db);
      },
    },
  ],
  orgPathCopies: learningOrgPathCopies,
  abilities: (actor) => ({ canReadLearningDashboard: atAnyGrant(actor, 'learning.dashboard.read') }),
  nav: [
    {
      key: 'learningDashboard',
      path: '/learning-dashboard',
      label: { zh: '学习统计', en: 'Learning statistics' },
      icon: 'chart',
      ability: 'canReadLearningDashboard',
      order: 105,
    },
  ],
  seed: seedLearningDemo,
  generate: generateLearningData,
});
