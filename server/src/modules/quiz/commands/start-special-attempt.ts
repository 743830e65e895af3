// Starts an attempt at a special quiz (专项答题), or returns the attempt under way: only while the
// quiz is published and its window open, only up to the attempts allowed. Each attempt's deadline
// is the server's: the time limit from now, never past the window's close. Concurrent starts agree
// on one attempt (unique quiz, person, attempt number).
import { and, eq, isNull } from 'drizzle-orm';
import { chinaDay } from '../../../core/events/rollups.ts';
import type { TxCtx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { loadQuestions, questionPool } from '../../question-bank/index.ts';
import { drawQuestions, rankOf } from '../draw.ts';
import { findPaper, type PaperRecord } from '../queries.ts';
import { quizPapers } from '../schema.ts';
import type { SpecialQuizRow, Taker } from '../special-queries.ts';
import { closeExpiredPapers } from './finish-paper.ts';
import { insertPaper } from './insert-paper.ts';

const mine = (quizId: string, personId: string) =>
  and(eq(quizPapers.specialQuizId, quizId), eq(quizPapers.personId, personId));

async function drawIds(ctx: TxCtx, quiz: SpecialQuizRow, seed: string): Promise<string[]> {
  if (quiz.questionIds.length > 0) {
    // A fixed list: everyone gets these (those still in the bank), each in their own order.
    const still = new Set((await loadQuestions(ctx.db, quiz.questionIds)).map((q) => q.id));
    return quiz.questionIds.filter((id) => still.has(id)).sort((a, b) => (rankOf(seed, a) < rankOf(seed, b) ? -1 : 1));
  }
  // Only questions with any of the quiz's tags, when it names some (ordered by id: the draw is seeded).
  const pool = await questionPool(ctx.db, quiz.orgPath, { tags: quiz.tags });
  return drawQuestions(pool, new Map(), quiz, seed);
}

export async function startSpecialAttempt(
  ctx: TxCtx,
  quiz: SpecialQuizRow,
  taker: Taker,
  now: Date = new Date(),
): Promise<PaperRecord> {
  if (quiz.status !== 'published' || now < quiz.opensAt || now >= quiz.closesAt) throw new AppError('QUIZ_NOT_OPEN');
  await closeExpiredPapers(ctx, mine(quiz.id, taker.personId), now);
  const [open] = await ctx.db
    .select({ id: quizPapers.id })
    .from(quizPapers)
    .where(and(mine(quiz.id, taker.personId), isNull(quizPapers.completedAt)));
  if (open) return (await findPaper(ctx.db, open.id)) as PaperRecord;

  const used = await ctx.db.$count(quizPapers, mine(quiz.id, taker.personId));
  if (used >= quiz.attemptsAllowed) throw new AppError('QUIZ_NO_ATTEMPTS_LEFT');
  const attempt = used + 1;
  const seed = `${taker.personId}:${quiz.id}:${attempt}`;
  const ids = await drawIds(ctx, quiz, seed);
  if (ids.length === 0) throw new AppError('QUIZ_NO_QUESTIONS');
  const bank = new Map((await loadQuestions(ctx.db, ids)).map((q) => [q.id, q]));
  const limit = quiz.timeLimitMinutes === null ? null : new Date(now.getTime() + quiz.timeLimitMinutes * 60_000);
  const deadlineAt = limit && limit < quiz.closesAt ? limit : quiz.closesAt;
  const person = { id: taker.personId, orgId: taker.orgId, orgPath: taker.orgPath };
  await insertPaper(ctx.db, {
    person,
    kind: 'special',
    day: chinaDay(now),
    ids,
    bank,
    seed,
    deadlineAt,
    special: { quizId: quiz.id, attempt, passMark: quiz.passMark },
  });
  // Ours, or the one a concurrent start inserted for the same attempt number.
  const [row] = await ctx.db
    .select({ id: quizPapers.id })
    .from(quizPapers)
    .where(and(mine(quiz.id, taker.personId), eq(quizPapers.attempt, attempt)));
  const paper = row ? await findPaper(ctx.db, row.id) : null;
  if (!paper) throw new Error('special attempt not readable');
  return paper;
}
