import { sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { OrgPathCopy } from '../../core/kernel/index.ts';
import { inScope } from '../../platform/db/path-scope.ts';

/** An org move's rewrite of a table's copied `org_path` (rows in the moved subtree get the new prefix). */
export const rewriteOrgPaths =
  (table: PgTable & { id: AnyPgColumn; orgPath: AnyPgColumn }): OrgPathCopy =>
  async (tx, move) => {
    const rows = await tx
      .update(table)
      .set({ orgPath: sql`${move.newPath} || substr(${table.orgPath}, ${move.oldPath.length + 1})` } as never)
      .where(inScope(table.orgPath, [move.oldPath]))
      .returning({ id: table.id });
    return rows.length;
  };
