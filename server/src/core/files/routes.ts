import multipart from '@fastify/multipart';
import { IdParam, StoredFileResponse } from '@hongyun/contracts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Ctx, Services } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { checkUploadQuota, getOwnFile, recordFile, type StoredFile } from '../../platform/files/records.ts';
import { acceptSpreadsheet } from '../../platform/files/zip-guard.ts';
import { idempotencyKeyOf, requestHashOf, sendReplay, withIdempotencyKey } from '../../platform/http/idempotency.ts';
import { SpreadsheetContentTypes } from '../../platform/spreadsheet/format.ts';
import { requireActor } from '../auth/auth-hook.ts';
import { findOrg } from '../org/index.ts';
import { authorize, isAction } from '../policy.ts';

export function presentFile(f: StoredFile) {
  return {
    id: f.id,
    name: f.displayName,
    sizeBytes: f.sizeBytes,
    sha256: f.sha256,
    contentType: f.contentType,
    expiresAt: f.expiresAt.toISOString(),
  };
}

/** Streams a stored file as a download; the name travels as RFC 6266 filename* so Chinese survives. */
export function sendStoredFile(reply: FastifyReply, services: Services, f: StoredFile) {
  const ascii = f.displayName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return reply
    .header('content-type', f.contentType)
    .header('content-length', String(f.sizeBytes))
    .header('cache-control', 'private, no-store')
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(f.displayName)}`,
    )
    .send(services.files.open(f.storageKey));
}

/**
 * A multipart body the parser cannot read (no boundary, an empty or over-long one, a body cut short
 * or never closed) is the client's mistake: 400 UPLOAD_MALFORMED, never a 500.
 */
function asMalformedUpload(e: unknown): never {
  if (e instanceof AppError) throw e;
  throw new AppError('UPLOAD_MALFORMED', { reason: e instanceof Error ? e.message : 'unreadable' });
}

// Uploads (spreadsheets to import) and downloads of one's own files (reports, exports).
export async function registerFileRoutes(fastify: FastifyInstance, services: Services): Promise<void> {
  const maxBytes = services.config.UPLOAD_MAX_MB * 1024 * 1024;
  await fastify.register(multipart, { limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 6 } });
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/files',
    {
      // The key is applied by the handler, once the file's bytes are known (withIdempotencyKey).
      config: { isIdempotent: 'in-handler' },
      schema: {
        tags: ['files'],
        summary: '上传文件',
        description:
          'Uploads one spreadsheet (multipart field "file") for a later import: .xlsx, .xls, .et (WPS), .ods, or .csv (UTF-8 or GB18030). The type is read from the bytes (a .csv also needs its name); a refused file is named (a Word or PDF document, .xlsb, Numbers, a password) with what to do. The file is private to the uploader and expires after 48 h. Org admin or party office.',
        consumes: ['multipart/form-data'],
        response: { 201: StoredFileResponse },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      authorize(actor, 'files.upload');
      if (!req.isMultipart()) throw new AppError('FILE_REQUIRED');
      const key = idempotencyKeyOf(req);
      // Without a key the quota is checked before the bytes are read; with one, after the key's
      // check, so a retry of an upload that filled the quota still gets its first answer.
      if (!key) await checkUploadQuota(req.ctx.db, actor.accountId);
      const part = await req.file().catch(asMalformedUpload);
      if (!part) throw new AppError('FILE_REQUIRED');
      const storage = req.ctx.files;
      const storageKey = storage.newKey('xlsx');
      const saved = await storage.save(storageKey, part.file, maxBytes).catch((e: unknown) => {
        // The part's own stream failing means the body was cut short or never closed; a failure
        // of the disk is ours and stays a 500.
        throw part.file.errored ? asMalformedUpload(e) : e;
      });
      // @fastify/multipart stops at the limit and flags the stream instead of failing it.
      if (part.file.truncated) {
        await storage.remove(storageKey);
        throw new AppError('FILE_TOO_LARGE', { maxBytes });
      }
      const name = (part.filename || 'upload.xlsx').replace(/[\\/\0]/g, '_').slice(0, 200);
      const format = await acceptSpreadsheet(storage, storageKey, name);
      const record = async (ctx: Ctx) => {
        if (key) await checkUploadQuota(ctx.db, actor.accountId);
        const file = await recordFile(ctx.db, {
          purpose: 'import_upload',
          displayName: name,
          storageKey,
          contentType: SpreadsheetContentTypes[format],
          ownerAccountId: actor.accountId,
          ...saved,
        });
        return { data: presentFile(file) };
      };
      if (!key) return reply.status(201).send(await record(req.ctx));
      // The key is applied once the bytes are known: the same key with another file is refused, a
      // retry of the same file replays the first answer and keeps no second copy.
      const hash = requestHashOf(req.method, req.url, `${saved.sha256}\n${name}`);
      const outcome = await withIdempotencyKey(services, req, key, hash, async (ctx) => {
        const payload = await record(ctx);
        return { status: 201, payload, value: payload };
      }).catch(async (e: unknown) => {
        await storage.remove(storageKey);
        throw e;
      });
      if ('replay' in outcome) {
        await storage.remove(storageKey);
        return sendReplay(reply, outcome.replay);
      }
      return reply.status(201).send(outcome.fresh);
    },
  );

  app.get(
    '/api/files/:id',
    {
      schema: {
        tags: ['files'],
        summary: '下载文件',
        description: 'Downloads one of your own files (an import report or an export) until it expires.',
        params: IdParam,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const file = await getOwnFile(req.ctx.db, actor, req.params.id);
      if (file.readAction) {
        const orgPath = file.orgId !== null ? ((await findOrg(req.ctx.db, file.orgId))?.path ?? null) : null;
        // A stored action no installed module defines any more protects the file completely.
        if (!isAction(file.readAction)) throw new AppError('NOT_FOUND');
        authorize(actor, file.readAction, orgPath ? { orgPath } : {});
      }
      return sendStoredFile(reply, req.ctx, file);
    },
  );
}
