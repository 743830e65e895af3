import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Transform } from 'node:stream';
import ExcelJS from 'exceljs';

export type SheetRow = { sheet: number; rowNumber: number; values: unknown[] };

/**
 * Streams the rows of every worksheet of an .xlsx file, one at a time, without loading the workbook:
 * exceljs's streaming reader keeps only the shared-string table and styles in memory. `onBytes`
 * reports how far through the file the reader is (0..1), which is what a progress bar can know
 * before the last row has been read.
 */
export async function* readSheetRows(path: string, onBytes?: (fraction: number) => void): AsyncGenerator<SheetRow> {
  const size = (await stat(path)).size || 1;
  let read = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      read += chunk.length;
      onBytes?.(Math.min(1, read / size));
      done(null, chunk);
    },
  });
  const source = createReadStream(path).pipe(meter);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell date cells from numbers: with them a date-formatted cell arrives as a Date.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let sheet = 0;
  for await (const worksheet of reader) {
    sheet++;
    for await (const row of worksheet) {
      yield { sheet, rowNumber: row.number, values: Array.isArray(row.values) ? row.values : [] };
    }
  }
}
