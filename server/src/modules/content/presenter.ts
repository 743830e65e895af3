import type { ContentDetailView, ContentItemView } from '@hongyun/contracts';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../core/context.ts';
import { orgNamesByIds } from '../../core/org/index.ts';
import { can } from '../../core/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { findVideo } from '../video/index.ts';
import { mediaUrl } from './media/access.ts';
import type { ContentRow, FeedRow } from './queries.ts';
import { contentMedia } from './schema.ts';

// What leaves the server about content. Author names are account display names (editors of the
// same subtree); readers never see who wrote or reviewed an item, only the owning organisation.

export const orgNames = (ctx: Pick<Ctx, 'db' | 'changes'>, ids: number[]) => orgNamesByIds(ctx, [...new Set(ids)]);

export function presentItem(row: ContentRow, actor: Actor, names: Map<number, string>): ContentItemView {
  return {
    id: row.id,
    kind: row.kind,
    channel: row.channel,
    title: row.title,
    summary: row.summary,
    source: row.source,
    status: row.status,
    orgId: row.orgId,
    orgName: names.get(row.orgId) ?? '',
    isPinned: row.isPinned,
    authorName: row.authorName,
    isOwn: row.authorAccountId === actor.accountId,
    reviewNote: row.reviewNote,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publishAt: row.publishAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

type Attached = Pick<z.infer<typeof ContentDetailView>, 'document' | 'video'>;

/** The PDF and the video an item shows, as the editor lists them. */
export async function attachedTo(db: DbOrTx, row: ContentRow): Promise<Attached> {
  const [doc] = row.documentId ? await db.select().from(contentMedia).where(eq(contentMedia.id, row.documentId)) : [];
  const video = row.videoId ? await findVideo(db, row.videoId) : null;
  return {
    document: doc ? { id: doc.id, url: mediaUrl(doc.id), pageCount: doc.pageCount, sizeBytes: doc.sizeBytes } : null,
    video: video
      ? {
          id: video.id,
          title: video.title,
          status: video.status,
          durationSeconds: video.durationSeconds,
          posterUrl: video.posterUrl,
        }
      : null,
  };
}

/** A document item's PDF for the reader (served through the item's audience). */
export async function readerDocument(db: DbOrTx, documentId: string) {
  const [doc] = await db.select().from(contentMedia).where(eq(contentMedia.id, documentId));
  return doc ? { url: mediaUrl(doc.id), pageCount: doc.pageCount, sizeBytes: doc.sizeBytes } : null;
}

export function presentDetail(
  row: ContentRow,
  actor: Actor,
  names: Map<number, string>,
  attached: Attached,
): z.infer<typeof ContentDetailView> {
  return {
    ...presentItem(row, actor, names),
    ...attached,
    bodyHtml: row.bodyHtml,
    audience: { orgIds: row.audienceOrgIds, roles: row.audienceRoles, cadreRanks: row.audienceCadreRanks },
    canApprove:
      row.status === 'submitted' &&
      row.authorAccountId !== actor.accountId &&
      can(actor, 'content.item.review', { orgPath: row.orgPath }),
  };
}

export function presentFeedItem(row: FeedRow, names: Map<number, string>) {
  return {
    id: row.id,
    kind: row.kind,
    channel: row.channel,
    title: row.title,
    summary: row.summary,
    source: row.source,
    orgName: names.get(row.orgId) ?? '',
    isPinned: row.isPinned,
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    isFavourite: row.isFavourite,
    posterUrl: row.kind === 'video' && row.videoId ? `/api/content/feed/${row.id}/video/poster` : null,
  };
}
