// Moves an organisation (with its whole subtree) under a new parent: rewrites every path and depth
// in one UPDATE and every module's copy of org paths (manifest orgPathCopies: people's org_path), in one transaction; records
// event 'org.org.moved' and audit 'org.moved'. Past events keep the paths they were written with.
// Authorisation is re-checked on the rows read under the lock, since the route's copies may predate a
// concurrent move that carried the org or the new parent out of the actor's reach.
import { sql } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { TxCtx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { allSessionsChanged } from '../../auth/auth-changes.ts';
import { allOrgPathCopies } from '../../kernel/index.ts';
import { authorize, inScope } from '../../policy.ts';
import { getOrg, type OrgRecord } from '../queries.ts';
import { orgs } from '../schema.ts';
import { lockOrgTree } from '../tree-lock.ts';

export async function moveOrg(ctx: TxCtx, input: { orgId: number; newParentId: number }): Promise<OrgRecord> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    await lockOrgTree(tx, 'exclusive');
    // Re-read under the lock: the route's copies may predate a concurrent move.
    const org = await getOrg(tx, input.orgId);
    const parent = await getOrg(tx, input.newParentId);
    authorize(ctx.actor, 'org.org.move', { orgPath: org.path });
    authorize(ctx.actor, 'org.org.create', { orgPath: parent.path });
    if (org.isDissolved || parent.isDissolved) throw new AppError('ORG_DISSOLVED');
    if (parent.path.startsWith(org.path)) throw new AppError('ORG_MOVE_INTO_SELF');
    if (parent.type === 'group') throw new AppError('ORG_PARENT_IS_GROUP'); // a 党小组 has no children
    if (org.parentId === parent.id) return org;

    const oldPath = org.path;
    const newPath = `${parent.path}${org.id}/`;
    const depthDelta = parent.depth + 1 - org.depth;
    const moved = await tx
      .update(orgs)
      .set({
        path: sql`${newPath} || substr(${orgs.path}, ${oldPath.length + 1})`,
        depth: sql`${orgs.depth} + ${depthDelta}`,
        parentId: sql`case when ${orgs.id} = ${org.id} then ${parent.id}::int else ${orgs.parentId} end`,
        updatedAt: sql`now()`,
      })
      .where(inScope(orgs.path, [oldPath]))
      .returning({ id: orgs.id });
    // Every module that copies org paths to scope its rows rewrites them in this transaction.
    const copies: Record<string, number> = {};
    for (const [name, rewrite] of allOrgPathCopies()) copies[name] = await rewrite(tx, { oldPath, newPath });

    const row = await getOrg(tx, org.id);
    const details = {
      oldParentId: org.parentId,
      newParentId: parent.id,
      oldPath,
      newPath,
      orgCount: moved.length,
      peopleCount: copies['people.people'] ?? 0,
    };
    await recordEvent(txCtx, {
      type: 'org.org.moved',
      orgId: row.id,
      orgPath: row.path,
      subjectType: 'org',
      subjectId: row.id,
      data: details,
    });
    await allSessionsChanged(txCtx); // grant paths changed under cached sessions
    await appendAudit(txCtx, { action: 'org.moved', targetType: 'org', targetId: row.id, orgId: row.id, details });
    return row;
  });
}
