import multipart from '@fastify/multipart';
import { IdParam, StoredFileResponse } from '@hongyun/contracts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Ctx, Services } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { checkUploadQuota, getOwnFile, recordFile, type StoredFile } from '../../platform/files/records.ts';
import { acceptSpreadsheet } from '../../platform/files/zip-guard.ts';
import { idempotencyKeyOf } from '../../platform/http/idempotency.ts';
import { answerUpload, saveUploadPart, uploadPart } from '../../platform/http/upload.ts';
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
      const key = idempotencyKeyOf(req);
      // Without a key the quota is checked before the bytes are read; with one, after the key's
      // check, so a retry of an upload that filled the quota still gets its first answer.
      if (!key) await checkUploadQuota(req.ctx.db, actor.accountId);
      const part = await uploadPart(req);
      const storage = req.ctx.files;
      const saved = await saveUploadPart(storage, part, { maxBytes, keyKind: 'xlsx' });
      const name = (part.filename || 'upload.xlsx').replace(/[\\/\0]/g, '_').slice(0, 200);
      const format = await acceptSpreadsheet(storage, saved.storageKey, name);
      return answerUpload(services, req, reply, {
        key,
        saved,
        identity: `${saved.sha256}\n${name}`,
        record: async (ctx: Ctx) => {
          if (key) await checkUploadQuota(ctx.db, actor.accountId);
          const file = await recordFile(ctx.db, {
            purpose: 'import_upload',
            displayName: name,
            contentType: SpreadsheetContentTypes[format],
            ownerAccountId: actor.accountId,
            ...saved,
          });
          return { data: presentFile(file) };
        },
      });
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
