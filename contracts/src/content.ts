// Study content of the learning app (权威发布, 学习动态, 学习资料): articles, PDF documents and videos. Shared by the server's content module and the console and phone screens.
import { z } from 'zod';
import { Limits, OrgId, PageQuery } from './common.ts';
import { CadreRanks } from './identity.ts';
import { Roles } from './roles.ts';

export const ContentChannels = ['authoritative', 'news', 'materials'] as const;
export type ContentChannel = (typeof ContentChannels)[number];
export const ContentChannelLabels: Record<ContentChannel, { zh: string; en: string }> = {
  authoritative: { zh: '权威发布', en: 'Authoritative releases' },
  news: { zh: '学习动态', en: 'Learning news' },
  materials: { zh: '学习资料', en: 'Study materials' },
};

export const ContentKinds = ['article', 'document', 'video'] as const;
export type ContentKind = (typeof ContentKinds)[number];
export const ContentKindLabels: Record<ContentKind, { zh: string; en: string }> = {
  article: { zh: '文章', en: 'Article' },
  document: { zh: '文档', en: 'Document' },
  video: { zh: '视频', en: 'Video' },
};
/** `scheduled`: approved, waiting for its publish_at (a cron publishes it then). */
export const ContentStatuses = ['draft', 'submitted', 'returned', 'scheduled', 'published', 'withdrawn'] as const;
export type ContentStatus = (typeof ContentStatuses)[number];
export const ContentStatusLabels: Record<ContentStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '待审核', en: 'Awaiting review' },
  returned: { zh: '已退回', en: 'Returned' },
  scheduled: { zh: '定时发布', en: 'Scheduled' },
  published: { zh: '已发布', en: 'Published' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

export const ContentLimits = {
  titleMax: 120,
  summaryMax: 500,
  /** The body as sent, before sanitising (about a long speech with tables). */
  bodyMax: 200_000,
  noteMax: 500,
  audienceOrgsMax: 50,
  /** How often the phone sends a reading heartbeat while the page is visible. */
  heartbeatSeconds: 15,
  /** An article image as uploaded (a phone photo is 3–12 MB). */
  imageMaxBytes: 15 * 1024 * 1024,
  /** Pixels an upload may decode to (a 50-megapixel camera is 8192×6144). */
  imageMaxPixels: 60_000_000,
  /** The widths images are stored at: the reader's full width and the phone's. */
  imageWidth: 1600,
  imageSmallWidth: 720,
  documentMaxBytes: 50 * 1024 * 1024,
  /** How far ahead a publication may be scheduled. */
  scheduleMaxDays: 366,
} as const;

/** When a scheduled item goes out: an ISO instant with its offset, years a person can mean. */
export const PublishAt = z.iso.datetime({ offset: true }).refine((v) => {
  const y = new Date(v).getUTCFullYear();
  return y >= 2000 && y <= 9999;
}, 'date.implausible');

export const ContentAudience = z.object({
  /** Chosen organisations within the owner's subtree; empty means the owner's whole subtree. */
  orgIds: z.array(OrgId).max(ContentLimits.audienceOrgsMax).default([]),
  /** Only holders of one of these roles; empty means everyone. */
  roles: z.array(z.enum(Roles)).max(Roles.length).default([]),
  /** Only people of these cadre ranks; empty means everyone. */
  cadreRanks: z.array(z.enum(CadreRanks)).max(CadreRanks.length).default([]),
});

const Title = z.string().trim().min(1).max(ContentLimits.titleMax);
const Summary = z.string().trim().max(ContentLimits.summaryMax);
const Body = z.string().max(ContentLimits.bodyMax);

export const CreateArticleRequest = z.strictObject({
  orgId: OrgId,
  channel: z.enum(ContentChannels),
  title: Title,
  summary: Summary.default(''),
  bodyHtml: Body,
  source: z.string().trim().max(Limits.nameMax).nullable().default(null),
  audience: ContentAudience.default({ orgIds: [], roles: [], cadreRanks: [] }),
  /** An article (the body), a PDF document (documentId, uploaded first) or a video of the library (videoId). */
  kind: z.enum(ContentKinds).default('article'),
  documentId: z.uuid().nullable().default(null),
  videoId: z.uuid().nullable().default(null),
  /** Publish at this time once approved (定时发布); null publishes on approval. */
  publishAt: PublishAt.nullable().default(null),
});
export type CreateArticleRequest = z.infer<typeof CreateArticleRequest>;

export const UpdateArticleRequest = z.strictObject({
  channel: z.enum(ContentChannels).optional(),
  title: Title.optional(),
  summary: Summary.optional(),
  bodyHtml: Body.optional(),
  source: z.string().trim().max(Limits.nameMax).nullable().optional(),
  audience: ContentAudience.optional(),
  documentId: z.uuid().optional(),
  videoId: z.uuid().optional(),
  publishAt: PublishAt.nullable().optional(),
});
export type UpdateArticleRequest = z.infer<typeof UpdateArticleRequest>;

export const ReturnContentRequest = z.strictObject({ note: z.string().trim().min(1).max(ContentLimits.noteMax) });
export const PinContentRequest = z.strictObject({ isPinned: z.boolean() });

export const ListContentQuery = PageQuery.extend({
  channel: z.enum(ContentChannels).optional(),
  status: z.enum(ContentStatuses).optional(),
  /** Items submitted by someone else that the caller may approve (待我审核). */
  toReview: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(Limits.searchMax).optional(),
});

export const FeedQuery = PageQuery.extend({
  channel: z.enum(ContentChannels).optional(),
  q: z.string().trim().max(Limits.searchMax).optional(),
});

export const ReadingHeartbeatRequest = z.strictObject({
  /** Sent when the reader opens or becomes visible again: marks the start, credits nothing. */
  isStart: z.boolean().default(false),
  reachedEnd: z.boolean().default(false),
});

const Instant = z.string();

export const ContentItemView = z.object({
  id: z.uuid(),
  kind: z.enum(ContentKinds),
  channel: z.enum(ContentChannels),
  title: z.string(),
  summary: z.string(),
  source: z.string().nullable(),
  status: z.enum(ContentStatuses),
  orgId: z.number(),
  orgName: z.string(),
  isPinned: z.boolean(),
  authorName: z.string(),
  isOwn: z.boolean(),
  reviewNote: z.string().nullable(),
  publishedAt: Instant.nullable(),
  /** The scheduled publication (定时发布), when one is set. */
  publishAt: Instant.nullable(),
  updatedAt: Instant,
});
export type ContentItemView = z.infer<typeof ContentItemView>;

export const ContentDetailView = ContentItemView.extend({
  bodyHtml: z.string(),
  audience: z.object({
    orgIds: z.array(z.number()),
    roles: z.array(z.enum(Roles)),
    cadreRanks: z.array(z.enum(CadreRanks)),
  }),
  canApprove: z.boolean(),
  document: z
    .object({ id: z.uuid(), url: z.string(), pageCount: z.number().nullable(), sizeBytes: z.number() })
    .nullable(),
  video: z
    .object({
      id: z.uuid(),
      title: z.string(),
      status: z.enum(['processing', 'ready', 'failed']),
      durationSeconds: z.number().nullable(),
      posterUrl: z.string().nullable(),
    })
    .nullable(),
});

export const FeedItemView = z.object({
  id: z.uuid(),
  kind: z.enum(ContentKinds),
  channel: z.enum(ContentChannels),
  title: z.string(),
  summary: z.string(),
  source: z.string().nullable(),
  orgName: z.string(),
  isPinned: z.boolean(),
  publishedAt: Instant,
  isFavourite: z.boolean(),
  /** A video item's poster (through the item, for its audience), else null. */
  posterUrl: z.string().nullable(),
});
export const ReaderView = FeedItemView.extend({
  bodyHtml: z.string(),
  /** A document item's PDF, for the phone's viewer. */
  document: z.object({ url: z.string(), pageCount: z.number().nullable(), sizeBytes: z.number() }).nullable(),
  readSeconds: z.number(),
  reachedEnd: z.boolean(),
});
export const ReadingProgressView = z.object({ readSeconds: z.number(), credited: z.number(), reachedEnd: z.boolean() });

/** An uploaded article image or PDF document, ready to be placed in an item. */
export const ContentMediaView = z.object({
  id: z.uuid(),
  kind: z.enum(['image', 'document']),
  /** Where the platform serves it: an image's URL is what the editor puts in the body. */
  url: z.string(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  pageCount: z.number().nullable(),
  sizeBytes: z.number(),
});
export const UploadContentMediaFields = z.object({ orgId: z.coerce.number().int().positive().max(Limits.int4Max) });
export const ContentMediaQuery = z.object({
  /** `small`: the phone's width (images only). */
  size: z.enum(['small', 'full']).optional(),
});
