// A body that passes validation for each route that takes one and is not already in
// body-id-cases.ts, so that route-walking tests reach past validation: with one field swapped for
// a bad value (bad-input.test.ts), or with a foreign path id (every-route.test.ts). `own` is the
// caller's subtree. A new route with a body fails those tests until it has an entry here or there.
import { makePhone } from './factories.ts';
import type { Subtree } from './two-subtrees.ts';

export const VALID_BODIES: Record<string, (own: Subtree) => object> = {
  'POST /api/auth/login': () => ({ phone: makePhone(), password: 'Hongyun#2026nope', client: 'web' }),
  'POST /api/auth/password': () => ({ currentPassword: 'Hongyun#2026pass', newPassword: 'Hongyun#2026next' }),
  'POST /api/auth/totp/enable': () => ({ code: '123456' }),
  'POST /api/auth/totp/disable': () => ({ code: '123456' }),
  'PATCH /api/me': () => ({ locale: 'en' }),
  'POST /api/accounts/{id}/reset-password': () => ({ initialPassword: 'Hongyun#2026reset' }),
  'PUT /api/orgs/{id}/modules': () => ({ learning: false }),
  'PATCH /api/orgs/{id}': () => ({ name: '改名的党组织' }),
  'POST /api/orgs/{id}/move': (own) => ({ newParentId: own.town.id }),
  'PUT /api/orgs/{id}/quiz-rules': () => ({ questionCount: 5, categoryMix: {}, difficultyMix: {}, noRepeatDays: 30 }),
  'POST /api/quiz-papers/{id}/answers': () => ({ position: 0, answer: ['A'] }),
  'PATCH /api/people/{id}': () => ({ position: '改过的职务' }),
  'POST /api/people/{id}/transfer': (own) => ({
    toOrgId: own.branch.id,
    effectiveDate: '2026-01-05',
    reason: '工作调动',
  }),
};
