import {
  IdParam,
  StreamVideoQuery,
  VideoDetailResponse,
  WatchReportRequest,
  WatchReportResponse,
} from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { reportVideoWatch, streamVideo, videoForPlayer, videoPoster } from '../video/index.ts';
import { readable } from './read-routes.ts';

const tags = ['content'];
const config = { allowWhileActingFor: true };

/** The video a published video item shows, for its audience: anyone else gets the 404 of a missing one. */
async function itemVideo(ctx: Ctx, id: string): Promise<string> {
  const { item } = await readable(ctx, id);
  if (item.kind !== 'video' || !item.videoId) throw new AppError('NOT_FOUND');
  return item.videoId;
}

// A video item is watched through the item: its audience (which may be wider than the video's own
// organisation) gets the player, the stream and the poster, and its watching carries the item's id
// in video.asset.watched. The mechanics are the video module's (video/index.ts).
export async function registerItemVideoRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/content/feed/:id/video',
    {
      config,
      schema: {
        tags,
        summary: '视频内容的播放信息',
        description:
          "The video a published video item shows, with the caller's own watching (resume position, seconds watched). Anyone in the item's audience.",
        params: IdParam,
        response: { 200: VideoDetailResponse },
      },
    },
    async (req) => ({ data: await videoForPlayer(req.ctx, await itemVideo(req.ctx, req.params.id)) }),
  );

  r.get(
    '/api/content/feed/:id/video/stream',
    {
      config,
      schema: {
        tags,
        summary: '播放视频内容',
        description:
          "The item's video as an H.264/AAC MP4 rendition (small 流畅 or standard 标清), with HTTP Range. Cookie sessions work, so a <video> element can play it. Anyone in the item's audience.",
        params: IdParam,
        querystring: StreamVideoQuery,
      },
    },
    async (req, reply) =>
      streamVideo(req.ctx, reply, await itemVideo(req.ctx, req.params.id), req.query.quality, req.headers.range),
  );

  r.get(
    '/api/content/feed/:id/video/poster',
    {
      config,
      schema: {
        tags,
        summary: '视频内容封面',
        description: "The item's video poster frame (JPEG). Anyone in the item's audience.",
        params: IdParam,
      },
    },
    async (req, reply) => videoPoster(req.ctx, reply, await itemVideo(req.ctx, req.params.id)),
  );

  r.post(
    '/api/content/feed/:id/video/watch',
    {
      config,
      schema: {
        tags,
        summary: '上报视频内容观看进度',
        description:
          "Reports a stretch of the item's video actually played, as POST /api/videos/{id}/watch does; the video.asset.watched event names the item (contentId). Anyone in the item's audience who is a person.",
        params: IdParam,
        body: WatchReportRequest,
        response: { 200: WatchReportResponse },
      },
    },
    async (req) => {
      const videoId = await itemVideo(req.ctx, req.params.id);
      return { data: await reportVideoWatch(req.ctx, videoId, req.body, req.params.id) };
    },
  );
}
