import { asc } from 'drizzle-orm';
import type { Services } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { createMemoryCopy } from '../../platform/db/memory-copy.ts';
import { type BankQuestion, loadQuestions, questionPool } from './pool.ts';
import { questions } from './schema.ts';

// The questions table held in memory for drawing papers, so the morning peak of daily opens needs
// no pool or question query. Memory: a city's bank is hundreds to a few thousand rows of a short
// stem, 2–6 options and an explanation (~1 KB each): a few MB at most, once per API process.
// Every command that writes the table publishes QUESTIONS_TOPIC in its transaction; the freshness
// rules are platform/db/memory-copy.ts's, and while the copy is null the SQL of pool.ts is used.

export const QUESTIONS_TOPIC = 'questions';

type Row = BankQuestion & { orgPath: string; isDisabled: boolean };
type PoolEntry = { id: string; category: string; difficulty: number; type: string };

const stores = new WeakMap<object, () => Row[] | null>();

/** Holds the bank for `services.db`; an API process makes one at start (see index.ts). */
export function createQuestionBankCopy(services: Services): { load(): Promise<void> } {
  if (stores.has(services.db)) return { load: async () => {} };
  const copy = createMemoryCopy<Row[]>(services, {
    topic: QUESTIONS_TOPIC,
    what: 'question bank',
    loadOnDemand: true,
    read: () =>
      services.db
        .select({
          id: questions.id,
          type: questions.type,
          stem: questions.stem,
          options: questions.options,
          answer: questions.answer,
          explanation: questions.explanation,
          category: questions.category,
          difficulty: questions.difficulty,
          source: questions.source,
          tags: questions.tags,
          orgPath: questions.orgPath,
          isDisabled: questions.isDisabled,
        })
        .from(questions)
        // The pool's order (by id, as uuid): drawing is seeded and depends on it.
        .orderBy(asc(questions.id)),
  });
  stores.set(services.db, copy.current);
  return { load: copy.load };
}

/** questionPool from the copy when it is current, else the SQL (same filter, same order). */
export async function drawingPool(db: DbOrTx, orgPath: string): Promise<PoolEntry[]> {
  const rows = stores.get(db)?.();
  if (!rows) return questionPool(db, orgPath);
  const pool: PoolEntry[] = [];
  // `orgPath like q.org_path || '%'`: org paths hold no % or _ (see core/org), so a prefix test.
  for (const q of rows)
    if (!q.isDisabled && orgPath.startsWith(q.orgPath))
      pool.push({ id: q.id, category: q.category, difficulty: q.difficulty, type: q.type });
  return pool;
}

/** loadQuestions from the copy when it is current and holds them all, else the SQL. */
export async function drawnQuestions(db: DbOrTx, ids: readonly string[]): Promise<BankQuestion[]> {
  const rows = stores.get(db)?.();
  if (!rows) return loadQuestions(db, ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: BankQuestion[] = [];
  for (const id of ids) {
    const r = byId.get(id);
    if (!r) return loadQuestions(db, ids);
    const { orgPath: _p, isDisabled: _d, ...q } = r;
    out.push(q);
  }
  return out;
}
