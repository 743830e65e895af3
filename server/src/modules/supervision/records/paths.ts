import type { OrgPathCopy } from '../../../core/kernel/index.ts';
import { rewriteOrgPaths } from '../path-rewrite.ts';
import { supervisionIntegrityItems, supervisionSanctions } from './schema.ts';

// The records keep the person's org path at recording; an org move rewrites the moved subtree's
// paths in them in the move's transaction (the manifest's orgPathCopies), so a later list by
// subtree finds them where the tree now puts them.

export const recordOrgPathCopies: Record<string, OrgPathCopy> = {
  supervisionSanctions: rewriteOrgPaths(supervisionSanctions),
  supervisionIntegrityItems: rewriteOrgPaths(supervisionIntegrityItems),
};
