// Test helpers: small .xlsx files written with exceljs, laid out as offices keep them (title rows,
// merged cells, text-formatted columns, numbers where text belongs), and read back with the same
// streaming reader options the importer uses. Shared by the import tests.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

export type XlsxOptions = {
  /** Name of the first sheet (default "党员信息"). */
  sheetName?: string;
  /** 1-based columns formatted as text ('@'), as the template does. */
  textColumns?: number[];
  /** Number format given to Date cells (default: exceljs's built-in date format, id 14). */
  dateNumFmt?: string;
  /** Ranges to merge, e.g. "A1:F1" for a title row. */
  merges?: string[];
  /** More sheets after the first. */
  extraSheets?: { name: string; rows: unknown[][] }[];
};

function fillSheet(ws: ExcelJS.Worksheet, rows: unknown[][], opts: XlsxOptions): void {
  for (const c of opts.textColumns ?? []) ws.getColumn(c).numFmt = '@';
  rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((value, c) => {
      if (value === undefined) return;
      const cell = row.getCell(c + 1);
      cell.value = value as ExcelJS.CellValue;
      if (value instanceof Date && opts.dateNumFmt) cell.numFmt = opts.dateNumFmt;
    });
    row.commit();
  });
  for (const m of opts.merges ?? []) ws.mergeCells(m);
}

/**
 * Writes `rows` (0-based arrays of exceljs cell values: numbers, strings, Dates, booleans,
 * { richText }, { formula, result }, { error } …; undefined leaves a cell empty) to an .xlsx at `file`.
 */
export async function writeXlsx(file: string, rows: unknown[][], opts: XlsxOptions = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  fillSheet(wb.addWorksheet(opts.sheetName ?? '党员信息'), rows, opts);
  for (const extra of opts.extraSheets ?? []) fillSheet(wb.addWorksheet(extra.name), extra.rows, {});
  await wb.xlsx.writeFile(file);
  return file;
}

/** A fresh temp directory and a function removing it (call in afterAll). */
export async function makeTempDir(prefix = 'hongyun-xlsx-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export type ReadRow = { rowNumber: number; values: unknown[] };

/** The first sheet's rows through the streaming reader, with the importer's options (styles cached). */
export async function readXlsxRows(file: string, options: { styles?: 'cache' | 'ignore' } = {}): Promise<ReadRow[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: options.styles ?? 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const out: ReadRow[] = [];
  let sheet = 0;
  for await (const ws of reader) {
    sheet++;
    // Every sheet is drained (the reader parses in order), only the first one kept.
    for await (const row of ws) {
      if (sheet === 1) out.push({ rowNumber: row.number, values: Array.isArray(row.values) ? [...row.values] : [] });
    }
  }
  return out;
}

// Valid ID numbers (GB 11643-1999 checksums) for fixtures: male born 1970-01-01, female 1985-06-15.
export const FIXTURE_IDS = { male1970: '520102197001010019', female1985: '52010219850615002X' } as const;
