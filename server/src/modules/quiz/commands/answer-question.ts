// Answers one question of a paper, as the member answers it: the reply says right or wrong, with
// the right answer and the explanation. The paper row is locked first, so answers to one paper
// run one at a time and the last one completes it exactly once.
import type { AnswerQuestionInput } from '@hongyun/contracts';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { TxCtx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { isAnswerCorrect } from '../../question-bank/index.ts';
import { displayKey } from '../draw.ts';
import { correctInDisplayKeys, presentPaperSummary, scoreOf } from '../presenter.ts';
import type { PaperQuestionRow } from '../queries.ts';
import { quizPaperQuestions, quizPapers } from '../schema.ts';

const refused = (message: string) => new AppError('VALIDATION_FAILED', [{ field: 'body.answer', message }]);

/** The given answer in canonical display form, and the same in the bank's keys for scoring. */
function readAnswer(q: PaperQuestionRow, answer: string[]): { display: string[]; bank: string[] } {
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

export async function answerQuestion(ctx: TxCtx, paperId: string, input: AnswerQuestionInput, now = new Date()) {
  return ctx.db.transaction(async (tx) => {
    const [paper] = await tx.select().from(quizPapers).where(eq(quizPapers.id, paperId)).for('update');
    if (!paper) throw new AppError('NOT_FOUND');
    const [q] = await tx
      .select()
      .from(quizPaperQuestions)
      .where(and(eq(quizPaperQuestions.paperId, paperId), eq(quizPaperQuestions.position, input.position)));
    if (!q) throw new AppError('VALIDATION_FAILED', [{ field: 'body.position', message: 'quiz.no_such_question' }]);
    const given = readAnswer(q, input.answer);
    const countAnswered = async () =>
      (
        await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(quizPaperQuestions)
          .where(and(eq(quizPaperQuestions.paperId, paperId), isNotNull(quizPaperQuestions.answeredAt)))
      )[0]?.n ?? 0;
    const result = (isCorrect: boolean, p: typeof paper, answered: number) => ({
      isCorrect,
      correctAnswer: correctInDisplayKeys(q),
      explanation: q.snapshot.explanation,
      paper: presentPaperSummary(p, answered),
    });

    if (q.answeredAt) {
      // The same answer again (a retry without its key) gets the same reply; another is refused.
      if (JSON.stringify(q.given) !== JSON.stringify(given.display)) throw new AppError('QUIZ_ALREADY_ANSWERED');
      return result(q.isCorrect ?? false, paper, await countAnswered());
    }
    if (paper.completedAt) throw new AppError('QUIZ_ALREADY_ANSWERED');
    if (paper.deadlineAt && now > paper.deadlineAt) throw new AppError('QUIZ_TIME_UP');

    const isCorrect = isAnswerCorrect({ type: q.snapshot.type, answer: q.snapshot.answer }, given.bank);
    await tx
      .update(quizPaperQuestions)
      .set({ given: given.display, isCorrect, answeredAt: now })
      .where(and(eq(quizPaperQuestions.paperId, paperId), eq(quizPaperQuestions.position, input.position)));
    const answered = await countAnswered();
    const isComplete = answered === paper.total;
    const [updated] = await tx
      .update(quizPapers)
      .set({ correct: sql`${quizPapers.correct} + ${isCorrect ? 1 : 0}`, ...(isComplete ? { completedAt: now } : {}) })
      .where(eq(quizPapers.id, paperId))
      .returning();
    if (!updated) throw new AppError('NOT_FOUND');

    const txCtx = { ...ctx, db: tx };
    const where = { orgId: paper.orgId, orgPath: paper.orgPath, personId: paper.personId, subjectType: 'quiz_paper' };
    await recordEvent(txCtx, {
      type: 'quiz.question.answered',
      ...where,
      subjectId: paper.id,
      data: { paperId: paper.id, questionId: q.questionId, kind: paper.kind, isCorrect },
    });
    if (isComplete) {
      await recordEvent(txCtx, {
        type: 'quiz.paper.completed',
        ...where,
        subjectId: paper.id,
        data: {
          paperId: paper.id,
          kind: paper.kind,
          day: paper.day,
          correct: updated.correct,
          total: updated.total,
          score: scoreOf(updated.correct, updated.total),
          passed: null,
        },
      });
    }
    return result(isCorrect, updated, answered);
  });
}
