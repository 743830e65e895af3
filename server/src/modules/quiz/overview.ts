// The phone's 答题 list for a member: today's daily paper, this week's paper, the special quizzes
// open to them (with their attempts), and their challenge record. Papers whose time is up are
// closed first, so what the list says matches what the server will accept.
import { SpecialQuizLimits } from '@hongyun/contracts';
import { and, eq, isNull, max } from 'drizzle-orm';
import { chinaDay } from '../../core/events/rollups.ts';
import type { TxCtx } from '../../platform/context.ts';
import { closeExpiredPapers } from './commands/finish-paper.ts';
import { paperScore } from './presenter.ts';
import { findPaperOfDay, type PaperRecord } from './queries.ts';
import { quizPapers } from './schema.ts';
import { attemptsOf, openSpecialQuizzesFor, type Taker } from './special-queries.ts';
import { chinaWeek } from './week.ts';

const state = (p: PaperRecord | null) => ({
  paperId: p?.id ?? null,
  answered: p ? p.questions.filter((q) => q.answeredAt !== null).length : 0,
  total: p?.total ?? 0,
  score: p?.completedAt ? paperScore(p) : null,
  deadlineAt: p?.deadlineAt?.toISOString() ?? null,
  completedAt: p?.completedAt?.toISOString() ?? null,
});

export async function quizOverview(ctx: TxCtx, t: Taker, now: Date = new Date()) {
  await closeExpiredPapers(ctx, eq(quizPapers.personId, t.personId), now);
  const week = chinaWeek(now);
  const [daily, weekly, specials, [best], [open]] = await Promise.all([
    findPaperOfDay(ctx.db, t.personId, 'daily', chinaDay(now)),
    findPaperOfDay(ctx.db, t.personId, 'weekly', week.monday),
    openSpecialQuizzesFor(ctx.db, t, now),
    ctx.db
      .select({ best: max(quizPapers.correct) })
      .from(quizPapers)
      .where(and(eq(quizPapers.personId, t.personId), eq(quizPapers.kind, 'challenge'))),
    ctx.db
      .select({ id: quizPapers.id })
      .from(quizPapers)
      .where(
        and(eq(quizPapers.personId, t.personId), eq(quizPapers.kind, 'challenge'), isNull(quizPapers.completedAt)),
      ),
  ]);
  const attempts = await attemptsOf(
    ctx.db,
    t.personId,
    specials.map((q) => q.id),
  );
  return {
    now: now.toISOString(),
    daily: state(daily),
    weekly: { ...state(weekly), weekStart: week.monday },
    specials: specials.map((q) => {
      const a = attempts.get(q.id);
      return {
        id: q.id,
        title: q.title,
        description: q.description,
        opensAt: q.opensAt.toISOString(),
        closesAt: q.closesAt.toISOString(),
        timeLimitMinutes: q.timeLimitMinutes,
        questionCount: q.questionCount,
        passMark: q.passMark,
        attemptsAllowed: q.attemptsAllowed,
        attemptsUsed: a?.used ?? 0,
        bestScore: a?.best ?? null,
        passed: a?.passed ?? false,
        openPaperId: a?.openPaperId ?? null,
      };
    }),
    challenge: { best: best?.best ?? 0, openPaperId: open?.id ?? null, max: SpecialQuizLimits.challengeMax },
  };
}
