// Uploads of article images and PDF documents. The bytes are read into memory (both are bounded:
// ContentLimits), recognised by their first bytes, an image re-encoded by process-image.ts, and
// stored under server-chosen keys; the row records which organisation they belong to, and the
// upload is audited (content.media.uploaded) in the row's transaction. A file no content item uses
// a day later is removed by the content.remove-unused-media cron (remove-unused-media.ts).
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { MultipartFile } from '@fastify/multipart';
import { ContentLimits, UploadContentMediaFields } from '@hongyun/contracts';
import type { Actor } from '../../../core/context.ts';
import { findOrg } from '../../../core/org/index.ts';
import { authorize } from '../../../core/policy.ts';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import type { FileStorage } from '../../../platform/files/storage.ts';
import { processImage } from '../media/process-image.ts';
import { countPdfPages, isPdf, sniffImage } from '../media/sniff.ts';
import { contentMedia } from '../schema.ts';

export type MediaKind = 'image' | 'document';
export type MediaRow = typeof contentMedia.$inferSelect;

export const mediaMaxBytes = (kind: MediaKind) =>
  kind === 'image' ? ContentLimits.imageMaxBytes : ContentLimits.documentMaxBytes;

/** The text fields sent before the file part, checked like a JSON body (fields named `body.<name>`). */
export function readMediaFields(part: MultipartFile) {
  const raw: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(part.fields)) {
    const f = Array.isArray(field) ? field[0] : field;
    if (f && f.type === 'field') raw[name] = f.value;
  }
  const parsed = UploadContentMediaFields.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(
      'VALIDATION_FAILED',
      parsed.error.issues.map((i) => ({ field: ['body', ...i.path].join('.'), message: i.message })),
    );
  }
  return parsed.data;
}

/** The organisation the file will belong to, when the actor edits its content (404 otherwise). */
export async function mediaOrg(ctx: Ctx, actor: Actor, orgId: number) {
  const org = await findOrg(ctx.db, orgId);
  if (!org || org.isDissolved) throw new AppError('NOT_FOUND');
  authorize(actor, 'content.item.edit', { orgPath: org.path });
  return org;
}

/** The part's bytes, or 413 past `max` (the rest is drained, so the answer still goes out). */
export async function readPart(part: MultipartFile, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of part.file as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= max) chunks.push(chunk);
  }
  if (size > max || part.file.truncated) throw new AppError('FILE_TOO_LARGE', { maxBytes: max });
  if (size === 0) throw new AppError('FILE_REQUIRED');
  return Buffer.concat(chunks);
}

export type Prepared = {
  kind: MediaKind;
  /** The uploaded file's name, for the audit row only (never a path, never shown to readers). */
  name: string;
  sha256: string;
  keys: string[];
  values: Omit<typeof contentMedia.$inferInsert, 'orgId' | 'orgPath' | 'uploadedBy'>;
};

const store = async (files: FileStorage, ext: string, bytes: Buffer) => {
  const key = files.newKey(ext);
  await files.save(key, Readable.from([bytes]));
  return key;
};

/**
 * The name the browser gave the file, made safe to keep: no path, no control characters (jsonb
 * refuses NUL), at most 200 characters cut between code points (never half a surrogate pair).
 */
export const uploadName = (filename: string | undefined) =>
  Array.from(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is dropped
    (filename ?? '').replace(/[\\/\u0000-\u001f\u007f]/g, '_'),
  )
    .slice(0, 200)
    .join('');

/** Checks and stores the bytes; nothing is written to the database yet. */
export async function prepareMedia(files: FileStorage, kind: MediaKind, bytes: Buffer, name = ''): Promise<Prepared> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (kind === 'document') {
    if (!isPdf(bytes)) throw new AppError('CONTENT_DOCUMENT_NOT_PDF');
    const key = await store(files, 'pdf', bytes);
    return {
      kind,
      name,
      sha256,
      keys: [key],
      values: {
        kind,
        contentType: 'application/pdf',
        storageKey: key,
        pageCount: countPdfPages(bytes),
        sizeBytes: bytes.length,
        sha256,
      },
    };
  }
  if (!sniffImage(bytes)) throw new AppError('CONTENT_IMAGE_UNSUPPORTED');
  const { full, small } = await processImage(bytes);
  const ext = full.contentType === 'image/png' ? 'png' : 'jpg';
  const fullKey = await store(files, ext, full.bytes);
  const smallKey = await store(files, ext, small.bytes);
  return {
    kind,
    name,
    sha256,
    keys: [fullKey, smallKey],
    values: {
      kind,
      contentType: full.contentType,
      storageKey: fullKey,
      smallKey,
      width: full.width,
      height: full.height,
      sizeBytes: full.bytes.length,
      sha256,
    },
  };
}

/**
 * Records the file and its audit row together: in the caller's transaction when there is one (an
 * Idempotency-Key's, which marks it with afterCommit), else in one of its own.
 */
export async function recordMedia(
  ctx: Ctx,
  actor: Actor,
  org: { id: number; path: string },
  prepared: Prepared,
): Promise<MediaRow> {
  const write = async (c: Ctx) => {
    const [row] = await c.db
      .insert(contentMedia)
      .values({ ...prepared.values, orgId: org.id, orgPath: org.path, uploadedBy: actor.accountId })
      .returning();
    if (!row) throw new Error('content media insert failed');
    await appendAudit(c, {
      action: 'content.media.uploaded',
      targetType: 'content_media',
      targetId: row.id,
      orgId: org.id,
      details: {
        kind: row.kind,
        name: prepared.name,
        contentType: row.contentType,
        sizeBytes: row.sizeBytes,
        sha256: prepared.sha256,
        ...(row.kind === 'image' ? { width: row.width, height: row.height } : { pageCount: row.pageCount }),
      },
    });
    return row;
  };
  if (ctx.afterCommit) return write(ctx);
  return ctx.db.transaction((tx) => write({ ...ctx, db: tx as unknown as Ctx['db'] }));
}
