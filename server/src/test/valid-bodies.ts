// A body that passes validation for each route that takes one and is not already in
// body-id-cases.ts, so that route-walking tests reach past validation: with one field swapped for
// a bad value (bad-input.test.ts), or with a foreign path id (every-route.test.ts). `own` is the
// caller's subtree. A new route with a body fails those tests until it has an entry here or there.
import { makePhone } from './factories.ts';
import { type Subtree, specialQuizBody, supervisionRuleBody } from './two-subtrees.ts';

export const VALID_BODIES: Record<string, (own: Subtree) => object> = {
  'POST /api/auth/login': () => ({ phone: makePhone(), password: 'Hongyun#2026nope', client: 'web' }),
  'POST /api/auth/password': () => ({ currentPassword: 'Hongyun#2026pass', newPassword: 'Hongyun#2026next' }),
  'POST /api/auth/totp/enable': () => ({ code: '123456' }),
  'POST /api/auth/totp/disable': () => ({ code: '123456' }),
  'PATCH /api/me': () => ({ locale: 'en' }),
  'PUT /api/me/notification-preferences': () => ({
    email: { enabled: true, address: 'member@example.org' },
    webhook: { enabled: true },
    quietHours: { enabled: true, start: '22:00', end: '07:00' },
  }),
  'POST /api/accounts/{id}/reset-password': () => ({ initialPassword: 'Hongyun#2026reset' }),
  'PUT /api/orgs/{id}/modules': () => ({ learning: false }),
  'PATCH /api/orgs/{id}': () => ({ name: '改名的党组织' }),
  'POST /api/orgs/{id}/move': (own) => ({ newParentId: own.town.id }),
  'PUT /api/calendar/days/{day}': () => ({ isWorkday: false, nameZh: '测试假日', nameEn: 'Test holiday' }),
  'PUT /api/calendar/years/{year}': () => ({ confirmed: false }),
  'PUT /api/orgs/{id}/quiz-rules': () => ({ questionCount: 5, categoryMix: {}, difficultyMix: {}, noRepeatDays: 30 }),
  'PUT /api/orgs/{id}/learning-settings': () => ({
    pointRules: [{ action: 'quiz.daily.correct', points: 1, dailyCap: 6, isEnabled: true }],
    rankingsEnabled: true,
    memberHoursTarget: 32,
    leaderHoursTarget: 56,
  }),
  'POST /api/quiz-papers/{id}/answers': () => ({ position: 0, answer: ['A'] }),
  'PUT /api/special-quizzes/{id}': () => specialQuizBody(),
  'POST /api/orgs/{id}/learning/exports': () => ({ kind: 'inactive', workdays: 3 }),
  'PATCH /api/people/{id}': () => ({ position: '改过的职务' }),
  'PUT /api/questions/{id}': () => ({
    type: 'single',
    stem: '党的最高领导机关是（  ）。',
    options: [
      { key: 'A', text: '党的全国代表大会和它所产生的中央委员会' },
      { key: 'B', text: '中央政治局' },
    ],
    answer: ['A'],
    category: '党章',
  }),
  'POST /api/people/{id}/transfer': (own) => ({
    toOrgId: own.branch.id,
    effectiveDate: '2026-01-05',
    reason: '工作调动',
  }),
  'PATCH /api/content/items/{id}': () => ({ title: '改过的标题' }),
  'POST /api/content/items/{id}/return': () => ({ note: '请补充出处' }),
  'PUT /api/content/items/{id}/pin': () => ({ isPinned: true }),
  'POST /api/content/feed/{id}/reading': () => ({ isStart: false, reachedEnd: false }),
  'POST /api/content/feed/{id}/video/watch': () => ({ from: 0, to: 10, positionSeconds: 10 }),
  'POST /api/videos/{id}/watch': () => ({ from: 0, to: 10, positionSeconds: 10 }),
  'PUT /api/supervision/rules/{id}': (own) => supervisionRuleBody(own.town.id),
  'POST /api/supervision/rules/{id}/run': () => ({ day: '2026-11-06' }),
  'POST /api/supervision/alerts/{id}/explanation': () => ({ explanation: '11月2日至6日出差，未能按时答题' }),
  'POST /api/supervision/alerts/{id}/close': () => ({ outcome: 'talk', note: '已约谈' }),
};
