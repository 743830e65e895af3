// Writes a drawn paper: the paper row and its questions as snapshots, options shuffled per person
// (seeded, so the same person and paper always see the same order). The paper's unique indexes
// (daily, weekly, special attempt, open challenge) make a concurrent second insert a no-op: the
// caller then reads the paper that won.
import type { DbOrTx } from '../../../platform/db/client.ts';
import type { BankQuestion } from '../../question-bank/index.ts';
import { shuffleOptions } from '../draw.ts';
import { type QuizKind, quizPaperQuestions, quizPapers } from '../schema.ts';

export type Place = { id: string; orgId: number; orgPath: string };

/** The paper-question rows of `ids` from position `from`, as snapshots of the bank's questions. */
export function questionRows(
  paperId: string,
  ids: readonly string[],
  bank: ReadonlyMap<string, BankQuestion>,
  seed: string,
  from = 0,
) {
  return ids.map((id, i) => {
    const q = bank.get(id);
    if (!q) throw new Error(`question ${id} vanished while drawing`);
    const isChoice = q.type === 'single' || q.type === 'multiple';
    return {
      paperId,
      position: from + i,
      questionId: id,
      snapshot: { type: q.type, stem: q.stem, options: q.options, answer: q.answer, explanation: q.explanation },
      optionOrder: isChoice
        ? shuffleOptions(
            seed,
            id,
            q.options.map((o) => o.key),
          )
        : [],
    };
  });
}

export async function insertPaper(
  db: DbOrTx,
  p: {
    person: Place;
    kind: QuizKind;
    day: string;
    ids: readonly string[];
    bank: ReadonlyMap<string, BankQuestion>;
    seed: string;
    deadlineAt?: Date | null;
    special?: { quizId: string; attempt: number; passMark: number };
  },
): Promise<string | null> {
  return db.transaction(async (tx) => {
    const [paper] = await tx
      .insert(quizPapers)
      .values({
        personId: p.person.id,
        orgId: p.person.orgId,
        orgPath: p.person.orgPath,
        kind: p.kind,
        day: p.day,
        total: p.ids.length,
        deadlineAt: p.deadlineAt ?? null,
        specialQuizId: p.special?.quizId ?? null,
        attempt: p.special?.attempt ?? null,
        passMark: p.special?.passMark ?? null,
      })
      .onConflictDoNothing()
      .returning({ id: quizPapers.id });
    if (!paper) return null; // another open won the race; its paper has committed
    if (p.ids.length > 0) await tx.insert(quizPaperQuestions).values(questionRows(paper.id, p.ids, p.bank, p.seed));
    return paper.id;
  });
}
