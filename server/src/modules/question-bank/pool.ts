import { and, arrayOverlaps, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { questions } from './schema.ts';

/** A question as drawing and answering need it (no audit columns). */
export type BankQuestion = Pick<
  typeof questions.$inferSelect,
  'id' | 'type' | 'stem' | 'options' | 'answer' | 'explanation' | 'category' | 'difficulty' | 'source' | 'tags'
>;

const columns = {
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
};

/**
 * The enabled questions a member of the organisation at `orgPath` may be given: those written at
 * that organisation or at any organisation above it (a township's own questions join the city's).
 * With `tags`, only those having any of them. Only ids, category and difficulty: drawing picks
 * from these, then loads the few it picked.
 */
export async function questionPool(
  db: DbOrTx,
  orgPath: string,
  opts: { tags?: readonly string[] } = {},
): Promise<{ id: string; category: string; difficulty: number; type: string }[]> {
  const tags = opts.tags ?? [];
  return db
    .select({ id: questions.id, category: questions.category, difficulty: questions.difficulty, type: questions.type })
    .from(questions)
    .where(
      and(
        eq(questions.isDisabled, false),
        sql`${orgPath} like ${questions.orgPath} || '%'`,
        tags.length > 0 ? arrayOverlaps(questions.tags, [...tags]) : undefined,
      ),
    )
    .orderBy(questions.id);
}

/** The questions with these ids (disabled ones too: a paper drawn yesterday stays readable). */
export async function loadQuestions(db: DbOrTx, ids: readonly string[]): Promise<BankQuestion[]> {
  if (ids.length === 0) return [];
  return db
    .select(columns)
    .from(questions)
    .where(inArray(questions.id, [...ids]));
}
