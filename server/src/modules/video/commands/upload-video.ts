import type { MultipartFile } from '@fastify/multipart';
import { UploadVideoFields } from '@hongyun/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { findOrg } from '../../../core/org/index.ts';
import { authorize } from '../../../core/policy.ts';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { Ctx } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/errors.ts';
import { startJob } from '../../../platform/jobs/runner.ts';
import { TRANSCODE_JOB } from '../jobs/transcode.ts';
import type { VideoRow } from '../presenter.ts';
import { videoAssets } from '../schema.ts';
import { sniffVideoFile, type VideoFormat } from '../sniff.ts';

/** Videos one account may have transcoding at once: a bound on the disk and CPU one account can take. */
export const VideoUploadQuota = { processing: 5 } as const;

/** The text fields sent before the file part, checked like a JSON body (fields named `body.<name>`). */
export function readUploadFields(part: MultipartFile) {
  const raw: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(part.fields)) {
    const f = Array.isArray(field) ? field[0] : field;
    if (f && f.type === 'field') raw[name] = f.value;
  }
  const parsed = UploadVideoFields.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(
      'VALIDATION_FAILED',
      parsed.error.issues.map((i) => ({ field: ['body', ...i.path].join('.'), message: i.message })),
    );
  }
  return parsed.data;
}

/** The organisation the video will belong to, if the actor manages its library (404 otherwise). */
export async function libraryOrg(ctx: Ctx, orgId: number) {
  const org = await findOrg(ctx.db, orgId);
  if (!org) throw new AppError('NOT_FOUND');
  authorize(ctx.actor, 'video.library.manage', { orgPath: org.path });
  return org;
}

export async function checkVideoQuota(db: Ctx['db'], accountId: string): Promise<void> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(videoAssets)
    .where(and(eq(videoAssets.uploadedBy, accountId), eq(videoAssets.status, 'processing')));
  if ((row?.n ?? 0) >= VideoUploadQuota.processing) throw new AppError('FILE_QUOTA_EXCEEDED', VideoUploadQuota);
}

/** Stored bytes that are a video (by their first bytes), or the bytes removed and a 415. */
export async function acceptVideo(ctx: Ctx, key: string): Promise<VideoFormat> {
  const format = await sniffVideoFile(ctx.files.pathOf(key));
  if (format) return format;
  await ctx.files.remove(key);
  throw new AppError('VIDEO_FORMAT_UNSUPPORTED');
}

type NewVideo = {
  org: { id: number; path: string };
  fields: { title: string; description: string };
  source: { key: string; sizeBytes: number; format: VideoFormat };
};

/**
 * Records the video, its audit row and its transcoding job in the caller's transaction; the job is
 * queued once that has committed (ctx.afterCommit, or after our own transaction without one).
 */
export async function recordUpload(ctx: Ctx, input: NewVideo): Promise<VideoRow> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const deferred: ((db: Db) => Promise<void>)[] = [];
  const write = async (c: Ctx) => {
    const [video] = await c.db
      .insert(videoAssets)
      .values({
        orgId: input.org.id,
        orgPath: input.org.path,
        title: input.fields.title,
        description: input.fields.description,
        sourceFormat: input.source.format,
        sourceKey: input.source.key,
        sourceSizeBytes: input.source.sizeBytes,
        uploadedBy: actor.accountId,
      })
      .returning();
    if (!video) throw new Error('video insert failed');
    const job = await startJob(c, { kind: TRANSCODE_JOB, params: { videoId: video.id }, orgId: input.org.id });
    const [withJob] = await c.db
      .update(videoAssets)
      .set({ jobId: job.id })
      .where(eq(videoAssets.id, video.id))
      .returning();
    await appendAudit(c, {
      action: 'video.uploaded',
      targetType: 'video',
      targetId: video.id,
      orgId: input.org.id,
      details: { title: video.title, sizeBytes: input.source.sizeBytes, format: input.source.format },
    });
    return withJob ?? video;
  };
  if (ctx.afterCommit) return write(ctx);
  const video = await ctx.db.transaction((tx) =>
    write({ ...ctx, db: tx as unknown as Db, afterCommit: (fn) => void deferred.push(fn) }),
  );
  for (const fn of deferred) await fn(ctx.db);
  return video;
}
