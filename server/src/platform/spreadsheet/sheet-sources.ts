import { readFile } from 'node:fs/promises';
import type * as XLSX from '@e965/xlsx';
import type { SpreadsheetFormat, SpreadsheetLimits } from '@hongyun/contracts';
import { decodeCsv } from './csv-text.ts';
import { SheetError } from './sheet-error.ts';

// The row sources behind readSheetRows, run inside the reader worker (sheet-worker.ts), never in the
// API's thread. Every format becomes the same stream: exceljs's shape (1-based sparse `values` of
// strings, numbers, booleans, Dates at UTC midnight, { richText } / { formula, result } / { error }),
// so the importers read an .ods or a .csv exactly as they read an .xlsx.

export type SheetRow = { sheet: number; rowNumber: number; values: unknown[] };
export type Limits = { [K in keyof typeof SpreadsheetLimits]: number };

/** An .xlsx, streamed: exceljs keeps only the shared strings and styles in memory. */
async function* xlsxRows(path: string): AsyncGenerator<SheetRow> {
  // Each reader loads only its own parser: a worker lives for one read, and loading both costs seconds.
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
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

const DAY_MS = 86_400_000;

/** A date-formatted serial as exceljs gives it: a Date at UTC (1900 system, with Excel's 29 Feb 1900). */
function serialToDate(serial: number, date1904: boolean): Date {
  const days = date1904 ? serial + 1462 : serial;
  const epoch = days < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.round(days * DAY_MS));
}

function sheetjsValue(sheetjs: typeof XLSX, cell: XLSX.CellObject, date1904: boolean): unknown {
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'n': {
      const n = cell.v as number;
      const isDate = typeof cell.z === 'string' && sheetjs.SSF.is_date(cell.z);
      return isDate && Number.isFinite(n) && n >= 1 ? serialToDate(n, date1904) : n;
    }
    case 'b':
      return cell.v === true;
    case 'd':
      return cell.v instanceof Date ? cell.v : new Date(String(cell.v));
    case 'e':
      return { error: cell.w ?? '#ERROR!' };
    default:
      return undefined; // 'z': a styled empty cell
  }
}

/**
 * .xls / .et / .ods / .csv through SheetJS, which reads a whole workbook at once: `sheetRows` stops
 * it one row past the limit, so a sheet that claims a million rows costs no more than the limit.
 */
async function* sheetjsRows(path: string, format: Exclude<SpreadsheetFormat, 'xlsx'>, limits: Limits) {
  const sheetjs = await import('@e965/xlsx');
  const bytes = await readFile(path);
  const common = { dense: true, sheetRows: limits.maxRows + 1, cellNF: true, cellFormula: false, cellHTML: false };
  let wb: XLSX.WorkBook;
  // SheetJS reports format oddities on the console; the worker has nothing to tell the user there.
  const { warn, error } = console;
  console.warn = console.error = () => {};
  try {
    wb =
      format === 'csv'
        ? // raw: every field stays text, so an ID number or a date is read by our cell readers, not guessed
          sheetjs.read(decodeCsv(bytes), { ...common, type: 'string', raw: true })
        : sheetjs.read(bytes, { ...common, type: 'buffer' });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/password|encrypt/i.test(message)) throw new SheetError('FILE_ENCRYPTED');
    throw new SheetError('SPREADSHEET_DAMAGED', { format });
  } finally {
    console.warn = warn;
    console.error = error;
  }
  const date1904 = wb.Workbook?.WBProps?.date1904 === true;
  let sheet = 0;
  for (const name of wb.SheetNames) {
    sheet++;
    const ws = wb.Sheets[name];
    const data = (ws?.['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
    for (let r = 0; r < data.length; r++) {
      const cells = data[r];
      if (!cells) continue;
      const values: unknown[] = [];
      let any = false;
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        if (!cell) continue;
        const v = sheetjsValue(sheetjs, cell, date1904);
        if (v === undefined) continue;
        values[c + 1] = v;
        any = true;
      }
      if (any) yield { sheet, rowNumber: r + 1, values };
    }
    data.length = 0; // the sheet's cells are no longer needed
  }
}

function textLength(v: unknown): number {
  if (typeof v === 'string') return v.length;
  if (v && typeof v === 'object') {
    const o = v as { richText?: { text?: unknown }[]; result?: unknown; text?: unknown };
    if (Array.isArray(o.richText)) return o.richText.reduce((n, r) => n + textLength(r?.text), 0);
    return Math.max(textLength(o.result), textLength(o.text));
  }
  return 0;
}

/**
 * Every row of a spreadsheet, within the limits, checked as it streams: a row beyond the last
 * allowed, after a gap of empty rows no register has, wider than allowed, or with a cell longer
 * than Excel allows, stops the read with an error saying so (and the row number).
 */
export async function* limitedRows(path: string, format: SpreadsheetFormat, limits: Limits): AsyncGenerator<SheetRow> {
  const source = format === 'xlsx' ? xlsxRows(path) : sheetjsRows(path, format, limits);
  let sheet = 0;
  let previous = 0;
  for await (const row of source) {
    if (row.sheet !== sheet) {
      sheet = row.sheet;
      previous = 0;
    }
    if (row.rowNumber - previous - 1 > limits.maxRowGap) {
      throw new SheetError('SPREADSHEET_ROW_GAP', { afterRow: previous, row: row.rowNumber, maxGap: limits.maxRowGap });
    }
    if (row.rowNumber > limits.maxRows) {
      throw new SheetError('SPREADSHEET_TOO_MANY_ROWS', { maxRows: limits.maxRows, row: row.rowNumber });
    }
    previous = row.rowNumber;
    if (row.values.length - 1 > limits.maxColumns) {
      throw new SheetError('SPREADSHEET_TOO_WIDE', { maxColumns: limits.maxColumns, row: row.rowNumber });
    }
    for (const v of row.values) {
      if (textLength(v) > limits.maxCellChars) {
        throw new SheetError('SPREADSHEET_CELL_TOO_LONG', { maxChars: limits.maxCellChars, row: row.rowNumber });
      }
    }
    yield row;
  }
}
