// Writes a drawn paper: the paper row and its questions as snapshots, options shuffled per person
// (seeded, so the same person and paper always see the same order). The paper's unique indexes
// (daily, weekly, special attempt, open challenge) make a concurrent second insert a no-op: the
// caller then reads the paper that won.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.ts';
import type { BankQuestion } from '../../question-bank/index.ts';
import { shuffleOptions } from '../draw.ts';
import type { PaperRecord } from '../queries.ts';
import type { QuizKind } from '../schema.ts';

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

export type NewPaper = {
  person: Place;
  kind: QuizKind;
  day: string;
  ids: readonly string[];
  bank: ReadonlyMap<string, BankQuestion>;
  seed: string;
  deadlineAt?: Date | null;
  special?: { quizId: string; attempt: number; passMark: number };
};

/**
 * Writes the paper and its questions in one statement (a data-modifying CTE: no BEGIN/COMMIT round
 * trips) and returns it as findPaper would read it, or null when another open won the race (its
 * paper has committed: read it). Only the id and started_at come from the database; the rest is
 * what was written (new questions have no answer yet).
 */
export async function insertPaperRecord(db: DbOrTx, p: NewPaper): Promise<PaperRecord | null> {
  const rows = questionRows('', p.ids, p.bank, p.seed);
  const recordset = JSON.stringify(
    rows.map((r) => ({
      position: r.position,
      question_id: r.questionId,
      snapshot: r.snapshot,
      option_order: r.optionOrder,
    })),
  );
  // started_at as epoch milliseconds (a float8, parsed as a number) so it needs no driver parser.
  const result = await db.execute<{ id: string; started_ms: number }>(sql`
    with p as (
      insert into quiz_papers (person_id, org_id, org_path, kind, day, total, deadline_at, special_quiz_id, attempt, pass_mark)
      values (${p.person.id}, ${p.person.orgId}, ${p.person.orgPath}, ${p.kind}, ${p.day}, ${p.ids.length},
              ${p.deadlineAt ? p.deadlineAt.toISOString() : null}::timestamptz, ${p.special?.quizId ?? null}::uuid,
              ${p.special?.attempt ?? null}::smallint, ${p.special?.passMark ?? null}::smallint)
      on conflict do nothing
      returning id, started_at
    ), q as (
      insert into quiz_paper_questions (paper_id, position, question_id, snapshot, option_order)
      select p.id, r.position, r.question_id, r.snapshot, r.option_order
      from p, jsonb_to_recordset(${recordset}::jsonb)
        as r(position smallint, question_id uuid, snapshot jsonb, option_order jsonb)
    )
    select id, floor(extract(epoch from started_at) * 1000)::float8 as started_ms from p`);
  const [row] = result.rows;
  if (!row) return null;
  return {
    id: row.id,
    personId: p.person.id,
    orgId: p.person.orgId,
    orgPath: p.person.orgPath,
    kind: p.kind,
    day: p.day,
    total: p.ids.length,
    correct: 0,
    answeredPositions: [],
    startedAt: new Date(Number(row.started_ms)),
    deadlineAt: p.deadlineAt ?? null,
    completedAt: null,
    specialQuizId: p.special?.quizId ?? null,
    attempt: p.special?.attempt ?? null,
    passMark: p.special?.passMark ?? null,
    questions: rows.map((r) => ({ ...r, paperId: row.id, given: null, isCorrect: null, answeredAt: null })),
  };
}

/** insertPaperRecord for callers that read the paper back themselves: its id, or null on a lost race. */
export async function insertPaper(db: DbOrTx, p: NewPaper): Promise<string | null> {
  return (await insertPaperRecord(db, p))?.id ?? null;
}
