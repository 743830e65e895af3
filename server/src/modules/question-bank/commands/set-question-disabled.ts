// Takes a question out of new papers or puts it back. Never deletes: papers already drawn keep it.
import { eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { TxCtx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { QUESTIONS_TOPIC } from '../pool-copy.ts';
import type { QuestionRow } from '../queries.ts';
import { questions } from '../schema.ts';

export async function setQuestionDisabled(
  ctx: TxCtx,
  input: { question: QuestionRow; disabled: boolean },
): Promise<QuestionRow> {
  const { question, disabled } = input;
  if (question.isDisabled === disabled) return question;
  return ctx.db.transaction(async (tx) => {
    // The drawing copy of the bank (pool-copy.ts) reloads on commit.
    await ctx.changes.publish(tx, QUESTIONS_TOPIC, '');
    const [row] = await tx
      .update(questions)
      .set({ isDisabled: disabled, updatedAt: sql`now()` })
      .where(eq(questions.id, question.id))
      .returning();
    if (!row) throw new AppError('NOT_FOUND');
    await appendAudit(
      { ...ctx, db: tx },
      {
        action: disabled ? 'questions.disabled' : 'questions.enabled',
        targetType: 'question',
        targetId: row.id,
        orgId: row.orgId,
      },
    );
    return row;
  });
}
