import { existsSync, readFileSync } from 'node:fs';
import { UpdateQuestionRequest } from '@hongyun/contracts';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { orgs } from '../../core/org/schema.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { questions } from './schema.ts';

// The starter bank: real questions (党章, 准则, 条例…) for the demo city's root organisation, so a
// fresh install has papers to draw. Loaded only when the file is there; a stem already in the root's
// bank is skipped, so running it again adds nothing.

export const STARTER_FILE = new URL('./starter/questions.json', import.meta.url);

/** Loads `file` (an array of questions, the table's shapes) into the first root org's bank. */
export async function seedStarterBank(
  db: DbOrTx,
  file: URL = STARTER_FILE,
): Promise<{ added: number; skipped: number }> {
  if (!existsSync(file)) return { added: 0, skipped: 0 };
  const entries: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(entries)) throw new Error('starter questions: the file must hold an array');
  const [root] = await db
    .select({ id: orgs.id, path: orgs.path })
    .from(orgs)
    .where(and(isNull(orgs.parentId), eq(orgs.isDissolved, false)))
    .orderBy(orgs.id)
    .limit(1);
  if (!root) return { added: 0, skipped: entries.length };
  const held = await db
    .select({ stem: sql<string>`regexp_replace(${questions.stem}, '\\s', '', 'g')` })
    .from(questions)
    .where(eq(questions.orgId, root.id));
  const seen = new Set(held.map((h) => h.stem));
  const rows: (typeof questions.$inferInsert)[] = [];
  let skipped = 0;
  for (const entry of entries) {
    const parsed = UpdateQuestionRequest.safeParse(entry);
    const key = parsed.success ? parsed.data.stem.replace(/\s/g, '') : '';
    if (!parsed.success || seen.has(key)) {
      skipped++;
      continue;
    }
    seen.add(key);
    const q = parsed.data;
    rows.push({
      orgId: root.id,
      orgPath: root.path,
      type: q.type,
      stem: q.stem,
      options: q.options,
      answer: q.answer,
      explanation: q.explanation || null,
      category: q.category,
      tags: [...new Set(q.tags)],
      difficulty: q.difficulty,
      source: q.source || null,
    });
  }
  if (rows.length > 0) await db.insert(questions).values(rows);
  return { added: rows.length, skipped };
}
