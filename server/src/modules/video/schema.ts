import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

// The video library. A video belongs to an organisation (org_id, with its materialised path so a
// subtree is one prefix match); its bytes live in the platform's file storage under server-chosen
// keys (the original upload, two H.264/AAC renditions and a poster), private like every stored file.
// Kept literal here (not imported from contracts) so drizzle-kit reads this file on its own.
export const videoAssets = pgTable(
  'video_assets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    status: text('status', { enum: ['processing', 'ready', 'failed'] })
      .notNull()
      .default('processing'),
    /** Transcoding progress 0–100, written by the job so every admin of the library sees it. */
    progress: integer('progress').notNull().default(0),
    errorCode: text('error_code'),
    durationSeconds: doublePrecision('duration_seconds'),
    /** The container the upload's bytes say it is (mp4, mov, webm, mkv, avi, flv, mpeg). */
    sourceFormat: text('source_format').notNull(),
    sourceKey: text('source_key').notNull(),
    sourceSizeBytes: bigint('source_size_bytes', { mode: 'number' }).notNull(),
    smallKey: text('small_key'),
    standardKey: text('standard_key'),
    posterKey: text('poster_key'),
    jobId: uuid('job_id'),
    uploadedBy: uuid('uploaded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('video_assets_org_path_idx').on(t.orgPath, t.createdAt)],
);

/**
 * One person's watching of one video: the played stretches merged into disjoint [from, to] pairs
 * (media seconds), so a part watched twice counts once and a skipped part never. `emittedSeconds`
 * is what watch events have already credited; the rest waits for the next event (one a minute).
 */
export const videoWatches = pgTable(
  'video_watches',
  {
    personId: uuid('person_id').notNull(),
    videoId: uuid('video_id').notNull(),
    segments: jsonb('segments').$type<[number, number][]>().notNull().default([]),
    watchedSeconds: doublePrecision('watched_seconds').notNull().default(0),
    positionSeconds: doublePrecision('position_seconds').notNull().default(0),
    emittedSeconds: integer('emitted_seconds').notNull().default(0),
    completed: boolean('completed').notNull().default(false),
    completedEmitted: boolean('completed_emitted').notNull().default(false),
    lastReportAt: timestamp('last_report_at', { withTimezone: true }),
    lastEventAt: timestamp('last_event_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.personId, t.videoId] }), index('video_watches_video_idx').on(t.videoId)],
);
