import type { MultipartFile } from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx, Services } from '../context.ts';
import { AppError } from '../errors.ts';
import type { FileStorage } from '../files/storage.ts';
import { requestHashOf, sendReplay, withIdempotencyKey } from './idempotency.ts';

// The mechanics every upload route shares (spreadsheets, videos, article images, documents): read
// the one file part, store its bytes under a new key with the size limit, and answer with the
// Idempotency-Key applied once the bytes are known. What a route checks of the bytes and records is
// its own.

/**
 * A multipart body the parser cannot read (no boundary, an empty or over-long one, a body cut short
 * or never closed) is the client's mistake: 400 UPLOAD_MALFORMED, never a 500.
 */
export function asMalformedUpload(e: unknown): never {
  if (e instanceof AppError) throw e;
  throw new AppError('UPLOAD_MALFORMED', { reason: e instanceof Error ? e.message : 'unreadable' });
}

/** The request's one file part, or FILE_REQUIRED. */
export async function uploadPart(req: FastifyRequest): Promise<MultipartFile> {
  if (!req.isMultipart()) throw new AppError('FILE_REQUIRED');
  const part = await req.file().catch(asMalformedUpload);
  if (!part) throw new AppError('FILE_REQUIRED');
  return part;
}

export type SavedUpload = { storageKey: string; sizeBytes: number; sha256: string };

/** Stores the part's bytes under a new key; over `maxBytes` nothing is kept (FILE_TOO_LARGE). */
export async function saveUploadPart(
  storage: FileStorage,
  part: MultipartFile,
  opts: { maxBytes: number; keyKind: string },
): Promise<SavedUpload> {
  const storageKey = storage.newKey(opts.keyKind);
  const saved = await storage.save(storageKey, part.file, opts.maxBytes).catch((e: unknown) => {
    // The part's own stream failing means the body was cut short or never closed; a failure of
    // the disk is ours and stays a 500.
    throw part.file.errored ? asMalformedUpload(e) : e;
  });
  // @fastify/multipart stops at the limit and flags the stream instead of failing it.
  if (part.file.truncated) {
    await storage.remove(storageKey);
    throw new AppError('FILE_TOO_LARGE', { maxBytes: opts.maxBytes });
  }
  return { storageKey, ...saved };
}

/**
 * Answers 201 with what `record` returns. With an Idempotency-Key, `record` runs in the key's
 * transaction and the key covers `identity` (the bytes' hash and the fields that matter): the same
 * key with another file is refused, a retry of the same one replays the first answer and keeps no
 * second copy of the bytes. A failure removes the stored bytes.
 */
export async function answerUpload<P>(
  services: Services,
  req: FastifyRequest,
  reply: FastifyReply,
  upload: { key: string | null; saved: SavedUpload; identity: string; record: (ctx: Ctx) => Promise<P> },
): Promise<FastifyReply> {
  const storage = req.ctx.files;
  const { key, saved, record } = upload;
  if (!key) {
    const payload = await record(req.ctx).catch(async (e: unknown) => {
      await storage.remove(saved.storageKey);
      throw e;
    });
    return reply.status(201).send(payload);
  }
  const hash = requestHashOf(req.method, req.url, upload.identity);
  const outcome = await withIdempotencyKey(services, req, key, hash, async (ctx) => {
    const payload = await record(ctx);
    return { status: 201, payload, value: payload };
  }).catch(async (e: unknown) => {
    await storage.remove(saved.storageKey);
    throw e;
  });
  if ('replay' in outcome) {
    await storage.remove(saved.storageKey);
    return sendReplay(reply, outcome.replay);
  }
  return reply.status(201).send(outcome.fresh);
}
