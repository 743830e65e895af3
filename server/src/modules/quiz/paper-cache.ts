// What an answer needs to know of its paper that never changes once the paper is drawn: whose it
// is, its kind, day and size, and per position the question's snapshot and this person's option
// order. Held per API process, most recently used first, so that an answer costs one statement
// (commands/answer-fast.ts) and no read: the phone opens the paper (which fills the cache) and
// answers its questions within minutes.
//
// Nothing here can go stale: snapshots are copies taken at drawing and a paper never changes hands.
// Its org can (an org moves in the tree), so the answer's event takes the org from the paper row
// it updates, never from here. A challenge grows question by question and is not held.
import { LRUCache } from 'lru-cache';
import type { DbOrTx } from '../../platform/db/client.ts';
import { queryNamed } from '../../platform/db/named-query.ts';
import type { PaperRecord } from './queries.ts';
import type { QuestionSnapshot, QuizKind } from './schema.ts';

export type PaperFactsQuestion = { questionId: string; snapshot: QuestionSnapshot; optionOrder: string[] };
export type PaperFacts = {
  id: string;
  personId: string;
  orgPath: string;
  kind: QuizKind;
  day: string;
  total: number;
  /** By position (positions run 0…total-1). */
  questions: PaperFactsQuestion[];
};

// A paper's facts take about 2–4 KB (five snapshots with their explanations): 10,000 papers, the
// members answering in one process at a busy hour many times over, stay within ~40 MB.
const cache = new LRUCache<string, PaperFacts>({ max: 10_000 });

const factsOf = (p: PaperRecord): PaperFacts => ({
  id: p.id,
  personId: p.personId,
  orgPath: p.orgPath,
  kind: p.kind,
  day: p.day,
  total: p.total,
  questions: [...p.questions]
    .sort((a, b) => a.position - b.position)
    .map((q) => ({ questionId: q.questionId, snapshot: q.snapshot, optionOrder: q.optionOrder })),
});

/** Keeps a paper the member has just been shown, for the answers that follow. */
export function rememberPaper(p: PaperRecord): void {
  if (p.kind === 'challenge' || p.questions.length !== p.total) return;
  cache.set(p.id, factsOf(p));
}

const READ_FACTS = `select p.id, p.person_id, p.org_path, p.kind, p.day::text as day, p.total,
    coalesce((select jsonb_agg(jsonb_build_object('questionId', q.question_id, 'snapshot', q.snapshot,
                                                  'optionOrder', q.option_order) order by q.position)
              from quiz_paper_questions q where q.paper_id = p.id), '[]'::jsonb) as questions
  from quiz_papers p where p.id = $1::uuid`;

type FactsRow = Omit<PaperFacts, 'personId' | 'orgPath'> & { person_id: string; org_path: string };

/** The paper's facts: from the cache, else one read (null for no such paper). */
export async function paperFacts(db: DbOrTx, id: string): Promise<PaperFacts | null> {
  const held = cache.get(id);
  if (held) return held;
  const [row] = await queryNamed<FactsRow>(db, READ_FACTS, [id]);
  if (!row) return null;
  const facts: PaperFacts = {
    id: row.id,
    personId: row.person_id,
    orgPath: row.org_path,
    kind: row.kind,
    day: row.day,
    total: row.total,
    questions: row.questions,
  };
  if (facts.kind !== 'challenge' && facts.questions.length === facts.total) cache.set(id, facts);
  return facts;
}

/** Drops a paper from the cache (a challenge's answer changes its questions). */
export const forgetPaper = (id: string) => cache.delete(id);
