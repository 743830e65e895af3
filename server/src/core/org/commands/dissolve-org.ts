// Dissolves (撤销) an organisation that has no live child organisations and no current members;
// records event 'org.org.dissolved' and audit 'org.dissolved'. The row stays for history.
// Authorisation is re-checked on the row read under the lock (a concurrent move may have carried the
// org out of the actor's reach since the route checked).
import { and, eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { TxCtx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { allSessionsChanged } from '../../auth/auth-changes.ts';
import { authorize } from '../../policy.ts';
import { countChildren, getOrg, type OrgRecord, orgColumns, subtreeMemberCounts } from '../queries.ts';
import { orgs } from '../schema.ts';
import { lockOrgTree } from '../tree-lock.ts';

export async function dissolveOrg(ctx: TxCtx, input: { orgId: number }): Promise<OrgRecord> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    // Exclusive: no child may be created or moved in while we check that there are none.
    await lockOrgTree(tx, 'exclusive');
    const org = await getOrg(tx, input.orgId);
    authorize(ctx.actor, 'org.org.dissolve', { orgPath: org.path });
    if (org.isDissolved) throw new AppError('ORG_DISSOLVED');
    if ((await countChildren(tx, org.id)) > 0) throw new AppError('ORG_HAS_CHILDREN');
    if ((await subtreeMemberCounts(tx, org.path)).total > 0) throw new AppError('ORG_HAS_MEMBERS');

    const [row] = await tx
      .update(orgs)
      .set({ isDissolved: true, dissolvedAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(orgs.id, org.id), eq(orgs.isDissolved, false)))
      .returning(orgColumns);
    if (!row) throw new AppError('ORG_DISSOLVED');
    await recordEvent(txCtx, {
      type: 'org.org.dissolved',
      orgId: row.id,
      orgPath: row.path,
      subjectType: 'org',
      subjectId: row.id,
      data: { name: row.name },
    });
    await allSessionsChanged(txCtx); // grants at a dissolved org stop counting
    await appendAudit(txCtx, {
      action: 'org.dissolved',
      targetType: 'org',
      targetId: row.id,
      orgId: row.id,
      details: { name: row.name, path: row.path },
    });
    return row;
  });
}
