import ExcelJS from 'exceljs';
import type { Lang } from '../errors.ts';
import { createPrivateFile } from '../files/private.ts';
import { cellText } from './cells.ts';
import { normalizeHeader } from './header.ts';

const RED = { argb: 'FFC00000' };
const GREY = { argb: 'FF808080' };
const DATE_FORMAT = 'yyyy-mm-dd';

/** The result column's header in every language a report is written in: an uploaded report has one. */
export const RESULT_HEADERS = ['导入结果', 'Result', 'Import result'] as const;
const RESULT_HEADER_KEYS = new Set(RESULT_HEADERS.map(normalizeHeader));

/** Whether a header cell is a report's result column (replaced on a re-upload, never imported). */
export function isResultHeader(v: unknown): boolean {
  const text = cellText(v);
  return text !== null && RESULT_HEADER_KEYS.has(normalizeHeader(text));
}

/**
 * The header texts an import does not use, as the check screen and the report name them. The result
 * column of an uploaded report is not among them: it is the importer's own, replaced in the new report.
 */
export function unusedColumns(unknown: readonly string[]): string[] {
  return unknown.filter((text) => !isResultHeader(text));
}

/** "以下列未导入：籍贯、学位": the line of the report's notes sheet (the check screen says the same). */
export function unusedColumnsLine(columns: readonly string[], lang: Lang): string {
  return lang === 'zh'
    ? `以下列未导入：${columns.join('、')}`
    : `These columns were not imported: ${columns.join(', ')}`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * A cell as the report writes it: what was read, not how it was computed or formatted. Formulas give
 * their results; rich text (LibreOffice saves a date or an ID number typed in two styles as several
 * runs) and hyperlinks give their plain text, so the report reads back exactly as the upload did
 * (exceljs's streaming writer kept only the last run of a rich-text cell: "2001-07-01" became "01").
 */
function plain(v: unknown): ExcelJS.CellValue {
  if (v === undefined || v === null) return null;
  if (v instanceof Date || !isRecord(v)) return v as ExcelJS.CellValue;
  if ('formula' in v || 'sharedFormula' in v) return plain(v.result);
  if (Array.isArray(v.richText)) {
    return v.richText.map((run) => (isRecord(run) && typeof run.text === 'string' ? run.text : '')).join('');
  }
  if ('text' in v) return plain(v.text); // hyperlink, whose text may itself be rich text
  return v as unknown as ExcelJS.CellValue; // an error value: kept, it is what the row holds
}

/**
 * Writes exceljs row.values (1-based, sparse; an own element 0 would shift every cell right) into
 * `row`, leaving out the column `skip` (an uploaded report's old result). Dates keep a date format, so
 * a re-upload reads them as dates again.
 */
function fill(row: ExcelJS.Row, values: readonly unknown[], skip: number | null): void {
  values.forEach((v, i) => {
    if (i === 0 || i === skip || v === undefined || v === null) return;
    const value = plain(v);
    if (value === null) return;
    const cell = row.getCell(i);
    cell.value = value;
    if (value instanceof Date) cell.numFmt = DATE_FORMAT;
  });
}

type SheetWriter = ExcelJS.Worksheet & { _rows?: unknown[]; _rowZero?: number };

/**
 * exceljs's streaming writer keeps uncommitted rows in an array indexed from the first uncommitted
 * row number and commits by shift()ing that array, so a row far below the last one (data in rows 2
 * and 30,000) costs the square of the gap: 29 s of a frozen event loop. Every row here is committed
 * at once, so the array is empty when the next row comes and its start can simply move to that row.
 * (Checked by report-writer.test.ts: should exceljs change this, the test fails rather than the server.)
 */
function skipGap(ws: SheetWriter, rowNumber: number): void {
  if (Array.isArray(ws._rows) && ws._rows.length === 0 && typeof ws._rowZero === 'number' && rowNumber > ws._rowZero) {
    ws._rowZero = rowNumber;
  }
}

/**
 * The per-row import report, streamed to disk as it is produced: every row of the source sheet at
 * its own row number (so "第 N 行" means the same row in the upload and in the report), the rows
 * above the header (the office's title) included, with a result column, red where the row has
 * problems. The office corrects the report and uploads it again: the result column (found by its
 * header) is ignored by the importer and replaced in the next report, not added beside it.
 */
export function createImportReport(
  filePath: string,
  labels: { sheet: string; result: string; ok: string; notes?: string },
) {
  let writer: ExcelJS.stream.xlsx.WorkbookWriter | null = null;
  let sheet: SheetWriter | null = null;
  let resultCol = 1;
  let oldResultCol: number | null = null;
  const notes: string[] = [];
  const open = async () => {
    await createPrivateFile(filePath); // 0600 in 0700 folders: the report holds ID numbers
    writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: filePath, useStyles: true, useSharedStrings: false });
    sheet = writer.addWorksheet(labels.sheet) as SheetWriter;
  };
  const rowAt = (rowNumber: number) => {
    const ws = sheet as SheetWriter;
    skipGap(ws, rowNumber);
    return ws.getRow(rowNumber);
  };
  return {
    /**
     * Rows above and including the header. The result column is the header's own result column when
     * the upload is an earlier report, otherwise the one after the header's last cell.
     */
    async header(rowNumber: number, values: unknown[], preamble: { rowNumber: number; values: unknown[] }[]) {
      if (!sheet) await open();
      const ws = sheet as SheetWriter;
      // The header row stays in view while scrolling, wherever the office's title puts it.
      // (The streaming sheet's views are read when its first row is written; only the array is open.)
      ws.views.splice(0, ws.views.length, { state: 'frozen', ySplit: rowNumber });
      const existing = values.findIndex((v, i) => i > 0 && isResultHeader(v));
      oldResultCol = existing > 0 ? existing : null;
      resultCol = oldResultCol ?? Math.max(values.length, 2);
      for (const p of preamble) {
        const row = rowAt(p.rowNumber);
        fill(row, p.values, null);
        row.commit();
      }
      const row = rowAt(rowNumber);
      fill(row, values, oldResultCol);
      const cell = row.getCell(resultCol);
      cell.value = labels.result;
      cell.font = { bold: true };
      ws.getColumn(resultCol).width = 60;
      row.commit();
    },
    /** A row's result: its problems (red), else `skipped`'s text for a row left out on purpose, else OK. */
    async row(rowNumber: number, values: unknown[], problems: string[], opts: { skipped?: string } = {}) {
      const row = rowAt(rowNumber);
      fill(row, values, oldResultCol);
      const cell = row.getCell(resultCol);
      cell.value = problems.length ? problems.join('；') : (opts.skipped ?? labels.ok);
      // Styling every cell is measurable at 170,000 rows; only the rows to fix (or skipped) are coloured.
      if (problems.length) cell.font = { color: RED };
      else if (opts.skipped) cell.font = { color: GREY };
      row.commit();
    },
    /** A line for the notes sheet after the rows ("以下列未导入：…"); nothing is written without one. */
    note(line: string) {
      notes.push(line);
    },
    async close() {
      if (!writer) await open();
      const w = writer as unknown as ExcelJS.stream.xlsx.WorkbookWriter;
      if (notes.length) {
        // A sheet of its own: lines in the first sheet would shift every row number of the upload.
        (sheet as SheetWriter).commit();
        const ns = w.addWorksheet(labels.notes ?? 'Notes');
        ns.getColumn(1).width = 100;
        for (const line of notes) ns.addRow([line]).commit();
        ns.commit();
      }
      await w.commit();
    },
  };
}
export type ImportReport = ReturnType<typeof createImportReport>;
