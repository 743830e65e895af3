import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { atAnyGrant, defineModule } from '../../core/kernel/index.ts';
import { inScope } from '../../core/policy.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { transcoderAvailable } from './ffmpeg.ts';
import { TRANSCODE_JOB, transcodeJob } from './jobs/transcode.ts';
import { videoPolicies } from './policy.ts';
import { findVideoRow } from './queries.ts';
import { registerVideoRoutes } from './routes.ts';
import { videoAssets } from './schema.ts';

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
