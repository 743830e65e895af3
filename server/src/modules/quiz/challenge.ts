// The challenge quiz (挑战答题): questions come one after another, each drawn only once the one
// before was answered right, so the paper never holds a question the person has not reached. The
// first wrong answer (or the maximum) ends it; the score is the streak of right answers.
import { SpecialQuizLimits } from '@hongyun/contracts';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { loadQuestions, questionPool } from '../question-bank/index.ts';
import { questionRows } from './commands/insert-paper.ts';
import { rankOf } from './draw.ts';
import { quizPaperQuestions, quizPapers } from './schema.ts';

export const CHALLENGE_MAX = SpecialQuizLimits.challengeMax;

/** The next question's id: the pool's first by this paper's seeded rank, not yet in the paper. */
export async function pickChallengeQuestion(
  db: DbOrTx,
  orgPath: string,
  seed: string,
  taken: ReadonlySet<string>,
): Promise<string | null> {
  const pool = (await questionPool(db, orgPath)).filter((q) => !taken.has(q.id));
  if (pool.length === 0) return null;
  const ranked = pool.map((q) => ({ id: q.id, rank: rankOf(seed, q.id) })).sort((a, b) => (a.rank < b.rank ? -1 : 1));
  return ranked[0]?.id ?? null;
}

/**
 * Appends the next question to a challenge paper inside the answer's transaction (the paper row is
 * locked). False when the bank has no question left for it: the challenge is then complete.
 */
export async function appendChallengeQuestion(
  tx: DbOrTx,
  paper: { id: string; orgPath: string; total: number },
  taken: ReadonlySet<string>,
): Promise<boolean> {
  if (paper.total >= CHALLENGE_MAX) return false;
  const next = await pickChallengeQuestion(tx, paper.orgPath, paper.id, taken);
  if (!next) return false;
  const bank = new Map((await loadQuestions(tx, [next])).map((q) => [q.id, q]));
  await tx.insert(quizPaperQuestions).values(questionRows(paper.id, [next], bank, paper.id, paper.total));
  await tx
    .update(quizPapers)
    .set({ total: sql`${quizPapers.total} + 1` })
    .where(sql`${quizPapers.id} = ${paper.id}`);
  return true;
}
