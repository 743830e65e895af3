import { sql } from 'drizzle-orm';
import type { MetricDefinition } from '../../core/kernel/index.ts';

// What learning offers supervision rules: per person, the China days they did something. Both read
// learning's own day rows (primary key person_id, day), which its subscriber keeps.

export const learningMetrics: readonly MetricDefinition[] = [
  {
    key: 'learning.daily-quiz',
    label: { zh: '完成每日答题', en: 'Daily quiz completed' },
    description: {
      zh: '当天完成了每日答题的全部题目（本人或经授权的亲属代答）',
      en: 'Answered every question of that day’s daily quiz (in person or through an authorised relative)',
    },
    doneDays: ({ from, to }) =>
      sql`select person_id, day from learning_person_days where daily_completed and day between ${from} and ${to}`,
  },
  {
    key: 'learning.studied',
    label: { zh: '参加学习', en: 'Studied' },
    description: {
      zh: '当天有阅读、观看视频或答题记录',
      en: 'Read, watched a video or answered a question that day',
    },
    doneDays: ({ from, to }) =>
      sql`select person_id, day from learning_person_days
          where (read_seconds > 0 or watch_seconds > 0 or answers > 0) and day between ${from} and ${to}`,
  },
];
