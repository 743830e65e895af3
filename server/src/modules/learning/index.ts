import { atAnyGrant, defineModule } from '../../core/kernel/index.ts';
import { generateLearningData, seedLearningDemo } from './data.ts';
import { LEARNING_EXPORT, learningExportJob } from './jobs/export-learning.ts';
import { refreshMemberStats } from './member-stats.ts';
import { learningMetrics } from './metrics.ts';
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
  metrics: learningMetrics,
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
  abilities: (actor) => ({
    canReadLearningDashboard: atAnyGrant(actor, 'learning.dashboard.read'),
    canSetLearning: atAnyGrant(actor, 'learning.settings.update'),
    // A member on the register (or a delegate acting for one) has a learning record to see.
    hasLearningRecord: Boolean(actor.actingFor?.personId ?? actor.personId),
  }),
  nav: [
    {
      key: 'learningDashboard',
      path: '/learning-dashboard',
      label: { zh: '学习统计', en: 'Learning statistics' },
      icon: 'chart',
      ability: 'canReadLearningDashboard',
      order: 105,
    },
    {
      key: 'learning-settings',
      path: '/learning-settings',
      label: { zh: '积分与学时设置', en: 'Points and study hours' },
      icon: 'trophy',
      ability: 'canSetLearning',
      order: 106,
    },
  ],
  tiles: [
    {
      key: 'learning-points',
      path: 'learning/points',
      label: { zh: '我的积分', en: 'My points' },
      icon: 'star',
      ability: 'hasLearningRecord',
      order: 3,
    },
    {
      key: 'learning-hours',
      path: 'learning/hours',
      label: { zh: '我的学时', en: 'My study hours' },
      icon: 'clock',
      ability: 'hasLearningRecord',
      order: 4,
    },
  ],
  seed: seedLearningDemo,
  generate: generateLearningData,
});

/** For other modules (supervision): answer rates over working days and the days each person did the daily quiz. */
export { answerRate, dailyQuizDays, type RatePeriod } from './record.ts';
/** For the supervision forecast: each person's recent days (quiz completed, study seconds), in one query. */
export { personTrendDays, type TrendDay } from './trends.ts';
