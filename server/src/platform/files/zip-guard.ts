import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { SpreadsheetFormat } from '@hongyun/contracts';
import yauzl from 'yauzl';
import { AppError } from '../errors.ts';
import { sniffMagic, zipFormat } from '../spreadsheet/format.ts';
import { SheetError } from '../spreadsheet/sheet-error.ts';
import { inspectSpreadsheet } from '../spreadsheet/sheet-reader.ts';
import { createXmlTextGuard, isXmlPart } from '../spreadsheet/xml-text-guard.ts';
import type { FileStorage } from './storage.ts';

// An .xlsx is a zip, and a zip can expand a thousandfold: a 50 MB upload could unpack to 50 GB of
// temporary files in the spreadsheet reader, or one shared-strings table larger than memory. Before a
// spreadsheet is read, every entry is inflated once here and its real bytes counted (declared sizes
// can lie), within limits no honest register comes near: a 170,000-row register unpacks to ~150 MB.
// The XML parts also pass the text guard on the way (one cell of 157 million characters compresses
// to 460 KB and is within these limits, but no parser survives it).

export type ZipLimits = { maxTotalBytes: number; maxEntryBytes: number; maxEntries: number };

export const SPREADSHEET_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 1024 * 1024 * 1024,
  maxEntryBytes: 512 * 1024 * 1024,
  maxEntries: 2000,
};

/**
 * Throws FILE_TOO_LARGE when the zip unpacks past the limits, SPREADSHEET_CELL_TOO_LONG when an XML
 * part holds a longer text than any workbook, FILE_TYPE_NOT_ALLOWED when it is not a readable zip.
 */
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
      const guard = isXmlPart(entry.fileName) ? createXmlTextGuard(entry.fileName) : null;
      const counter = new Writable({
        write(chunk: Buffer, _enc, done) {
          bytes += chunk.length;
          total += chunk.length;
          if (bytes > limits.maxEntryBytes || total > limits.maxTotalBytes) return done(tooLarge());
          try {
            guard?.write(chunk);
          } catch (e) {
            return done(e as Error);
          }
          done();
        },
        final(done) {
          try {
            guard?.end();
            done();
          } catch (e) {
            done(e as Error);
          }
        },
      });
      // validateEntrySizes makes yauzl fail an entry that inflates past its declared size.
      await pipeline(await zip.openReadStreamPromise(entry), counter);
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (e instanceof SheetError) throw new AppError(e.code, e.details);
    throw new AppError('FILE_TYPE_NOT_ALLOWED');
  } finally {
    zip.close();
  }
}

/**
 * The checks every spreadsheet gets before anything reads it: its format by its bytes (a refused one
 * says what it is: a Word or PDF document, .xlsb, Numbers, a password), a zip (.xlsx, .ods) that
 * unpacks within the limits with bounded text, streamed here chunk by chunk; then an .ods, .xls/.et
 * or .csv has its first rows read in a reader worker (sheet-reader.ts), since their parser loads the
 * whole workbook. `name` (the upload's) is needed only to accept a .csv. The caller's file is removed
 * when it fails, so a refused upload leaves nothing behind.
 */
export async function acceptSpreadsheet(storage: FileStorage, key: string, name?: string): Promise<SpreadsheetFormat> {
  const path = storage.pathOf(key);
  try {
    const magic = await sniffMagic(path);
    if (magic === 'other') throw new AppError('FILE_TYPE_NOT_ALLOWED', { format: 'unknown' });
    if (magic === 'zip') {
      const format = await zipFormat(path);
      await checkZipExpansion(path);
      if (format === 'xlsx') return format;
    }
    return await inspectSpreadsheet(path, name ?? null);
  } catch (e) {
    await storage.remove(key);
    throw e instanceof SheetError ? new AppError(e.code, e.details) : e;
  }
}
