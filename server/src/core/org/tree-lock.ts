import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';

// Paths are materialised, so anything that reads an org's path to write a path below it (creating a
// child, placing a person) must not interleave with a move rewriting that subtree. Creators take the
// lock shared (they run side by side); moves and dissolutions take it exclusive. Transaction-scoped.
const ORG_TREE_LOCK = 727101;

export async function lockOrgTree(tx: DbOrTx, mode: 'shared' | 'exclusive'): Promise<void> {
  await tx.execute(
    mode === 'shared'
      ? sql`select pg_advisory_xact_lock_shared(${ORG_TREE_LOCK})`
      : sql`select pg_advisory_xact_lock(${ORG_TREE_LOCK})`,
  );
}
