// Creates an organisation under a parent (or a root), setting its materialised path and depth;
// records event 'org.org.created' and audit 'org.created' in the same transaction.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { TxCtx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { findOrg, findRegion, type OrgRecord, orgColumns } from '../queries.ts';
import { type OrgType, orgs } from '../schema.ts';
import { lockOrgTree } from '../tree-lock.ts';

export type CreateOrgRecordInput = {
  parentId?: number | null;
  name: string;
  type: OrgType;
  regionCode?: string | null;
  shortName?: string | null;
  contactPhone?: string | null;
  address?: string | null;
  lng?: number | null;
  lat?: number | null;
  sortOrder?: number;
};

/**
 * The command body, run inside the caller's transaction (API, demo seeder, Excel importer). It does
 * not authorise: callers do. `audit: false` lets a bulk importer write one audit row for the batch
 * instead of one per org; the behaviour event is always written.
 */
export async function createOrgRecord(
  ctx: TxCtx,
  input: CreateOrgRecordInput,
  options: { audit?: boolean } = {},
): Promise<OrgRecord> {
  await lockOrgTree(ctx.db, 'shared');
  const parent = input.parentId ? await findOrg(ctx.db, input.parentId) : null;
  if (input.parentId && !parent) throw new AppError('NOT_FOUND');
  if (parent?.isDissolved) throw new AppError('ORG_DISSOLVED');
  // 党小组 is the smallest unit of a branch: the Party's rules give it no organisations below it.
  if (parent?.type === 'group') throw new AppError('ORG_PARENT_IS_GROUP');
  if (input.regionCode && !(await findRegion(ctx.db, input.regionCode))) throw new AppError('REGION_NOT_FOUND');

  const [inserted] = await ctx.db
    .insert(orgs)
    .values({
      parentId: parent?.id ?? null,
      path: `pending:${randomUUID()}`, // unique placeholder until the id is known
      depth: parent ? parent.depth + 1 : 0,
      name: input.name,
      type: input.type,
      regionCode: input.regionCode ?? null,
      shortName: input.shortName ?? null,
      contactPhone: input.contactPhone ?? null,
      address: input.address ?? null,
      lng: input.lng ?? null,
      lat: input.lat ?? null,
      sortOrder: input.sortOrder ?? 0,
    })
    .returning({ id: orgs.id });
  if (!inserted) throw new Error('org insert returned nothing');
  const path = `${parent?.path ?? '/'}${inserted.id}/`;
  const [row] = await ctx.db.update(orgs).set({ path }).where(eq(orgs.id, inserted.id)).returning(orgColumns);
  if (!row) throw new Error('org path update returned nothing');

  const facts = { name: row.name, type: row.type, parentId: row.parentId, regionCode: row.regionCode };
  await recordEvent(ctx, {
    type: 'org.org.created',
    orgId: row.id,
    orgPath: row.path,
    subjectType: 'org',
    subjectId: row.id,
    data: facts,
  });
  if (options.audit !== false) {
    await appendAudit(ctx, {
      action: 'org.created',
      targetType: 'org',
      targetId: row.id,
      orgId: row.id,
      details: facts,
    });
  }
  return row;
}

/** The API's use case: one transaction around createOrgRecord. */
export async function createOrg(ctx: TxCtx, input: CreateOrgRecordInput): Promise<OrgRecord> {
  return ctx.db.transaction((tx) => createOrgRecord({ ...ctx, db: tx }, input));
}
