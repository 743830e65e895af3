import { and, eq, or, sql } from 'drizzle-orm';
import { can } from '../../../core/policy.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { inAudience, loadViewer } from '../audience.ts';
import type { MediaRow } from '../commands/upload-media.ts';
import { contentItems, contentMedia } from '../schema.ts';

export const mediaUrl = (id: string) => `/api/content-media/${id}`;

export function presentMedia(m: MediaRow) {
  return {
    id: m.id,
    kind: m.kind,
    url: mediaUrl(m.id),
    width: m.width,
    height: m.height,
    pageCount: m.pageCount,
    sizeBytes: m.sizeBytes,
  };
}

/**
 * An image or document the actor may get: an editor of its organisation's subtree (writing and
 * previewing), or a reader of a published item that shows it (its audience). Anyone else, and a
 * missing id, get the same 404.
 */
export async function readableMedia(ctx: Ctx, id: string): Promise<MediaRow> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const [media] = await ctx.db.select().from(contentMedia).where(eq(contentMedia.id, id));
  if (!media) throw new AppError('NOT_FOUND');
  if (can(actor, 'content.item.edit', { orgPath: media.orgPath })) return media;
  const viewer = await loadViewer(ctx.db, actor);
  const [using] = await ctx.db
    .select({ id: contentItems.id })
    .from(contentItems)
    .where(
      and(
        inAudience(viewer),
        or(sql`${contentItems.imageIds} @> array[${id}]::uuid[]`, eq(contentItems.documentId, id)),
      ),
    )
    .limit(1);
  if (!using) throw new AppError('NOT_FOUND');
  return media;
}
