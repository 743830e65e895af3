import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { FastifyReply } from 'fastify';
import { AppError } from '../errors.ts';

// HTTP byte ranges (RFC 9110 §14) for files served from disk: a <video> element's stream and the
// phone's PDF viewer, which asks for the pages it shows. The one range such readers ask for,
// `bytes=start-end`, `bytes=start-` or the suffix `bytes=-n`; several ranges at once are answered
// with the first only (browsers never ask for more). null: the header asks for nothing satisfiable.

export type ByteRange = { start: number; end: number };

export function parseRange(header: string | undefined, size: number): ByteRange | 'whole' | null {
  if (header === undefined || header.trim() === '') return 'whole';
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*(?:,.*)?$/i.exec(header);
  if (!m) return null;
  const [, a = '', b = ''] = m;
  if (a === '' && b === '') return null;
  if (a === '') {
    const n = Number(b);
    if (n === 0 || size === 0) return null;
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(a);
  const end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
  if (!Number.isSafeInteger(start) || start >= size || end < start) return null;
  return { start, end };
}

/**
 * Sends the file at `path` with `headers` (its type, caching) and `Accept-Ranges: bytes`: the whole
 * file (200), the range asked for (206 with Content-Range), or 416 RANGE_NOT_SATISFIABLE with
 * `Content-Range: bytes *\/size`. The caller has already decided that the caller may read it, so a
 * range never tells anyone more than a 404 would.
 */
export async function sendFileWithRanges(
  reply: FastifyReply,
  path: string,
  rangeHeader: string | undefined,
  headers: Record<string, string>,
) {
  const size = (await stat(path)).size;
  const range = parseRange(rangeHeader, size);
  reply.headers(headers).header('accept-ranges', 'bytes');
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
}
