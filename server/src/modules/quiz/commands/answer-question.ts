// Answers one question of a paper in a transaction: the path for everything the one-statement
// answer (answer-fast.ts) does not take: a challenge (which grows by one question after each right
// answer and ends at the first wrong one), a second answer, an answer after the deadline, a replay
// of an Idempotency-Key. The paper row is locked first, so answers to one paper run one at a time
// and the last one completes it exactly once. The reply says right or wrong, with the right answer
// and the explanation.
import type { AnswerQuestionInput } from '@hongyun/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { TxCtx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { idempotencyKeys } from '../../../platform/http/schema.ts';
import { isAnswerCorrect } from '../../question-bank/index.ts';
import { appendChallengeQuestion } from '../challenge.ts';
import { displayKey } from '../draw.ts';
import { correctInDisplayKeys, presentPaperSummary } from '../presenter.ts';
import type { PaperQuestionRow } from '../queries.ts';
import { quizPaperQuestions, quizPapers } from '../schema.ts';
import { type IdempotencyClaim, REGENERATED_REPLY } from './answer-fast.ts';
import { recordCompleted } from './finish-paper.ts';

const refused = (message: string) => new AppError('VALIDATION_FAILED', [{ field: 'body.answer', message }]);

/** The given answer in canonical display form, and the same in the bank's keys for scoring. */
export function readAnswer(
  q: Pick<PaperQuestionRow, 'snapshot' | 'optionOrder'>,
  answer: string[],
): { display: string[]; bank: string[] } {
  const type = q.snapshot.type;
  if (type === 'fill') return { display: answer, bank: answer };
  if (type === 'judge') {
    const v = answer.map((a) => a.trim().toLowerCase());
    if (v.length !== 1 || (v[0] !== 'true' && v[0] !== 'false')) throw refused('quiz.judge_true_or_false');
    return { display: v, bank: v };
  }
  const display = [...new Set(answer.map((a) => a.trim().toUpperCase()))].sort();
  if (type === 'single' && display.length !== 1) throw refused('quiz.one_option');
  const bank = display.map((k) => {
    const i = q.optionOrder.findIndex((_, idx) => displayKey(idx) === k);
    if (i < 0) throw refused('quiz.unknown_option');
    return q.optionOrder[i] as string;
  });
  return { display, bank };
}

/**
 * Answers in a transaction. With an Idempotency-Key (`claim`), its row is read under the paper's
 * lock: the same request again is a replay (`replayed`, the reply made again from the paper), the
 * key with another request is refused; a fresh answer writes the key's row with it.
 */
export async function answerQuestion(
  ctx: TxCtx,
  paperId: string,
  input: AnswerQuestionInput,
  claim: IdempotencyClaim | null = null,
  now = new Date(),
) {
  return ctx.db.transaction(async (tx) => {
    const [paper] = await tx.select().from(quizPapers).where(eq(quizPapers.id, paperId)).for('update');
    if (!paper) throw new AppError('NOT_FOUND');
    const [prior] = claim
      ? await tx
          .select({ requestHash: idempotencyKeys.requestHash })
          .from(idempotencyKeys)
          .where(and(eq(idempotencyKeys.accountId, claim.accountId), eq(idempotencyKeys.key, claim.key)))
      : [];
    if (prior && prior.requestHash !== claim?.requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    const rows = await tx.select().from(quizPaperQuestions).where(eq(quizPaperQuestions.paperId, paperId));
    const q = rows.find((r) => r.position === input.position);
    if (!q) throw new AppError('VALIDATION_FAILED', [{ field: 'body.position', message: 'quiz.no_such_question' }]);
    const given = readAnswer(q, input.answer);
    const result = (isCorrect: boolean, p: typeof paper, answered: number, replayed = false) => ({
      reply: {
        isCorrect,
        correctAnswer: correctInDisplayKeys(q),
        explanation: q.snapshot.explanation,
        paper: presentPaperSummary(p, answered),
      },
      replayed,
    });
    let answered = rows.filter((r) => r.answeredAt !== null).length;

    if (q.answeredAt) {
      // The same answer again (a retry without its key) gets the same reply; another is refused.
      if (JSON.stringify(q.given) !== JSON.stringify(given.display)) throw new AppError('QUIZ_ALREADY_ANSWERED');
      return result(q.isCorrect ?? false, paper, answered, prior !== undefined);
    }
    // The server's clock decides: after the deadline no answer counts, even on an open paper.
    if (paper.deadlineAt && now > paper.deadlineAt) throw new AppError('QUIZ_TIME_UP');
    if (paper.completedAt) throw new AppError('QUIZ_ALREADY_ANSWERED');

    const isCorrect = isAnswerCorrect({ type: q.snapshot.type, answer: q.snapshot.answer }, given.bank);
    await tx
      .update(quizPaperQuestions)
      .set({ given: given.display, isCorrect, answeredAt: now })
      .where(and(eq(quizPaperQuestions.paperId, paperId), eq(quizPaperQuestions.position, input.position)));
    answered++;
    // A challenge goes on while the answers are right: the next question is drawn only now.
    const goesOn =
      paper.kind === 'challenge' &&
      isCorrect &&
      (await appendChallengeQuestion(tx, paper, new Set(rows.map((r) => r.questionId))));
    const isComplete = paper.kind === 'challenge' ? !goesOn : answered >= paper.total;
    const [updated] = await tx
      .update(quizPapers)
      .set({
        correct: sql`${quizPapers.correct} + ${isCorrect ? 1 : 0}`,
        answeredPositions: sql`array_append(${quizPapers.answeredPositions}, ${input.position}::smallint)`,
        ...(isComplete ? { completedAt: now } : {}),
      })
      .where(eq(quizPapers.id, paperId))
      .returning();
    if (!updated) throw new AppError('NOT_FOUND');

    const txCtx = { ...ctx, db: tx };
    await recordEvent(txCtx, {
      type: 'quiz.question.answered',
      orgId: paper.orgId,
      orgPath: paper.orgPath,
      personId: paper.personId,
      subjectType: 'quiz_paper',
      subjectId: paper.id,
      data: { paperId: paper.id, questionId: q.questionId, kind: paper.kind, isCorrect },
    });
    if (isComplete) await recordCompleted(txCtx, updated);
    if (claim && !prior) {
      await tx.insert(idempotencyKeys).values({ ...claim, status: 200, response: REGENERATED_REPLY, completedAt: now });
    }
    return result(isCorrect, updated, answered);
  });
}
