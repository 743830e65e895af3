import type { ListQuestionsInput } from '@hongyun/contracts';
import { and, arrayContains, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import { inScope } from '../../core/policy.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { questions } from './schema.ts';

export type QuestionRow = typeof questions.$inferSelect;

export async function findQuestion(db: DbOrTx, id: string): Promise<QuestionRow | null> {
  const [row] = await db.select().from(questions).where(eq(questions.id, id));
  return row ?? null;
}

/** LIKE's own characters taken literally, so a search for "100%" finds that text. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function listFilters(roots: string[], f: ListQuestionsInput): SQL {
  const parts: (SQL | undefined)[] = [
    inScope(questions.orgPath, roots),
    f.status === 'all' ? undefined : eq(questions.isDisabled, f.status === 'disabled'),
    f.type ? eq(questions.type, f.type) : undefined,
    f.category ? eq(questions.category, f.category) : undefined,
    f.difficulty ? eq(questions.difficulty, f.difficulty) : undefined,
    f.source ? eq(questions.source, f.source) : undefined,
    f.tag ? arrayContains(questions.tags, [f.tag]) : undefined,
    f.q ? sql`${questions.stem} like ${`%${likeLiteral(f.q)}%`}` : undefined,
  ];
  return and(...parts) ?? sql`true`;
}

/** One page of the questions kept in the given subtrees, newest first. */
export async function listQuestions(
  db: DbOrTx,
  roots: string[],
  f: ListQuestionsInput,
): Promise<{ rows: QuestionRow[]; total: number }> {
  const where = listFilters(roots, f);
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(questions)
      .where(where)
      .orderBy(desc(questions.createdAt), asc(questions.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(questions).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

/** Every category in the given subtrees with how many questions are in use and how many disabled. */
export async function questionCategories(
  db: DbOrTx,
  roots: string[],
): Promise<{ category: string; enabled: number; disabled: number }[]> {
  return db
    .select({
      category: questions.category,
      enabled: sql<number>`(count(*) filter (where not ${questions.isDisabled}))::int`,
      disabled: sql<number>`(count(*) filter (where ${questions.isDisabled}))::int`,
    })
    .from(questions)
    .where(inScope(questions.orgPath, roots))
    .groupBy(questions.category)
    .orderBy(asc(questions.category));
}

/** Whether a question with this stem (spaces ignored) already exists at this organisation. */
export async function stemTaken(db: DbOrTx, orgId: number, stem: string, exceptId?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: questions.id })
    .from(questions)
    .where(
      and(
        eq(questions.orgId, orgId),
        sql`regexp_replace(${questions.stem}, '\\s', '', 'g') = ${stem.replace(/\s/g, '')}`,
        exceptId ? sql`${questions.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1);
  return !!row;
}
