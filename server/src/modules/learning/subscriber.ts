import type { EventSubscriber } from '../../platform/events/dispatcher.ts';
import { buildDeltas } from './facts.ts';
import { writeFacts } from './write.ts';

// Turns content, video and quiz events into points, study hours and the learning facts, after
// commit (never in the member's transaction). The writes commit with the subscriber's cursor, so
// a batch counts once; the ledger's (source event, action) key also keeps a batch that is ever
// handled twice from awarding twice.
//
// No `learning.points.awarded` event is recorded per award: it would double the events table for
// the busiest behaviour there is, and the ledger (learning_points, with its source event) is already
// the record of every award.
export const learningFactsSubscriber: EventSubscriber = {
  id: 'learning.facts',
  label: { zh: '学习积分、学时与答题统计', en: 'Learning points, study hours and quiz figures' },
  types: ['content.item.read', 'video.asset.watched', 'quiz.question.answered', 'quiz.paper.completed'],
  async handle(services, events) {
    const mine = events.filter((e) => e.personId !== null);
    if (mine.length === 0) return;
    const { days, awards } = await buildDeltas(services.db, mine);
    await writeFacts(services.db, days, awards);
  },
};

export const learningSubscribers: EventSubscriber[] = [learningFactsSubscriber];
