import { IdParam, StreamVideoQuery } from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { viewableVideo } from './access.ts';
import { sendPoster, sendRendition } from './serve.ts';

// Streaming a rendition to a <video> element: it asks for byte ranges (to start quickly and to
// seek) and sends the session cookie, which the request chain accepts like a bearer token. The
// bytes are private files; only who may watch the video gets them, anyone else a 404.

export async function registerStreamRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/videos/:id/stream',
    {
      schema: {
        tags: ['video'],
        summary: '播放视频',
        description:
          'The H.264/AAC MP4 of one rendition ("small" 流畅 360p for weak networks, "standard" 标清 up to 720p), with HTTP Range (206 Partial Content, 416 for a range outside the file). Cookie sessions work, so a <video> element can play it.',
        params: IdParam,
        querystring: StreamVideoQuery,
      },
    },
    async (req, reply) => {
      const video = await viewableVideo(req.ctx, req.params.id);
      return sendRendition(req.ctx, reply, video, req.query.quality, req.headers.range);
    },
  );

  app.get(
    '/api/videos/:id/poster',
    {
      schema: {
        tags: ['video'],
        summary: '视频封面',
        description: "The video's poster frame (JPEG), for whoever may watch it.",
        params: IdParam,
      },
    },
    async (req, reply) => sendPoster(req.ctx, reply, await viewableVideo(req.ctx, req.params.id)),
  );
}
