// Replaces a question's content (its organisation stays); audit 'questions.updated' with what changed.
import type { UpdateQuestionInput } from '@hongyun/contracts';
import { eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { TxCtx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { QUESTIONS_TOPIC } from '../pool-copy.ts';
import { type QuestionRow, stemTaken } from '../queries.ts';
import { questions } from '../schema.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function updateQuestion(
  ctx: TxCtx,
  input: { question: QuestionRow; changes: UpdateQuestionInput },
): Promise<QuestionRow> {
  const { question: before, changes: c } = input;
  const next = {
    type: c.type,
    stem: c.stem,
    options: c.options,
    answer: c.answer,
    explanation: c.explanation || null,
    category: c.category,
    tags: [...new Set(c.tags)],
    difficulty: c.difficulty,
    source: c.source || null,
  };
  const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => !same(before[k], next[k]));
  if (changed.length === 0) return before;
  return ctx.db.transaction(async (tx) => {
    // The drawing copy of the bank (pool-copy.ts) reloads on commit.
    await ctx.changes.publish(tx, QUESTIONS_TOPIC, '');
    if (changed.includes('stem') && (await stemTaken(tx, before.orgId, next.stem, before.id)))
      throw new AppError('DUPLICATE_QUESTION');
    const [row] = await tx
      .update(questions)
      .set({ ...next, updatedAt: sql`now()` })
      .where(eq(questions.id, before.id))
      .returning();
    if (!row) throw new AppError('NOT_FOUND');
    await appendAudit(
      { ...ctx, db: tx },
      {
        action: 'questions.updated',
        targetType: 'question',
        targetId: row.id,
        orgId: row.orgId,
        details: {
          changed,
          ...(changed.includes('answer') ? { answerFrom: before.answer, answerTo: row.answer } : {}),
        },
      },
    );
    return row;
  });
}
