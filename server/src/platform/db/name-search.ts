import { and, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

// Substring search over Chinese names. pg_trgm finds no trigrams in CJK text under a C-locale cluster
// (and a 1–2-character query has none in any locale), so names are indexed by name_grams(name): their
// characters and adjacent character pairs (migration 0004). A query matches when the name holds all of
// the query's pairs (a GIN lookup) and strpos confirms they stand together, in order.

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The distinct adjacent character pairs of a query ("王建国" → ["王建", "建国"]); one character → itself. */
export function queryGrams(q: string): string[] {
  const chars = [...q.toLowerCase()];
  if (chars.length <= 1) return chars;
  return [...new Set(chars.slice(0, -1).map((c, i) => c + chars[i + 1]))];
}

/** `column` contains q (case-insensitive), served by the GIN index on name_grams(column). */
export function nameContains(column: AnyPgColumn, q: string): SQL {
  return and(
    sql`name_grams(${column}) @> ${sql.param(queryGrams(q))}::text[]`,
    sql`strpos(lower(${column}), ${q.toLowerCase()}) > 0`,
  ) as SQL;
}

/** `column` starts with q, served by a btree on (column collate "C"): a surname search. */
export function nameStartsWith(column: AnyPgColumn, q: string): SQL {
  return sql`${column} collate "C" like ${`${escapeLike(q)}%`}`;
}
