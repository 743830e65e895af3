// Creates and edits content items. An article's body is sanitised here, so what is stored is what
// readers get, and it keeps only images uploaded within the author's subtrees; a document names an
// uploaded PDF, a video item a ready video of the library, both within the author's subtrees. The
// audience's chosen orgs must lie within the owner's subtree.
import { ContentLimits, type CreateArticleRequest, type UpdateArticleRequest } from '@hongyun/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../core/context.ts';
import { findOrg } from '../../../core/org/index.ts';
import { orgs } from '../../../core/org/schema.ts';
import { authorize, inScope, isWithin, scopeToOrgs } from '../../../core/policy.ts';
import type { TxCtx } from '../../../platform/context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/errors.ts';
import { findVideo } from '../../video/index.ts';
import { ContentEditorRoles } from '../policy.ts';
import { findItem } from '../queries.ts';
import { imageIdsOf, keepImages, sanitizeArticle } from '../sanitize.ts';
import { contentItems, contentMedia } from '../schema.ts';

type Audience = CreateArticleRequest['audience'];
type Values = Partial<typeof contentItems.$inferInsert>;

const badField = (field: string, message: string) => new AppError('VALIDATION_FAILED', [{ field, message }]);

/** The audience's org paths: the chosen orgs (each within the owner's subtree) or the owner's own. */
async function audiencePaths(db: DbOrTx, ownerPath: string, a: Audience): Promise<string[]> {
  if (a.orgIds.length === 0) return [ownerPath];
  const ids = [...new Set(a.orgIds)];
  const rows = await db
    .select({ id: orgs.id, path: orgs.path })
    .from(orgs)
    .where(and(inArray(orgs.id, ids), eq(orgs.isDissolved, false)));
  if (rows.length !== ids.length || rows.some((r) => !isWithin(r.path, ownerPath))) {
    throw badField('body.audience.orgIds', 'content.audience_outside_owner');
  }
  return rows.map((r) => r.path);
}

const editorRoots = (actor: Actor) => scopeToOrgs(actor, ContentEditorRoles);

/** The sanitised body and the article images it may show: uploaded within the author's subtrees. */
async function bodyWithImages(db: DbOrTx, actor: Actor, html: string) {
  const clean = sanitizeArticle(html);
  const ids = imageIdsOf(clean);
  if (ids.length === 0) return { bodyHtml: clean, imageIds: [] };
  const rows = await db
    .select({ id: contentMedia.id })
    .from(contentMedia)
    .where(
      and(
        inArray(contentMedia.id, ids),
        eq(contentMedia.kind, 'image'),
        inScope(contentMedia.orgPath, editorRoots(actor)),
      ),
    )
    .for('key share'); // held to the save's commit: the unused-media clean-up never takes it away meanwhile
  const allowed = new Set(rows.map((r) => r.id));
  return { bodyHtml: keepImages(clean, allowed), imageIds: [...allowed] };
}

/** An uploaded PDF within the author's subtrees; a missing one and another subtree's look the same. */
async function documentOf(db: DbOrTx, actor: Actor, id: string) {
  const [doc] = await db
    .select({ id: contentMedia.id })
    .from(contentMedia)
    .where(
      and(
        eq(contentMedia.id, id),
        eq(contentMedia.kind, 'document'),
        inScope(contentMedia.orgPath, editorRoots(actor)),
      ),
    )
    .for('key share');
  if (!doc) throw new AppError('NOT_FOUND');
  return doc.id;
}

/** A video of the library within the author's subtrees, transcoded and ready to be watched. */
async function videoOf(db: DbOrTx, actor: Actor, id: string) {
  const video = await findVideo(db, id);
  if (!video || !editorRoots(actor).some((root) => isWithin(video.orgPath, root))) throw new AppError('NOT_FOUND');
  if (video.status !== 'ready') throw new AppError('CONTENT_VIDEO_NOT_READY');
  return video.id;
}

/** A schedule must lie ahead, and not absurdly far (a typo of the year). */
function scheduleOf(publishAt: string | null, now = new Date()): Date | null {
  if (publishAt === null) return null;
  const at = new Date(publishAt);
  if (at.getTime() <= now.getTime()) throw badField('body.publishAt', 'content.publish_at_past');
  if (at.getTime() > now.getTime() + ContentLimits.scheduleMaxDays * 86_400_000) {
    throw badField('body.publishAt', 'content.publish_at_too_far');
  }
  return at;
}

/**
 * In one transaction: the uploads it names stay locked (FOR KEY SHARE) until the item that uses
 * them has committed, so the unused-media clean-up (remove-unused-media.ts) cannot remove them between.
 */
const inTransaction = <T>(ctx: TxCtx, run: (tx: TxCtx) => Promise<T>) =>
  ctx.db.transaction((db) => run({ ...ctx, db }));

export const createArticle = (ctx: TxCtx, actor: Actor, input: CreateArticleRequest) =>
  inTransaction(ctx, (tx) => createArticleIn(tx, actor, input));

export const updateArticle = (ctx: TxCtx, actor: Actor, id: string, patch: UpdateArticleRequest) =>
  inTransaction(ctx, (tx) => updateArticleIn(tx, actor, id, patch));

async function createArticleIn(ctx: TxCtx, actor: Actor, input: CreateArticleRequest) {
  const org = await findOrg(ctx.db, input.orgId);
  if (!org || org.isDissolved) throw new AppError('NOT_FOUND');
  authorize(actor, 'content.item.edit', { orgPath: org.path });
  // Named records first, so a foreign id answers like a missing one whatever else the body says.
  const documentId = input.documentId ? await documentOf(ctx.db, actor, input.documentId) : null;
  const videoId = input.videoId ? await videoOf(ctx.db, actor, input.videoId) : null;
  if (input.kind === 'document' && !documentId) throw badField('body.documentId', 'content.document_required');
  if (input.kind === 'video' && !videoId) throw badField('body.videoId', 'content.video_required');
  if (input.kind !== 'document' && documentId) throw badField('body.documentId', 'content.kind_mismatch');
  if (input.kind !== 'video' && videoId) throw badField('body.videoId', 'content.kind_mismatch');
  const paths = await audiencePaths(ctx.db, org.path, input.audience);
  const body = await bodyWithImages(ctx.db, actor, input.bodyHtml);
  const [row] = await ctx.db
    .insert(contentItems)
    .values({
      orgId: org.id,
      orgPath: org.path,
      kind: input.kind,
      channel: input.channel,
      title: input.title,
      summary: input.summary,
      ...body,
      documentId,
      videoId,
      publishAt: scheduleOf(input.publishAt),
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
async function updateArticleIn(ctx: TxCtx, actor: Actor, id: string, patch: UpdateArticleRequest) {
  const item = await findItem(ctx.db, id);
  if (!item) throw new AppError('NOT_FOUND');
  authorize(actor, 'content.item.edit', { orgPath: item.orgPath });
  if (item.status === 'submitted' || item.status === 'published' || item.status === 'scheduled') {
    throw new AppError('CONTENT_WRONG_STATUS');
  }
  const set: Values = { updatedAt: new Date() };
  if (patch.documentId !== undefined) {
    set.documentId = await documentOf(ctx.db, actor, patch.documentId);
    if (item.kind !== 'document') throw badField('body.documentId', 'content.kind_mismatch');
  }
  if (patch.videoId !== undefined) {
    set.videoId = await videoOf(ctx.db, actor, patch.videoId);
    if (item.kind !== 'video') throw badField('body.videoId', 'content.kind_mismatch');
  }
  if (patch.channel !== undefined) set.channel = patch.channel;
  if (patch.title !== undefined) set.title = patch.title;
  if (patch.summary !== undefined) set.summary = patch.summary;
  if (patch.source !== undefined) set.source = patch.source;
  if (patch.publishAt !== undefined) set.publishAt = scheduleOf(patch.publishAt);
  if (patch.bodyHtml !== undefined) Object.assign(set, await bodyWithImages(ctx.db, actor, patch.bodyHtml));
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
