// Edits an organisation's own fields (not its place in the tree: see move-org);
// records event 'org.org.updated' and audit 'org.updated' in the same transaction.
import type { UpdateOrgInput } from '@hongyun/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { TxCtx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { allSessionsChanged } from '../../auth/auth-changes.ts';
import { isWithin } from '../../policy.ts';
import { orgNameChanged } from '../org-name-cache.ts';
import { findRegion, type OrgRecord, orgColumns, personBrief } from '../queries.ts';
import { orgs } from '../schema.ts';

export async function updateOrg(ctx: TxCtx, input: { org: OrgRecord; changes: UpdateOrgInput }): Promise<OrgRecord> {
  const { org, changes } = input;
  if (org.isDissolved) throw new AppError('ORG_DISSOLVED');
  if (changes.regionCode && !(await findRegion(ctx.db, changes.regionCode))) throw new AppError('REGION_NOT_FOUND');
  if (changes.secretaryPersonId) {
    // The secretary must belong to this organisation's subtree now; otherwise the id is a typo or a leak.
    const person = await personBrief(ctx.db, changes.secretaryPersonId);
    if (!person || !isWithin(person.orgPath, org.path)) {
      throw new AppError('VALIDATION_FAILED', [{ field: 'body.secretaryPersonId', message: 'person.not_in_org' }]);
    }
  }

  // An organisation with organisations below it cannot become a 党小组, which has none.
  if (changes.type === 'group' && org.type !== 'group') {
    const [child] = await ctx.db
      .select({ id: orgs.id })
      .from(orgs)
      .where(and(eq(orgs.parentId, org.id), eq(orgs.isDissolved, false)))
      .limit(1);
    if (child) throw new AppError('ORG_PARENT_IS_GROUP');
  }

  const diff: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(changes)) {
    if (to === undefined) continue;
    const from = org[key as keyof OrgRecord];
    if (from !== to) diff[key] = { from, to };
  }
  if (Object.keys(diff).length === 0) return org;

  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const set = Object.fromEntries(Object.entries(diff).map(([k, v]) => [k, v.to]));
    const [row] = await tx
      .update(orgs)
      .set({ ...set, updatedAt: sql`now()` })
      .where(eq(orgs.id, org.id))
      .returning(orgColumns);
    if (!row) throw new AppError('NOT_FOUND');
    await recordEvent(txCtx, {
      type: 'org.org.updated',
      orgId: row.id,
      orgPath: row.path,
      subjectType: 'org',
      subjectId: row.id,
      data: { changes: diff },
    });
    await allSessionsChanged(txCtx); // /api/me shows grant org names from the session
    if (diff.name) await orgNameChanged(txCtx, row.id); // record views show org names from memory
    await appendAudit(txCtx, {
      action: 'org.updated',
      targetType: 'org',
      targetId: row.id,
      orgId: row.id,
      details: { changes: diff },
    });
    return row;
  });
}
