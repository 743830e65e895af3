import { and, asc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { people } from '../../core/people/schema.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { quizPaperQuestions, quizPapers } from './schema.ts';

export type PaperRow = typeof quizPapers.$inferSelect;
export type PaperQuestionRow = typeof quizPaperQuestions.$inferSelect;
export type PaperRecord = PaperRow & { questions: PaperQuestionRow[] };

// A paper and its questions in one statement (a left join, ordered by position): the paper opens of
// the morning peak are round-trip bound, so no id-then-paper two step. Drizzle maps both sides, so
// the shapes (dates, jsonb, nulls) are exactly those of reading the two tables apart.
async function readPapers(db: DbOrTx, where: SQL | undefined): Promise<PaperRecord | null> {
  const rows = await db
    .select({ paper: quizPapers, question: quizPaperQuestions })
    .from(quizPapers)
    .leftJoin(quizPaperQuestions, eq(quizPaperQuestions.paperId, quizPapers.id))
    .where(where)
    .orderBy(asc(quizPaperQuestions.position));
  const first = rows[0];
  if (!first) return null;
  const questions: PaperQuestionRow[] = [];
  for (const r of rows) if (r.question) questions.push(r.question);
  return { ...first.paper, questions };
}

export async function findPaper(db: DbOrTx, id: string): Promise<PaperRecord | null> {
  return readPapers(db, eq(quizPapers.id, id));
}

export async function findDailyPaper(db: DbOrTx, personId: string, day: string): Promise<PaperRecord | null> {
  return findPaperOfDay(db, personId, 'daily', day);
}

/** The person's daily paper of a day, or weekly paper of a week (`day` its Monday). */
export async function findPaperOfDay(
  db: DbOrTx,
  personId: string,
  kind: 'daily' | 'weekly',
  day: string,
): Promise<PaperRecord | null> {
  // The unique indexes make at most one such paper, so the join's rows are all of one paper.
  return readPapers(db, and(eq(quizPapers.personId, personId), eq(quizPapers.day, day), eq(quizPapers.kind, kind)));
}

/** The person's organisation (where their papers are counted), or null for an unknown person. */
export async function personPlace(db: DbOrTx, personId: string) {
  const [row] = await db
    .select({ id: people.id, orgId: people.orgId, orgPath: people.orgPath })
    .from(people)
    .where(eq(people.id, personId));
  if (!row || row.orgId === null || row.orgPath === null) return null;
  return { id: row.id, orgId: row.orgId, orgPath: row.orgPath };
}

/**
 * The questions the person had on papers of the `windowDays` days before `day`, with the last day
 * each was seen (days before the window are forgotten: they may come again).
 */
export async function recentlySeen(
  db: DbOrTx,
  personId: string,
  day: string,
  windowDays: number,
): Promise<Map<string, string>> {
  if (windowDays === 0) return new Map();
  const rows = await db
    .select({ questionId: quizPaperQuestions.questionId, last: sql<string>`max(${quizPapers.day})::text` })
    .from(quizPaperQuestions)
    .innerJoin(quizPapers, eq(quizPapers.id, quizPaperQuestions.paperId))
    .where(
      and(
        eq(quizPapers.personId, personId),
        gte(quizPapers.day, sql`${day}::date - ${windowDays}::int`),
        lt(quizPapers.day, sql`${day}::date + 1`),
      ),
    )
    .groupBy(quizPaperQuestions.questionId);
  return new Map(rows.map((r) => [r.questionId, r.last]));
}
