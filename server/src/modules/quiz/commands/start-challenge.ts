// Starts a challenge (挑战答题), or returns the one under way: at most one open challenge per
// person (a unique index), so a retried or doubled tap never starts two. The first question is
// drawn now, each next one when the answer before it was right (challenge.ts).
import { and, eq, isNull } from 'drizzle-orm';
import { chinaDay } from '../../../core/events/rollups.ts';
import type { TxCtx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { loadQuestions } from '../../question-bank/index.ts';
import { pickChallengeQuestion } from '../challenge.ts';
import { findPaper, type PaperRecord } from '../queries.ts';
import { quizPaperQuestions, quizPapers } from '../schema.ts';
import { type Place, questionRows } from './insert-paper.ts';

async function openChallenge(ctx: TxCtx, personId: string): Promise<PaperRecord | null> {
  const [row] = await ctx.db
    .select({ id: quizPapers.id })
    .from(quizPapers)
    .where(and(eq(quizPapers.personId, personId), eq(quizPapers.kind, 'challenge'), isNull(quizPapers.completedAt)));
  return row ? findPaper(ctx.db, row.id) : null;
}

export async function startChallenge(ctx: TxCtx, person: Place, now: Date = new Date()): Promise<PaperRecord> {
  const existing = await openChallenge(ctx, person.id);
  if (existing) return existing;
  const paperId = await ctx.db.transaction(async (tx) => {
    const [paper] = await tx
      .insert(quizPapers)
      .values({
        personId: person.id,
        orgId: person.orgId,
        orgPath: person.orgPath,
        kind: 'challenge',
        day: chinaDay(now),
        total: 1,
      })
      .onConflictDoNothing()
      .returning({ id: quizPapers.id });
    if (!paper) return null; // a concurrent start won; read its challenge
    // Each challenge is seeded by its own paper id: a new challenge, a new sequence.
    const first = await pickChallengeQuestion(tx, person.orgPath, paper.id, new Set());
    if (!first) throw new AppError('QUIZ_NO_QUESTIONS');
    const bank = new Map((await loadQuestions(tx, [first])).map((q) => [q.id, q]));
    await tx.insert(quizPaperQuestions).values(questionRows(paper.id, [first], bank, paper.id));
    return paper.id;
  });
  const paper = paperId ? await findPaper(ctx.db, paperId) : await openChallenge(ctx, person.id);
  if (!paper) throw new Error('challenge paper not readable');
  return paper;
}
