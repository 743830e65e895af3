import { CadreRanks, ContentChannels, ContentKinds, ContentStatuses, Roles } from '@hongyun/contracts';
import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../../core/auth/schema.ts';
import { orgs } from '../../core/org/schema.ts';
import { people } from '../../core/people/schema.ts';

// An uploaded article image or PDF document of an organisation. The bytes live in the platform's
// file storage under server-chosen keys: an image as re-encoded at two widths (never the upload
// itself, which may carry GPS and camera data), a PDF as uploaded. Readers get a file only through
// a published item that uses it (content_items.image_ids / document_id); editors within its subtree.
export const contentMedia = pgTable(
  'content_media',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ['image', 'document'] }).notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    orgPath: text('org_path').notNull(),
    contentType: text('content_type').notNull(),
    storageKey: text('storage_key').notNull(),
    /** The phone's width of an image; null for a document. */
    smallKey: text('small_key'),
    width: integer('width'),
    height: integer('height'),
    pageCount: integer('page_count'),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('content_media_org_path_idx').on(sql`${t.orgPath} text_pattern_ops`)],
);

// One piece of study content. It belongs to the organisation that wrote it (org_id/org_path) and is
// shown to its audience: `audience_paths` holds the org paths it reaches (the owner's own path when
// no orgs were chosen), `audience_roles` and `audience_cadre_ranks` narrow it further when not
// empty. `kind` says what it shows: the body (article), a PDF (document_id) or a video of the
// library (video_id). `image_ids` are the article images its body shows, kept on save so a reader's
// request for an image is checked against the items that use it. `publish_at` is 定时发布: an approved
// item waits as `scheduled` until the content.publish-scheduled cron publishes it.
export const contentItems = pgTable(
  'content_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    orgPath: text('org_path').notNull(),
    kind: text('kind', { enum: ContentKinds }).notNull().default('article'),
    channel: text('channel', { enum: ContentChannels }).notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** Already sanitised (sanitize.ts): what is stored is what readers get. */
    bodyHtml: text('body_html').notNull().default(''),
    source: text('source'),
    videoId: uuid('video_id'),
    documentId: uuid('document_id').references(() => contentMedia.id),
    imageIds: uuid('image_ids').array().notNull().default(sql`'{}'::uuid[]`),
    publishAt: timestamp('publish_at', { withTimezone: true }),
    status: text('status', { enum: ContentStatuses }).notNull().default('draft'),
    isPinned: boolean('is_pinned').notNull().default(false),
    audienceOrgIds: integer('audience_org_ids').array().notNull().default(sql`'{}'::int[]`),
    audiencePaths: text('audience_paths').array().notNull(),
    audienceRoles: text('audience_roles', { enum: Roles }).array().notNull().default(sql`'{}'::text[]`),
    audienceCadreRanks: text('audience_cadre_ranks', { enum: CadreRanks }).array().notNull().default(sql`'{}'::text[]`),
    authorAccountId: uuid('author_account_id')
      .notNull()
      .references(() => accounts.id),
    reviewerAccountId: uuid('reviewer_account_id').references(() => accounts.id),
    reviewNote: text('review_note'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('content_items_org_path_idx').on(sql`${t.orgPath} text_pattern_ops`),
    index('content_items_audience_idx').using('gin', t.audiencePaths),
    index('content_items_feed_idx')
      .on(t.channel, t.isPinned.desc(), t.publishedAt.desc())
      .where(sql`${t.status} = 'published'`),
    index('content_items_scheduled_idx').on(t.publishAt).where(sql`${t.status} = 'scheduled'`),
    index('content_items_images_idx').using('gin', t.imageIds),
  ],
);

// Effective reading per person per item. `last_beat_at` bounds the next credit (never more than the
// wall-clock time since it); `unreported_seconds` collects credit until a read event is written.
export const contentReadings = pgTable(
  'content_readings',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    contentId: uuid('content_id')
      .notNull()
      .references(() => contentItems.id),
    readSeconds: integer('read_seconds').notNull().default(0),
    unreportedSeconds: integer('unreported_seconds').notNull().default(0),
    reachedEnd: boolean('reached_end').notNull().default(false),
    endReported: boolean('end_reported').notNull().default(false),
    lastBeatAt: timestamp('last_beat_at', { withTimezone: true }).notNull(),
    lastEventAt: timestamp('last_event_at', { withTimezone: true }),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.contentId] })],
);

export const contentFavourites = pgTable(
  'content_favourites',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    contentId: uuid('content_id')
      .notNull()
      .references(() => contentItems.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.contentId] }),
    index('content_favourites_person_idx').on(t.personId, t.createdAt.desc()),
  ],
);
