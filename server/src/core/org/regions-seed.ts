import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { regions } from './schema.ts';

// Loads the shipped Guizhou divisions (data/guizhou-divisions.json, see data/README.md) into `regions`.

export const DIVISIONS_FILE = fileURLToPath(new URL('../../../../data/guizhou-divisions.json', import.meta.url));

type DivisionsDoc = { source: string; columns: string[]; rows: [code: string, name: string, level: number][] };
type RegionRow = typeof regions.$inferInsert;

// Digits that identify a region at each level; the rest of the 12-digit code is zero padding.
const SIGNIFICANT = [0, 2, 4, 6, 9, 12] as const;

/** The ancestor of a 12-digit code at `level` (1 province … 5 village): its digits cut and padded. */
export function regionCodeAtLevel(code: string, level: number): string {
  return code.slice(0, SIGNIFICANT[level]).padEnd(12, '0');
}

/** The parent of a 12-digit code at `level`: the code cut to the level above; provinces have none. */
export function parentCodeOf(code: string, level: number): string | null {
  return level <= 1 ? null : regionCodeAtLevel(code, level - 1);
}

export async function readDivisions(file = DIVISIONS_FILE): Promise<RegionRow[]> {
  const doc = JSON.parse(await readFile(file, 'utf8')) as DivisionsDoc;
  return doc.rows.map(([code, name, level]) => ({ code, name, level, parentCode: parentCodeOf(code, level) }));
}

// Each batch is one multi-row INSERT fed by four arrays (unnest), so a batch costs four bind
// parameters instead of four per row; building and parsing 80,000 parameters was the slow part.
const BATCH = 5000;

/**
 * Idempotent: skips when the table already holds exactly the shipped rows, otherwise inserts in
 * multi-row batches and leaves existing codes alone. Returns how many rows it inserted.
 */
export async function seedRegions(db: DbOrTx, file = DIVISIONS_FILE): Promise<{ inserted: number; total: number }> {
  const rows = await readDivisions(file);
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(regions);
  if (existing?.n === rows.length) return { inserted: 0, total: rows.length };
  let inserted = 0;
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const col = <K extends keyof RegionRow>(k: K) => sql.param(batch.map((r) => r[k] ?? null));
    const result = await db.execute(sql`
      insert into ${regions} (code, name, level, parent_code)
      select * from unnest(${col('code')}::text[], ${col('name')}::text[], ${col('level')}::int2[], ${col('parentCode')}::text[])
      on conflict do nothing`);
    inserted += result.rowCount ?? 0;
  }
  return { inserted, total: rows.length };
}
