import { sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { atAnyGrant, defineModule } from '../../core/kernel/index.ts';
import { inScope } from '../../core/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { recordWatch, type WatchReport } from './commands/record-watch.ts';
import { transcoderAvailable } from './ffmpeg.ts';
import { TRANSCODE_JOB, transcodeJob } from './jobs/transcode.ts';
import { videoPolicies } from './policy.ts';
import { presentWatch } from './presenter.ts';
import { findVideoRow } from './queries.ts';
import { registerVideoRoutes } from './routes.ts';
import { videoAssets } from './schema.ts';
import { playerView, sendPoster, sendRendition } from './serve.ts';

// The video service (视频云服务): the video library of each organisation, transcoding into two
// renditions, range streaming and the watching that counts for study. Other modules (the content
// module's channels) use videos through findVideo and the H5 player component
// (web/src/h5/video/VideoPlayer.tsx), never through the tables.

export type VideoSummary = {
  id: string;
  orgId: number;
  orgPath: string;
  title: string;
  status: 'processing' | 'ready' | 'failed';
  durationSeconds: number | null;
  /** The poster's URL for whoever may watch the video, null until it is transcoded. */
  posterUrl: string | null;
};

/**
 * For a module that shows a video to its own audience (the content module's video items): the
 * player's view, the stream, the poster and the watch report of a video, with no check of who may
 * see it. The caller has decided that (its own rule), and answers 404 itself otherwise.
 */
async function rowOf(db: DbOrTx, id: string) {
  const row = await findVideoRow(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}
export const videoForPlayer = async (ctx: Ctx, id: string) => playerView(ctx, await rowOf(ctx.db, id));
export const streamVideo = async (
  ctx: Ctx,
  reply: FastifyReply,
  id: string,
  quality: 'small' | 'standard',
  range: string | undefined,
) => sendRendition(ctx, reply, await rowOf(ctx.db, id), quality, range);
export const videoPoster = async (ctx: Ctx, reply: FastifyReply, id: string) =>
  sendPoster(ctx, reply, await rowOf(ctx.db, id));
export async function reportVideoWatch(ctx: Ctx, id: string, report: WatchReport, contentId: string) {
  const { watch, creditedSeconds } = await recordWatch(ctx, await rowOf(ctx.db, id), report, new Date(), contentId);
  return { ...presentWatch(watch), creditedSeconds: Math.round(creditedSeconds * 10) / 10 };
}

/** One video as other modules see it, or null when there is none. Scoping is the caller's. */
export async function findVideo(db: DbOrTx, id: string): Promise<VideoSummary | null> {
  const v = await findVideoRow(db, id);
  if (!v) return null;
  return {
    id: v.id,
    orgId: v.orgId,
    orgPath: v.orgPath,
    title: v.title,
    status: v.status,
    durationSeconds: v.durationSeconds,
    posterUrl: v.posterKey ? `/api/videos/${v.id}/poster` : null,
  };
}

async function routes(app: FastifyInstance): Promise<void> {
  // Said once at start: without ffmpeg uploads are kept but every transcoding fails with
  // VIDEO_TRANSCODER_MISSING, which the library shows in words.
  app.addHook('onReady', async () => {
    if (!(await transcoderAvailable())) {
      app.services.log.warn(
        'video: ffmpeg/ffprobe not found on PATH; videos cannot be transcoded (apt-get install ffmpeg)',
      );
    }
  });
  await registerVideoRoutes(app);
}

export const videoModule = defineModule({
  id: 'video',
  switch: 'learning',
  routes,
  policies: videoPolicies,
  jobs: { [TRANSCODE_JOB]: transcodeJob },
  abilities: (actor) => ({ canManageVideoLibrary: atAnyGrant(actor, 'video.library.manage') }),
  nav: [
    {
      key: 'videos',
      path: '/videos',
      label: { zh: '视频库', en: 'Video library' },
      icon: 'video',
      ability: 'canManageVideoLibrary',
      order: 110,
    },
  ],
  orgPathCopies: {
    videos: async (tx, move) => {
      const rows = await tx
        .update(videoAssets)
        .set({ orgPath: sql`${move.newPath} || substr(${videoAssets.orgPath}, ${move.oldPath.length + 1})` })
        .where(inScope(videoAssets.orgPath, [move.oldPath]))
        .returning({ id: videoAssets.id });
      return rows.length;
    },
  },
});
