import multipart from '@fastify/multipart';
import { ContentLimits, ContentMediaQuery, ContentMediaView, IdParam } from '@hongyun/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../core/auth/auth-hook.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { sendFileWithRanges } from '../../platform/http/byte-range.ts';
import { idempotencyKeyOf, requestHashOf, sendReplay, withIdempotencyKey } from '../../platform/http/idempotency.ts';
import {
  type MediaKind,
  mediaMaxBytes,
  mediaOrg,
  prepareMedia,
  readMediaFields,
  readPart,
  recordMedia,
  uploadName,
} from './commands/upload-media.ts';
import { presentMedia, readableMedia } from './media/access.ts';

const tags = ['content'];
const MediaResponse = z.object({ data: ContentMediaView });

const asMalformed = (e: unknown): never => {
  if (e instanceof AppError) throw e;
  throw new AppError('UPLOAD_MALFORMED', { reason: e instanceof Error ? e.message : 'unreadable' });
};

// Article images (the editor's image button) and PDF documents, uploaded into an organisation the
// caller edits content for, and served to its editors and to the readers of items that use them.
export async function registerMediaRoutes(fastify: FastifyInstance): Promise<void> {
  const services = fastify.services;
  const largest = Math.max(ContentLimits.imageMaxBytes, ContentLimits.documentMaxBytes);
  await fastify.register(multipart, { limits: { fileSize: largest, files: 1, fields: 3, parts: 4 } });
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  type Answer = z.infer<typeof MediaResponse>;
  type Outcome = { fresh: Answer } | { replay: { status: number; response: unknown } };
  const upload = async (req: FastifyRequest, kind: MediaKind): Promise<Outcome> => {
    const actor = requireActor(req);
    const key = idempotencyKeyOf(req); // a malformed key is refused before anything runs
    if (!req.isMultipart()) throw new AppError('FILE_REQUIRED');
    const part = await req.file().catch(asMalformed);
    if (!part) throw new AppError('FILE_REQUIRED');
    const { orgId } = readMediaFields(part);
    const org = await mediaOrg(req.ctx, actor, orgId);
    const bytes = await readPart(part, mediaMaxBytes(kind)).catch(asMalformed);
    const prepared = await prepareMedia(req.ctx.files, kind, bytes, uploadName(part.filename));
    const dropFiles = () => Promise.all(prepared.keys.map((k) => req.ctx.files.remove(k)));
    const record = async (ctx: Ctx) => ({ data: presentMedia(await recordMedia(ctx, actor, org, prepared)) });
    if (!key) {
      // A write that fails keeps no bytes without a row (which no clean-up would ever find).
      return {
        fresh: await record(req.ctx).catch(async (e: unknown) => {
          await dropFiles();
          throw e;
        }),
      };
    }
    // Applied once the bytes are known: the same key with another file is refused, a retry of the
    // same file replays the first answer and keeps no second copy.
    const hash = requestHashOf(req.method, req.url, `${prepared.sha256}\n${org.id}`);
    const outcome = await withIdempotencyKey(services, req, key, hash, async (ctx) => {
      const payload = await record(ctx);
      return { status: 201, payload, value: payload };
    }).catch(async (e: unknown) => {
      await dropFiles();
      throw e;
    });
    if ('replay' in outcome) await dropFiles();
    return outcome;
  };

  const uploadRoute = (kind: MediaKind, path: string, summary: string, description: string) =>
    app.post(
      path,
      {
        config: { isIdempotent: 'in-handler' },
        schema: { tags, summary, description, consumes: ['multipart/form-data'], response: { 201: MediaResponse } },
      },
      async (req, reply) => {
        const out = await upload(req, kind);
        if ('replay' in out) return sendReplay(reply, out.replay);
        return reply.status(201).send(out.fresh);
      },
    );
  uploadRoute(
    'image',
    '/api/content-media/images',
    '上传文章图片',
    'Uploads one article image: multipart field "orgId" (the organisation whose article shows it) before the file part "file". JPEG, PNG, WebP or GIF, recognised by its bytes, up to 15 MB. The picture is turned upright, resized to at most 1600 px wide (and 720 px for phones), re-encoded and stripped of all metadata (EXIF, GPS). Put the answer\'s `url` in the article body as <img src>. Org admin or party office of the organisation.',
  );
  uploadRoute(
    'document',
    '/api/content-media/documents',
    '上传 PDF 文档',
    'Uploads one PDF for a document item: multipart field "orgId" before the file part "file"; recognised by its %PDF bytes, up to 50 MB. Org admin or party office of the organisation.',
  );

  app.get(
    '/api/content-media/:id',
    {
      schema: {
        tags,
        summary: '文章图片或 PDF 文档',
        description:
          "The bytes of an article image (`size=small`: the phone's 720 px width) or a PDF document, with HTTP Range (206 Partial Content, 416 for a range outside the file), so the phone's PDF viewer fetches only the pages it shows. For editors of its organisation's subtree and for the readers of a published item that shows it; anyone else is told it does not exist.",
        params: IdParam,
        querystring: ContentMediaQuery,
      },
    },
    async (req, reply) => {
      const media = await readableMedia(req.ctx, req.params.id);
      const key = req.query.size === 'small' && media.smallKey ? media.smallKey : media.storageKey;
      // Checked above before the range is read: outside the audience a range is the same 404.
      return sendFileWithRanges(reply, req.ctx.files.pathOf(key), req.headers.range, {
        'content-type': media.contentType,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, max-age=86400',
      });
    },
  );
}
