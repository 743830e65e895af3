import multipart from '@fastify/multipart';
import { IdParam, ListVideosQuery, ListVideosResponse, VideoDetailResponse, VideoResponse } from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../core/auth/auth-hook.ts';
import { orgNamesByIds } from '../../core/org/index.ts';
import { scopeToOrgs } from '../../core/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { idempotencyKeyOf } from '../../platform/http/idempotency.ts';
import { answerUpload, saveUploadPart, uploadPart } from '../../platform/http/upload.ts';
import { viewableVideo } from './access.ts';
import { acceptVideo, checkVideoQuota, libraryOrg, readUploadFields, recordUpload } from './commands/upload-video.ts';
import { VideoManagerRoles } from './policy.ts';
import { presentVideo, type VideoRow } from './presenter.ts';
import { listVideoRows } from './queries.ts';
import { playerView } from './serve.ts';
import { registerStreamRoutes } from './stream-routes.ts';
import { registerWatchRoutes } from './watch-routes.ts';

const presentMany = async (ctx: Ctx, rows: VideoRow[]) => {
  const names = await orgNamesByIds(ctx, [...new Set(rows.map((r) => r.orgId))]);
  return rows.map((r) => presentVideo(r, names.get(r.orgId) ?? '', ctx.lang));
};

export async function registerVideoRoutes(fastify: FastifyInstance): Promise<void> {
  const services = fastify.services;
  const maxBytes = services.config.VIDEO_UPLOAD_MAX_MB * 1024 * 1024;
  await fastify.register(multipart, { limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 6 } });
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/videos',
    {
      config: { isIdempotent: 'in-handler' },
      schema: {
        tags: ['video'],
        summary: '上传视频',
        description:
          'Uploads one video into an organisation\'s library: multipart fields "orgId", "title" and optionally "description", sent before the file part "file". MP4, MOV, WebM, MKV, AVI, FLV or MPEG, recognised by its bytes; up to VIDEO_UPLOAD_MAX_MB (2 GB by default). Transcoding starts at once; poll the video for its progress. Org admin or party office of the organisation.',
        consumes: ['multipart/form-data'],
        response: { 201: VideoResponse },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const key = idempotencyKeyOf(req); // a malformed key is refused before anything runs
      const part = await uploadPart(req);
      const fields = readUploadFields(part);
      const org = await libraryOrg(req.ctx, fields.orgId);
      if (!key) await checkVideoQuota(req.ctx.db, actor.accountId);
      const saved = await saveUploadPart(req.ctx.files, part, { maxBytes, keyKind: 'video' });
      const format = await acceptVideo(req.ctx, saved.storageKey);
      const input = { org, fields, source: { key: saved.storageKey, sizeBytes: saved.sizeBytes, format } };
      return answerUpload(services, req, reply, {
        key,
        saved,
        identity: `${saved.sha256}\n${org.id}\n${fields.title}\n${fields.description}`,
        record: async (ctx: Ctx) => {
          if (key) await checkVideoQuota(ctx.db, actor.accountId);
          const video = await recordUpload(ctx, input);
          return { data: presentVideo(video, org.name, ctx.lang) };
        },
      });
    },
  );

  app.get(
    '/api/videos',
    {
      schema: {
        tags: ['video'],
        summary: '视频库',
        description: 'The videos of the organisations whose library the caller manages, newest first.',
        querystring: ListVideosQuery,
        response: { 200: ListVideosResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const roots = scopeToOrgs(actor, VideoManagerRoles);
      if (roots.length === 0) throw new AppError('FORBIDDEN');
      const { rows, total } = await listVideoRows(req.ctx.db, roots, req.query);
      return { data: await presentMany(req.ctx, rows), page: req.query.page, pageSize: req.query.pageSize, total };
    },
  );

  app.get(
    '/api/videos/:id',
    {
      schema: {
        tags: ['video'],
        summary: '视频详情',
        description:
          "One video, with the caller's own watching (resume position, seconds watched) when they have watched it. Members of the video's organisation subtree and administrators above it.",
        params: IdParam,
        response: { 200: VideoDetailResponse },
      },
    },
    async (req) => ({ data: await playerView(req.ctx, await viewableVideo(req.ctx, req.params.id)) }),
  );

  await registerStreamRoutes(fastify);
  await registerWatchRoutes(fastify);
}
