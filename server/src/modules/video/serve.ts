import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import { orgNamesByIds } from '../../core/org/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { sendFileWithRanges } from '../../platform/http/byte-range.ts';
import { presentVideo, presentWatch, type VideoRow } from './presenter.ts';
import { videoWatches } from './schema.ts';

// What the player gets, for a video the caller has already been found to see: through the video's
// own routes (the library's view rule) or through a content item showing it (its audience).

/** The video with the caller's own watching (resume position, seconds watched). */
export async function playerView(ctx: Ctx, video: VideoRow) {
  const personId = ctx.actor?.actingFor?.personId ?? ctx.actor?.personId;
  const [watch] = personId
    ? await ctx.db
        .select()
        .from(videoWatches)
        .where(and(eq(videoWatches.personId, personId), eq(videoWatches.videoId, video.id)))
    : [];
  const names = await orgNamesByIds(ctx, [video.orgId]);
  return { ...presentVideo(video, names.get(video.orgId) ?? '', ctx.lang), watch: watch ? presentWatch(watch) : null };
}

/** One rendition with HTTP Range (206, or 416 outside the file). */
export async function sendRendition(
  ctx: Ctx,
  reply: FastifyReply,
  video: VideoRow,
  quality: 'small' | 'standard',
  rangeHeader: string | undefined,
) {
  const key = quality === 'small' ? video.smallKey : video.standardKey;
  if (video.status !== 'ready' || !key) throw new AppError('VIDEO_NOT_READY');
  return sendFileWithRanges(reply, ctx.files.pathOf(key), rangeHeader, {
    'content-type': 'video/mp4',
    'cache-control': 'private, max-age=3600',
  });
}

export async function sendPoster(ctx: Ctx, reply: FastifyReply, video: VideoRow) {
  if (!video.posterKey) throw new AppError('VIDEO_NOT_READY');
  const path = ctx.files.pathOf(video.posterKey);
  const size = (await stat(path)).size;
  return reply
    .header('content-type', 'image/jpeg')
    .header('content-length', String(size))
    .header('cache-control', 'private, max-age=86400')
    .send(createReadStream(path));
}
