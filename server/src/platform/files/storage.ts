import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../errors.ts';
import { createPrivateFile, ensurePrivateDir, PRIVATE_FILE_MODE, tightenTree } from './private.ts';

// Local-disk storage for the platform's files. Keys are server-chosen ("2026/11/<uuid>.xlsx"), so
// an uploaded name can never steer a path. Writes go to a temporary name and are renamed into place
// when complete, so a reader never sees half a file. Everything is private to our OS user: files
// 0600 in 0700 folders (they hold full ID numbers); a tree made by an older version is tightened on
// first use.

export type FileStorage = {
  root: string;
  /** Where a key lives on disk (for streaming readers that want a path, such as exceljs). */
  pathOf(key: string): string;
  /** Creates an empty 0600 file at pathOf(key), in 0700 folders, for a writer that opens the path itself. */
  prepare(key: string): Promise<string>;
  /** A new key for a file with this extension. */
  newKey(ext: string): string;
  /** Streams `source` into `key`, refusing more than maxBytes; returns size and sha256. */
  save(key: string, source: Readable, maxBytes?: number): Promise<{ sizeBytes: number; sha256: string }>;
  /** Size and sha256 of a file written by someone else at pathOf(key) (a streaming writer). */
  describe(key: string): Promise<{ sizeBytes: number; sha256: string }>;
  open(key: string): Readable;
  remove(key: string): Promise<void>;
};

export function createFileStorage(root: string): FileStorage {
  const abs = path.resolve(root);
  const pathOf = (key: string) => {
    const p = path.resolve(abs, key);
    if (!p.startsWith(`${abs}${path.sep}`)) throw new Error('storage key escapes the storage root');
    return p;
  };
  let tightened: Promise<void> | null = null;
  const ready = () => {
    tightened ??= ensurePrivateDir(abs).then(() => tightenTree(abs));
    return tightened;
  };
  const sha256Of = async (key: string) => {
    const hash = createHash('sha256');
    await pipeline(createReadStream(pathOf(key)), hash);
    return hash.digest('hex');
  };
  return {
    root: abs,
    pathOf,
    newKey(ext) {
      const d = new Date();
      const month = `${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
      return `${month}/${randomUUID()}.${ext.replace(/[^a-z0-9]/gi, '')}`;
    },
    async prepare(key) {
      const target = pathOf(key);
      await ready();
      await createPrivateFile(target);
      return target;
    },
    async save(key, source, maxBytes = Number.POSITIVE_INFINITY) {
      const target = pathOf(key);
      await ready();
      await ensurePrivateDir(path.dirname(target));
      const temp = `${target}.part`;
      const hash = createHash('sha256');
      let size = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          size += chunk.length;
          if (size > maxBytes) return done(new AppError('FILE_TOO_LARGE', { maxBytes }));
          hash.update(chunk);
          done(null, chunk);
        },
      });
      const out = createWriteStream(temp, { mode: PRIVATE_FILE_MODE });
      try {
        await pipeline(source, meter, out);
        await rename(temp, target);
      } catch (e) {
        // A source that fails early (an upload cut short) can fail before the temp file is even
        // open: wait until the stream has closed, or the file would appear after its removal.
        if (!out.closed) await once(out, 'close').catch(() => {});
        await rm(temp, { force: true });
        throw e;
      }
      return { sizeBytes: size, sha256: hash.digest('hex') };
    },
    async describe(key) {
      const s = await stat(pathOf(key));
      return { sizeBytes: s.size, sha256: await sha256Of(key) };
    },
    open: (key) => createReadStream(pathOf(key)),
    remove: (key) => rm(pathOf(key), { force: true }),
  };
}
