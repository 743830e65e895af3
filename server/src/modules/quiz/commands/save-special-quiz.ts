// An office's acts on its special quizzes, each audited: create (a draft), edit (drafts only: a
// published quiz's papers must all be drawn the same way), publish, close. A fixed question list
// must name questions of the bank the quiz's org may use; its length is the question count. A quiz
// drawn among tagged questions must have at least as many of them as it asks (saved and published).
import type { CreateSpecialQuizInput, UpdateSpecialQuizInput } from '@hongyun/contracts';
import { eq } from 'drizzle-orm';
import type { OrgRecord } from '../../../core/org/index.ts';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { TxCtx } from '../../../platform/context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/errors.ts';
import { questionPool } from '../../question-bank/index.ts';
import { specialQuizzes } from '../schema.ts';
import type { SpecialQuizRow } from '../special-queries.ts';

type Action = 'quiz.special.created' | 'quiz.special.updated' | 'quiz.special.published' | 'quiz.special.closed';

async function checkQuestions(db: DbOrTx, orgPath: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const pool = new Set((await questionPool(db, orgPath)).map((q) => q.id));
  const problems = ids
    .map((id, i) => (pool.has(id) ? null : { field: `body.questionIds.${i}`, message: 'quiz.not_in_bank' }))
    .filter((p) => p !== null);
  if (new Set(ids).size !== ids.length) problems.push({ field: 'body.questionIds', message: 'quiz.not_in_bank' });
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', problems);
}

/**
 * A quiz drawn among tagged questions must find enough of them: enabled questions of the bank the
 * quiz's org may use, having any of its tags, at least one per question asked. (Without tags the
 * whole bank is drawn from, as the daily quiz is, and a short bank gives shorter papers.)
 */
async function checkTaggedPool(
  db: DbOrTx,
  orgPath: string,
  quiz: { tags: readonly string[]; questionIds: readonly string[]; questionCount: number },
): Promise<void> {
  if (quiz.tags.length === 0 || quiz.questionIds.length > 0) return;
  const available = (await questionPool(db, orgPath, { tags: quiz.tags })).length;
  if (available < quiz.questionCount)
    throw new AppError('SPECIAL_QUIZ_POOL_TOO_SMALL', { available, required: quiz.questionCount, tags: quiz.tags });
}

const columns = (input: UpdateSpecialQuizInput) => ({
  title: input.title,
  description: input.description,
  opensAt: new Date(input.opensAt),
  closesAt: new Date(input.closesAt),
  timeLimitMinutes: input.timeLimitMinutes,
  questionCount: input.questionIds.length > 0 ? input.questionIds.length : input.questionCount,
  categoryMix: input.categoryMix,
  difficultyMix: input.difficultyMix as Record<string, number>,
  questionIds: input.questionIds,
  tags: [...new Set(input.tags)],
  passMark: input.passMark,
  attemptsAllowed: input.attemptsAllowed,
  audienceRoles: input.audienceRoles,
  audienceCadreRanks: input.audienceCadreRanks,
});

async function audited(ctx: TxCtx, action: Action, row: SpecialQuizRow, details: Record<string, unknown> = {}) {
  await appendAudit(ctx, {
    action,
    targetType: 'special_quiz',
    targetId: row.id,
    orgId: row.orgId,
    details: { title: row.title, ...details },
  });
}

export async function createSpecialQuiz(ctx: TxCtx, org: OrgRecord, input: CreateSpecialQuizInput) {
  await checkQuestions(ctx.db, org.path, input.questionIds);
  await checkTaggedPool(ctx.db, org.path, columns(input));
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(specialQuizzes)
      .values({ orgId: org.id, orgPath: org.path, ...columns(input), createdBy: ctx.actor?.accountId ?? null })
      .returning();
    if (!row) throw new Error('special quiz not inserted');
    await audited({ ...ctx, db: tx }, 'quiz.special.created', row);
    return row;
  });
}

export async function updateSpecialQuiz(ctx: TxCtx, quiz: SpecialQuizRow, input: UpdateSpecialQuizInput) {
  if (quiz.status !== 'draft') throw new AppError('SPECIAL_QUIZ_WRONG_STATUS');
  await checkQuestions(ctx.db, quiz.orgPath, input.questionIds);
  await checkTaggedPool(ctx.db, quiz.orgPath, columns(input));
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(specialQuizzes)
      .set({ ...columns(input), updatedAt: new Date() })
      .where(eq(specialQuizzes.id, quiz.id))
      .returning();
    if (!row) throw new AppError('NOT_FOUND');
    await audited({ ...ctx, db: tx }, 'quiz.special.updated', row);
    return row;
  });
}

export async function setSpecialQuizStatus(ctx: TxCtx, quiz: SpecialQuizRow, to: 'published' | 'closed') {
  // Publishing a published quiz, or closing a closed one, changes nothing and answers the same.
  if (quiz.status === to) return quiz;
  if (to === 'published' && quiz.status !== 'draft') throw new AppError('SPECIAL_QUIZ_WRONG_STATUS');
  // The bank may have changed since the draft was saved (questions disabled, tags edited).
  if (to === 'published') await checkTaggedPool(ctx.db, quiz.orgPath, quiz);
  const now = new Date();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(specialQuizzes)
      .set(
        to === 'published'
          ? { status: to, publishedAt: now, updatedAt: now }
          : { status: to, closedAt: now, updatedAt: now },
      )
      .where(eq(specialQuizzes.id, quiz.id))
      .returning();
    if (!row) throw new AppError('NOT_FOUND');
    await audited({ ...ctx, db: tx }, to === 'published' ? 'quiz.special.published' : 'quiz.special.closed', row);
    return row;
  });
}
