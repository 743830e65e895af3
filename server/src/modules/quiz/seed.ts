import { asc, isNull } from 'drizzle-orm';
import { orgs } from '../../core/org/schema.ts';
import type { Services } from '../../platform/context.ts';
import { specialQuizzes } from './schema.ts';

// Demo: one open special quiz (专项答题) for the whole city, so the phone's 答题 list and the
// console's 答题管理 show one: 10 questions drawn from the starter bank, 20 minutes, 60 to pass,
// two attempts, open from yesterday for 30 days. Nothing is added when a special quiz exists.
export async function seedQuizDemo(services: Services, say: (msg: string) => void): Promise<void> {
  const db = services.db;
  if ((await db.select({ id: specialQuizzes.id }).from(specialQuizzes).limit(1)).length > 0) return;
  const [root] = await db.select().from(orgs).where(isNull(orgs.parentId)).orderBy(asc(orgs.id)).limit(1);
  if (!root) return;
  const now = Date.now();
  await db.insert(specialQuizzes).values({
    orgId: root.id,
    orgPath: root.path,
    title: '党章党规知识专项答题',
    description: '围绕《中国共产党章程》和党内法规的基本知识，全市党员参加。',
    status: 'published',
    opensAt: new Date(now - 86_400_000),
    closesAt: new Date(now + 30 * 86_400_000),
    timeLimitMinutes: 20,
    questionCount: 10,
    categoryMix: {},
    difficultyMix: {},
    questionIds: [],
    passMark: 60,
    attemptsAllowed: 2,
    publishedAt: new Date(now - 86_400_000),
  });
  say('quiz: one special quiz open for the city');
}
