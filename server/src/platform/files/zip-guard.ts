import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { AppError } from '../errors.ts';
import { sniffSpreadsheet } from './records.ts';
import type { FileStorage } from './storage.ts';

// An .xlsx is a zip, and a zip can expand a thousandfold: a 50 MB upload could unpack to 50 GB of
// temporary files in the spreadsheet reader, or one shared-strings table larger than memory. Before a
// spreadsheet is read, every entry is inflated once here and its real bytes counted (declared sizes
// can lie), within limits no honest register comes near: a 170,000-row register unpacks to ~150 MB.

export type ZipLimits = { maxTotalBytes: number; maxEntryBytes: number; maxEntries: number };

export const SPREADSHEET_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 1024 * 1024 * 1024,
  maxEntryBytes: 512 * 1024 * 1024,
  maxEntries: 2000,
};

/** Throws FILE_TOO_LARGE when the zip unpacks past the limits, FILE_TYPE_NOT_ALLOWED when it is not a readable zip. */
export async function checkZipExpansion(path: string, limits: ZipLimits = SPREADSHEET_ZIP_LIMITS): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
  } catch {
    throw new AppError('FILE_TYPE_NOT_ALLOWED');
  }
  const tooLarge = () => new AppError('FILE_TOO_LARGE', { unpackedLimitBytes: limits.maxTotalBytes });
  let total = 0;
  let entries = 0;
  try {
    for (;;) {
      const entry = await new Promise<yauzl.Entry | null>((resolve, reject) => {
        const done = (fn: () => void) => {
          zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
          fn();
        };
        const onEntry = (e: yauzl.Entry) => done(() => resolve(e));
        const onEnd = () => done(() => resolve(null));
        const onError = (e: Error) => done(() => reject(e));
        zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
        zip.readEntry();
      });
      if (!entry) return;
      if (++entries > limits.maxEntries) throw tooLarge();
      if (entry.fileName.endsWith('/')) continue;
      if (entry.uncompressedSize > limits.maxEntryBytes || total + entry.uncompressedSize > limits.maxTotalBytes) {
        throw tooLarge();
      }
      let bytes = 0;
      const counter = new Writable({
        write(chunk: Buffer, _enc, done) {
          bytes += chunk.length;
          total += chunk.length;
          done(bytes > limits.maxEntryBytes || total > limits.maxTotalBytes ? tooLarge() : null);
        },
      });
      // validateEntrySizes makes yauzl fail an entry that inflates past its declared size.
      await pipeline(await zip.openReadStreamPromise(entry), counter);
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('FILE_TYPE_NOT_ALLOWED');
  } finally {
    zip.close();
  }
}

/**
 * The checks every spreadsheet gets before anything reads it: an .xlsx by its bytes (a legacy .xls or
 * a renamed file is FILE_TYPE_NOT_ALLOWED) that unpacks within the limits (else FILE_TOO_LARGE).
 * The caller's file is removed when it fails, so a refused upload leaves nothing behind.
 */
export async function acceptSpreadsheet(storage: FileStorage, key: string): Promise<void> {
  const path = storage.pathOf(key);
  try {
    if ((await sniffSpreadsheet(path)) !== 'xlsx') throw new AppError('FILE_TYPE_NOT_ALLOWED');
    await checkZipExpansion(path);
  } catch (e) {
    await storage.remove(key);
    throw e;
  }
}
