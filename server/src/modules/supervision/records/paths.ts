import { sql } from 'drizzle-orm';
import type { OrgPathCopy } from '../../../core/kernel/index.ts';
import { inScope } from '../../../platform/db/path-scope.ts';
import { supervisionIntegrityItems, supervisionSanctions } from './schema.ts';

// The records keep the person's org path at recording; an org move rewrites the moved subtree's
// paths in them in the move's transaction (the manifest's orgPathCopies), so a later list by
// subtree finds them where the tree now puts them.

const rewrite =
  (table: typeof supervisionSanctions | typeof supervisionIntegrityItems): OrgPathCopy =>
  async (tx, move) => {
    const rows = await tx
      .update(table)
      .set({ orgPath: sql`${move.newPath} || substr(${table.orgPath}, ${move.oldPath.length + 1})` })
      .where(inScope(table.orgPath, [move.oldPath]))
      .returning({ id: table.id });
    return rows.length;
  };

export const recordOrgPathCopies: Record<string, OrgPathCopy> = {
  supervisionSanctions: rewrite(supervisionSanctions),
  supervisionIntegrityItems: rewrite(supervisionIntegrityItems),
};
