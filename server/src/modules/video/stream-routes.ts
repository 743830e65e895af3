import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { IdParam, StreamVideoQuery } from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../platform/errors.ts';
import { viewableVideo } from './access.ts';
import { parseRange } from './range.ts';

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
      const key = req.query.quality === 'small' ? video.smallKey : video.standardKey;
      if (video.status !== 'ready' || !key) throw new AppError('VIDEO_NOT_READY');
      const path = req.ctx.files.pathOf(key);
      const size = (await stat(path)).size;
      const range = parseRange(req.headers.range, size);
      reply
        .header('accept-ranges', 'bytes')
        .header('content-type', 'video/mp4')
        .header('cache-control', 'private, max-age=3600');
      if (range === null) {
        reply.header('content-range', `bytes */${size}`);
        throw new AppError('RANGE_NOT_SATISFIABLE', { size });
      }
      if (range === 'whole') return reply.header('content-length', String(size)).send(createReadStream(path));
      return reply
        .code(206)
        .header('content-range', `bytes ${range.start}-${range.end}/${size}`)
        .header('content-length', String(range.end - range.start + 1))
        .send(createReadStream(path, { start: range.start, end: range.end }));
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
    async (req, reply) => {
      const video = await viewableVideo(req.ctx, req.params.id);
      if (!video.posterKey) throw new AppError('VIDEO_NOT_READY');
      const path = req.ctx.files.pathOf(video.posterKey);
      const size = (await stat(path)).size;
      return reply
        .header('content-type', 'image/jpeg')
        .header('content-length', String(size))
        .header('cache-control', 'private, max-age=86400')
        .send(createReadStream(path));
    },
  );
}
