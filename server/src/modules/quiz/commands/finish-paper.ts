// A paper's end: the completion event (with the score and, for a special quiz, whether it passed),
// and the closing of papers whose server deadline has passed (a special quiz's time limit, the end
// of the week): they close at their deadline and are scored on what was answered in time.
import { and, isNotNull, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { TxCtx } from '../../../platform/context.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { paperScore, passedOf } from '../presenter.ts';
import type { PaperRow } from '../queries.ts';
import { quizPapers } from '../schema.ts';

/** Records quiz.paper.completed for a paper just completed (in the completing transaction). */
export async function recordCompleted(ctx: TxCtx, p: PaperRow): Promise<void> {
  await recordEvent(ctx, {
    type: 'quiz.paper.completed',
    orgId: p.orgId,
    orgPath: p.orgPath,
    personId: p.personId,
    subjectType: 'quiz_paper',
    subjectId: p.id,
    data: {
      paperId: p.id,
      kind: p.kind,
      day: p.day,
      correct: p.correct,
      total: p.total,
      score: paperScore(p),
      passed: passedOf(p),
    },
  });
}

/**
 * Closes the open papers whose deadline has passed (all of them, or those `only` selects), each at
 * its deadline, with its completion event. The server does this, not the person: the events carry
 * no actor. Returns how many closed.
 */
export async function closeExpiredPapers(ctx: TxCtx, only?: SQL, now: Date = new Date()): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const closed = await tx
      .update(quizPapers)
      .set({ completedAt: sql`${quizPapers.deadlineAt}` })
      .where(
        and(
          isNull(quizPapers.completedAt),
          isNotNull(quizPapers.deadlineAt),
          lt(quizPapers.deadlineAt, now),
          ...(only ? [only] : []),
        ),
      )
      .returning();
    const system = { ...ctx, db: tx, actor: null };
    for (const p of closed) await recordCompleted(system, p);
    return closed.length;
  });
}
