import { IdParam, WatchReportRequest, WatchReportResponse } from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { viewableVideo } from './access.ts';
import { recordWatch } from './commands/record-watch.ts';
import { presentWatch } from './presenter.ts';

export async function registerWatchRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/api/videos/:id/watch',
    {
      schema: {
        tags: ['video'],
        summary: '上报观看进度',
        description:
          'The player reports a stretch it actually played ({ from, to } in media seconds, every 15 s and on pause or end) and where it is. Stretches are merged per person: a part watched again counts once, a skipped part never, and no more is credited than the time since the last report allows. A relative acting for an elderly member reports for the member.',
        params: IdParam,
        body: WatchReportRequest,
        response: { 200: WatchReportResponse },
      },
    },
    async (req) => {
      const video = await viewableVideo(req.ctx, req.params.id);
      const { watch, creditedSeconds } = await recordWatch(req.ctx, video, req.body);
      return { data: { ...presentWatch(watch), creditedSeconds: Math.round(creditedSeconds * 10) / 10 } };
    },
  );
}
