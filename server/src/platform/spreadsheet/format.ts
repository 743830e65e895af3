import { open, readFile } from 'node:fs/promises';
import type { SpreadsheetFormat } from '@hongyun/contracts';
import yauzl from 'yauzl';
import { SheetError } from './sheet-error.ts';

// What an upload is, from its bytes (never its name, except that a .csv has no bytes of its own to
// tell it by). Offices send .xlsx, .xls (and WPS's .et, the same BIFF8 compound file), LibreOffice's
// .ods, and .csv exports of other systems; what is refused is named, with what to do about it.

export const SpreadsheetContentTypes: Record<SpreadsheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  csv: 'text/csv',
};

const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

async function zipEntryNames(path: string): Promise<{ names: Set<string>; mimetype: string | null }> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true, strictFileNames: false });
  const names = new Set<string>();
  let mimetype: string | null = null;
  try {
    for (;;) {
      const entry = await new Promise<yauzl.Entry | null>((resolve, reject) => {
        zip
          .once('entry', resolve)
          .once('end', () => resolve(null))
          .once('error', reject);
        zip.readEntry();
      });
      zip.removeAllListeners('entry').removeAllListeners('end').removeAllListeners('error');
      if (!entry) break;
      names.add(entry.fileName);
      if (names.size > 5000) break; // the zip guard refuses such files anyway
      if (entry.fileName === 'mimetype' && entry.uncompressedSize < 200) {
        const chunks: Buffer[] = [];
        for await (const c of await zip.openReadStreamPromise(entry)) chunks.push(c as Buffer);
        mimetype = Buffer.concat(chunks).toString('latin1').trim();
      }
    }
  } finally {
    zip.close();
  }
  return { names, mimetype };
}

function formatOfZip(names: Set<string>, mimetype: string | null): SpreadsheetFormat {
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (mimetype === ODS_MIME || (mimetype === null && names.has('content.xml') && names.has('META-INF/manifest.xml'))) {
    return 'ods';
  }
  if (names.has('xl/workbook.bin')) throw new SheetError('FILE_IS_XLSB');
  if (names.has('word/document.xml') || mimetype?.startsWith('application/vnd.oasis.opendocument.text')) {
    throw new SheetError('FILE_IS_DOCUMENT', { format: 'docx' });
  }
  if ([...names].some((n) => n.startsWith('Index/') && n.endsWith('.iwa'))) throw new SheetError('FILE_IS_NUMBERS');
  throw new SheetError('FILE_TYPE_NOT_ALLOWED', { format: 'zip' });
}

// An OLE2 compound file is a legacy workbook (stream "Workbook", or "Book" for BIFF5), a Word
// document, or an encrypted .xlsx (Office wraps those in a compound file). Its directory says which.
async function compoundFormat(bytes: Buffer): Promise<SpreadsheetFormat> {
  const { CFB } = await import('@e965/xlsx');
  let paths: string[];
  try {
    // Paths start with the root entry's name: "Root Entry" from Office and LibreOffice, but other
    // writers name it otherwise (SheetJS writes "R"), so whatever comes before the first slash goes.
    paths = CFB.read(bytes, { type: 'buffer' }).FullPaths.map((p: string) => p.replace(/^[^/]*\//, ''));
  } catch {
    throw new SheetError('SPREADSHEET_DAMAGED', { format: 'xls' });
  }
  const has = (name: string) => paths.some((p) => p.toLowerCase() === name.toLowerCase());
  if (has('EncryptionInfo') || has('EncryptedPackage')) throw new SheetError('FILE_ENCRYPTED');
  if (has('Workbook') || has('Book')) return 'xls';
  if (has('WordDocument')) throw new SheetError('FILE_IS_DOCUMENT', { format: 'doc' });
  throw new SheetError('FILE_TYPE_NOT_ALLOWED', { format: 'ole2' });
}

/** Text a .csv may be: no NUL bytes (UTF-16 is told by its BOM), in the first 64 KB. */
function looksLikeText(head: Buffer): boolean {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
    return true;
  }
  return !head.subarray(0, 65536).includes(0);
}

export type Magic = 'zip' | 'ole2' | 'text' | 'other';

/** What the first bytes say: a zip (.xlsx, .ods), an OLE2 compound file (.xls, .et), or text. */
export async function sniffMagic(path: string): Promise<Magic> {
  const fh = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(65536), 0, 65536, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head.length >= 4 && head.readUInt32BE(0) === 0x504b0304) return 'zip';
    if (head.length >= 8 && head.readUInt32BE(0) === 0xd0cf11e0 && head.readUInt32BE(4) === 0xa1b11ae1) return 'ole2';
    if (head.subarray(0, 4).toString('latin1') === '%PDF') throw new SheetError('FILE_IS_DOCUMENT', { format: 'pdf' });
    if (head.subarray(0, 5).toString('latin1') === '{\\rtf')
      throw new SheetError('FILE_IS_DOCUMENT', { format: 'rtf' });
    return head.length > 0 && looksLikeText(head) ? 'text' : 'other';
  } finally {
    await fh.close();
  }
}

/** An .xlsx or .ods by the zip's entries (its central directory, nothing inflated but `mimetype`). */
export async function zipFormat(path: string): Promise<SpreadsheetFormat> {
  let listing: Awaited<ReturnType<typeof zipEntryNames>>;
  try {
    listing = await zipEntryNames(path);
  } catch {
    throw new SheetError('SPREADSHEET_DAMAGED', { format: 'zip' });
  }
  return formatOfZip(listing.names, listing.mimetype);
}

/**
 * The format of the spreadsheet at `path`, or a SheetError saying what the file is instead. A text
 * file is a .csv only when it is named so (`name`); without a name (a stored upload being read
 * again) text is taken as the .csv the upload accepted. Parses an OLE2 directory: worker only.
 */
export async function sniffFormat(path: string, name?: string | null): Promise<SpreadsheetFormat> {
  const magic = await sniffMagic(path);
  if (magic === 'zip') return zipFormat(path);
  if (magic === 'ole2') return compoundFormat(await readFile(path));
  const namedCsv = name === undefined || name === null || /\.csv$/i.test(name);
  if (magic === 'text' && namedCsv) return 'csv';
  throw new SheetError('FILE_TYPE_NOT_ALLOWED', { format: magic === 'text' ? 'text' : 'unknown' });
}
