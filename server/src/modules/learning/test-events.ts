// Test-only: learning events written straight into the events table at a chosen time (the producers'
// own commands stamp "now"), and delivered to the learning subscriber as the worker would.
import { randomUUID } from 'node:crypto';
import type { Services } from '../../platform/context.ts';
import { deliverPending } from '../../platform/events/dispatcher.ts';
import { events } from '../../platform/events/table.ts';
import { learningSubscribers } from './subscriber.ts';

type Org = { id: number; path: string };
type Who = { personId: string; org: Org; at: string; delegationId?: string };

const row = (w: Who, type: string, subjectType: string, subjectId: string, data: Record<string, unknown>) => ({
  type,
  occurredAt: new Date(w.at),
  personId: w.personId,
  actingForPersonId: w.delegationId ? w.personId : null,
  delegationId: w.delegationId ?? null,
  orgId: w.org.id,
  orgPath: w.org.path,
  subjectType,
  subjectId,
  data,
});

export function learningEvents(s: Pick<Services, 'db'>) {
  // The id comes from the table's identity (the query-side table does not declare that default).
  const put = (r: ReturnType<typeof row>) => s.db.insert(events).values(r as typeof events.$inferInsert);
  return {
    read: (w: Who, contentId: string, seconds: number, reachedEnd = false) =>
      put(
        row(w, 'content.item.read', 'content', contentId, {
          contentId,
          channel: 'materials',
          title: '学习材料',
          seconds,
          reachedEnd,
        }),
      ),
    watch: (w: Who, videoId: string, seconds: number, completed = false) =>
      put(
        row(w, 'video.asset.watched', 'video', videoId, {
          videoId,
          contentId: null,
          title: '学习视频',
          seconds,
          completed,
        }),
      ),
    answer: (w: Who, kind: 'daily' | 'weekly' | 'special' | 'challenge', isCorrect: boolean, paperId = randomUUID()) =>
      put(
        row(w, 'quiz.question.answered', 'quiz_paper', paperId, {
          paperId,
          questionId: randomUUID(),
          kind,
          isCorrect,
        }),
      ),
    completeDaily: (w: Who, day: string) => {
      const paperId = randomUUID();
      return put(
        row(w, 'quiz.paper.completed', 'quiz_paper', paperId, {
          paperId,
          kind: 'daily',
          day,
          correct: 5,
          total: 5,
          score: 100,
          passed: null,
        }),
      );
    },
  };
}

export const deliverLearning = (s: Services, batchSize?: number) =>
  deliverPending(s, learningSubscribers, batchSize ? { batchSize } : {});
