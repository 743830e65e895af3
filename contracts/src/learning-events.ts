// The learning modules' behaviour events (两学一做: content, video, question bank, quizzes, points).
// Shared by the content, video, question-bank, quiz and learning (points, study hours, dashboards)
// modules: the producers record them, the learning module's subscribers turn them into points,
// study hours and rollups. Delegated learning is told by the event row's acting_for_person_id /
// delegation_id columns, not by the payload. Seconds are whole seconds actually credited.
import { z } from 'zod';
import { spec } from './event-spec.ts';

const contentRef = { contentId: z.uuid(), channel: z.string(), title: z.string() };
const QuizKinds = ['daily', 'weekly', 'special', 'challenge'] as const;

export const LearningEvents = {
  'content.item.submitted': spec({
    payload: z.strictObject(contentRef),
    label: { zh: '提交审核', en: 'Content submitted for review' },
    summary: { zh: '{actor} 提交了《{title}》待审核', en: '{actor} submitted "{title}" for review' },
    vars: (d) => ({ title: d.title }),
  }),
  'content.item.published': spec({
    payload: z.strictObject({ ...contentRef, kind: z.enum(['article', 'document', 'video']) }),
    label: { zh: '发布内容', en: 'Content published' },
    summary: { zh: '{actor} 发布了《{title}》', en: '{actor} published "{title}"' },
    vars: (d) => ({ title: d.title }),
    metric: 'content.published',
  }),
  'content.item.withdrawn': spec({
    payload: z.strictObject(contentRef),
    label: { zh: '撤回内容', en: 'Content withdrawn' },
    summary: { zh: '{actor} 撤回了《{title}》', en: '{actor} withdrew "{title}"' },
    vars: (d) => ({ title: d.title }),
  }),
  /** Effective reading credited (page visible, heartbeats), at most one event per minute read. */
  'content.item.read': spec({
    payload: z.strictObject({
      ...contentRef,
      seconds: z.number().int().positive(),
      reachedEnd: z.boolean(),
    }),
    label: { zh: '阅读学习', en: 'Reading' },
    summary: { zh: '{actor} 阅读《{title}》{seconds} 秒', en: '{actor} read "{title}" for {seconds} s' },
    vars: (d) => ({ title: d.title, seconds: String(d.seconds) }),
    metric: 'learning.reads',
  }),
  /** Seconds of video actually played (skipped parts never count), at most one event per minute. */
  'video.asset.watched': spec({
    payload: z.strictObject({
      videoId: z.uuid(),
      contentId: z.uuid().nullable(),
      title: z.string(),
      seconds: z.number().int().positive(),
      completed: z.boolean(),
    }),
    label: { zh: '观看视频', en: 'Video watched' },
    summary: { zh: '{actor} 观看《{title}》{seconds} 秒', en: '{actor} watched "{title}" for {seconds} s' },
    vars: (d) => ({ title: d.title, seconds: String(d.seconds) }),
    metric: 'learning.views',
  }),
  'quiz.question.answered': spec({
    payload: z.strictObject({
      paperId: z.uuid(),
      questionId: z.uuid(),
      kind: z.enum(QuizKinds),
      isCorrect: z.boolean(),
    }),
    label: { zh: '答题', en: 'Question answered' },
    summary: { zh: '{actor} 答了一道题（{result}）', en: '{actor} answered a question ({result})' },
    vars: (d, lang) => ({
      result: d.isCorrect ? (lang === 'zh' ? '正确' : 'right') : lang === 'zh' ? '错误' : 'wrong',
    }),
    metric: 'quiz.answers',
  }),
  'quiz.paper.completed': spec({
    payload: z.strictObject({
      paperId: z.uuid(),
      kind: z.enum(QuizKinds),
      /** China day the paper belongs to (YYYY-MM-DD): the answer rate counts daily papers by it. */
      day: z.iso.date(),
      correct: z.number().int().nonnegative(),
      total: z.number().int().nonnegative(),
      score: z.number().nonnegative(),
      passed: z.boolean().nullable(),
    }),
    label: { zh: '完成答题', en: 'Quiz completed' },
    summary: {
      zh: '{actor} 完成了{kindLabel}，答对 {correct}/{total}',
      en: '{actor} completed a {kindLabel}: {correct}/{total} right',
    },
    vars: (d, lang) => ({
      kindLabel: QuizKindLabels[d.kind][lang],
      correct: String(d.correct),
      total: String(d.total),
    }),
    metric: 'quiz.completed',
  }),
  'question.bank.imported': spec({
    payload: z.strictObject({ count: z.number().int().nonnegative() }),
    label: { zh: '导入题库', en: 'Questions imported' },
    summary: { zh: '{actor} 导入了 {count} 道题', en: '{actor} imported {count} questions' },
    vars: (d) => ({ count: String(d.count) }),
  }),
  'learning.points.awarded': spec({
    payload: z.strictObject({ rule: z.string(), points: z.number().int(), sourceEventId: z.string().nullable() }),
    label: { zh: '获得积分', en: 'Points awarded' },
    summary: { zh: '{actor} 获得 {points} 积分', en: '{actor} earned {points} points' },
    vars: (d) => ({ points: String(d.points) }),
  }),
} as const;

export { QuizKinds };
export const QuizKindLabels: Record<(typeof QuizKinds)[number], { zh: string; en: string }> = {
  daily: { zh: '每日答题', en: 'daily quiz' },
  weekly: { zh: '每周答题', en: 'weekly quiz' },
  special: { zh: '专项答题', en: 'special quiz' },
  challenge: { zh: '挑战答题', en: 'challenge quiz' },
};
