import type { ContentDetailView, ContentItemView } from '@hongyun/contracts';
import type { z } from 'zod';
import type { Actor } from '../../core/context.ts';
import { orgNamesByIds } from '../../core/org/index.ts';
import { can } from '../../core/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import type { ContentRow, FeedRow } from './queries.ts';

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
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentDetail(
  row: ContentRow,
  actor: Actor,
  names: Map<number, string>,
): z.infer<typeof ContentDetailView> {
  return {
    ...presentItem(row, actor, names),
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
  };
}
