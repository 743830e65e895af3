// Creates and edits articles. The body is sanitised here, so what is stored is what readers get;
// the audience's chosen orgs must lie within the owner's subtree.
import type { CreateArticleRequest, UpdateArticleRequest } from '@hongyun/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../core/context.ts';
import { findOrg } from '../../../core/org/index.ts';
import { orgs } from '../../../core/org/schema.ts';
import { authorize, isWithin } from '../../../core/policy.ts';
import type { TxCtx } from '../../../platform/context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/errors.ts';
import { findItem } from '../queries.ts';
import { sanitizeArticle } from '../sanitize.ts';
import { contentItems } from '../schema.ts';

type Audience = CreateArticleRequest['audience'];

/** The audience's org paths: the chosen orgs (each within the owner's subtree) or the owner's own. */
async function audiencePaths(db: DbOrTx, ownerPath: string, a: Audience): Promise<string[]> {
  if (a.orgIds.length === 0) return [ownerPath];
  const ids = [...new Set(a.orgIds)];
  const rows = await db
    .select({ id: orgs.id, path: orgs.path })
    .from(orgs)
    .where(and(inArray(orgs.id, ids), eq(orgs.isDissolved, false)));
  if (rows.length !== ids.length || rows.some((r) => !isWithin(r.path, ownerPath))) {
    throw new AppError('VALIDATION_FAILED', [
      { field: 'body.audience.orgIds', message: 'content.audience_outside_owner' },
    ]);
  }
  return rows.map((r) => r.path);
}

export async function createArticle(ctx: TxCtx, actor: Actor, input: CreateArticleRequest) {
  const org = await findOrg(ctx.db, input.orgId);
  if (!org || org.isDissolved) throw new AppError('NOT_FOUND');
  authorize(actor, 'content.item.edit', { orgPath: org.path });
  const paths = await audiencePaths(ctx.db, org.path, input.audience);
  const [row] = await ctx.db
    .insert(contentItems)
    .values({
      orgId: org.id,
      orgPath: org.path,
      kind: 'article',
      channel: input.channel,
      title: input.title,
      summary: input.summary,
      bodyHtml: sanitizeArticle(input.bodyHtml),
      source: input.source,
      audienceOrgIds: [...new Set(input.audience.orgIds)],
      audiencePaths: paths,
      audienceRoles: input.audience.roles,
      audienceCadreRanks: input.audience.cadreRanks,
      authorAccountId: actor.accountId,
    })
    .returning({ id: contentItems.id });
  if (!row) throw new Error('content insert failed');
  return row.id;
}

/** Edits a draft or returned item; editing a withdrawn one turns it back into a draft. */
export async function updateArticle(ctx: TxCtx, actor: Actor, id: string, patch: UpdateArticleRequest) {
  const item = await findItem(ctx.db, id);
  if (!item) throw new AppError('NOT_FOUND');
  authorize(actor, 'content.item.edit', { orgPath: item.orgPath });
  if (item.status === 'submitted' || item.status === 'published') throw new AppError('CONTENT_WRONG_STATUS');
  const set: Partial<typeof contentItems.$inferInsert> = { updatedAt: new Date() };
  if (patch.channel !== undefined) set.channel = patch.channel;
  if (patch.title !== undefined) set.title = patch.title;
  if (patch.summary !== undefined) set.summary = patch.summary;
  if (patch.source !== undefined) set.source = patch.source;
  if (patch.bodyHtml !== undefined) set.bodyHtml = sanitizeArticle(patch.bodyHtml);
  if (patch.audience !== undefined) {
    set.audiencePaths = await audiencePaths(ctx.db, item.orgPath, patch.audience);
    set.audienceOrgIds = [...new Set(patch.audience.orgIds)];
    set.audienceRoles = patch.audience.roles;
    set.audienceCadreRanks = patch.audience.cadreRanks;
  }
  if (item.status === 'withdrawn') set.status = 'draft';
  const [row] = await ctx.db
    .update(contentItems)
    .set(set)
    .where(and(eq(contentItems.id, id), eq(contentItems.status, item.status)))
    .returning({ id: contentItems.id });
  if (!row) throw new AppError('CONTENT_WRONG_STATUS');
}
