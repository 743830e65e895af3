import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

// Materialised paths ("/1/17/230/") are how every table places a row in the org tree: a subtree is a
// path prefix, which the text_pattern_ops indexes answer. These helpers know nothing of who may see what.

/** True when the path lies in the subtree rooted at `root` (both materialised paths "/1/17/"). */
export function isWithin(path: string | null | undefined, root: string): boolean {
  return !!path && path.startsWith(root);
}

/** SQL predicate: column (a materialised path) lies under one of the roots. Uses the prefix index. */
export function inScope(column: AnyPgColumn | SQL, roots: string[]): SQL {
  if (roots.length === 0) return sql`false`;
  const parts = roots.map((r) => sql`${column} like ${`${r}%`}`);
  return sql`(${sql.join(parts, sql` or `)})`;
}
