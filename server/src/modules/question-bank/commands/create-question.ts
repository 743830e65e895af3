// Adds a question to an organisation's bank; audit 'questions.created' in the same transaction.
import type { CreateQuestionInput } from '@hongyun/contracts';
import type { OrgRecord } from '../../../core/org/index.ts';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { TxCtx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { QUESTIONS_TOPIC } from '../pool-copy.ts';
import { type QuestionRow, stemTaken } from '../queries.ts';
import { questions } from '../schema.ts';

export async function createQuestion(
  ctx: TxCtx,
  input: { org: OrgRecord; question: Omit<CreateQuestionInput, 'orgId'> },
): Promise<QuestionRow> {
  const { org, question: q } = input;
  if (org.isDissolved) throw new AppError('ORG_DISSOLVED');
  return ctx.db.transaction(async (tx) => {
    // The drawing copy of the bank (pool-copy.ts) reloads on commit.
    await ctx.changes.publish(tx, QUESTIONS_TOPIC, '');
    if (await stemTaken(tx, org.id, q.stem)) throw new AppError('DUPLICATE_QUESTION');
    const [row] = await tx
      .insert(questions)
      .values({
        orgId: org.id,
        orgPath: org.path,
        type: q.type,
        stem: q.stem,
        options: q.options,
        answer: q.answer,
        explanation: q.explanation || null,
        category: q.category,
        tags: [...new Set(q.tags)],
        difficulty: q.difficulty,
        source: q.source || null,
        createdBy: ctx.actor?.accountId ?? null,
      })
      .returning();
    if (!row) throw new AppError('CONFLICT');
    await appendAudit(
      { ...ctx, db: tx },
      {
        action: 'questions.created',
        targetType: 'question',
        targetId: row.id,
        orgId: org.id,
        details: { type: row.type },
      },
    );
    return row;
  });
}
