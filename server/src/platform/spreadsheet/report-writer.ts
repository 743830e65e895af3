import ExcelJS from 'exceljs';
import { createPrivateFile } from '../files/private.ts';

const RED = { argb: 'FFC00000' };

// Formulas are written as their results: the report is about what was read, not how it was computed.
function plain(v: unknown): ExcelJS.CellValue {
  if (v && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
    return ((v as { result?: unknown }).result ?? null) as ExcelJS.CellValue;
  }
  return (v ?? null) as ExcelJS.CellValue;
}

// exceljs row.values arrays are 1-based and sparse; an own element 0 would shift every cell right.
function sparse(values: unknown[], upTo = values.length): ExcelJS.CellValue[] {
  const out: ExcelJS.CellValue[] = [];
  values.forEach((v, i) => {
    if (i > 0 && i < upTo && v !== undefined && v !== null) out[i] = plain(v);
  });
  return out;
}

/**
 * The per-row import report, streamed to disk as it is produced: every row of the source sheet at
 * its own row number (so "第 N 行" means the same row in the upload and in the report) with a result
 * column at the end, red where the row has problems. The office can correct the report and upload it
 * again: the result column is ignored by the importer.
 */
export function createImportReport(filePath: string, labels: { sheet: string; result: string; ok: string }) {
  let writer: ExcelJS.stream.xlsx.WorkbookWriter | null = null;
  let sheet: ExcelJS.Worksheet | null = null;
  let resultCol = 1;
  const open = async () => {
    await createPrivateFile(filePath); // 0600 in 0700 folders: the report holds ID numbers
    writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: filePath, useStyles: true, useSharedStrings: false });
    sheet = writer.addWorksheet(labels.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  };
  return {
    /** Rows above and including the header; the result column goes after the header's last cell. */
    async header(rowNumber: number, values: unknown[], preamble: { rowNumber: number; values: unknown[] }[]) {
      if (!sheet) await open();
      const ws = sheet as ExcelJS.Worksheet;
      resultCol = Math.max(values.length, 2);
      for (const p of preamble) ws.getRow(p.rowNumber).values = sparse(p.values);
      const row = ws.getRow(rowNumber);
      row.values = sparse(values);
      const cell = row.getCell(resultCol);
      cell.value = labels.result;
      cell.font = { bold: true };
      ws.getColumn(resultCol).width = 60;
      row.commit();
    },
    async row(rowNumber: number, values: unknown[], problems: string[]) {
      const ws = sheet as ExcelJS.Worksheet;
      const row = ws.getRow(rowNumber);
      row.values = sparse(values, resultCol);
      const cell = row.getCell(resultCol);
      cell.value = problems.length ? problems.join('；') : labels.ok;
      // Styling every cell is measurable at 170,000 rows; only the rows to fix are coloured.
      if (problems.length) cell.font = { color: RED };
      row.commit();
    },
    async close() {
      if (!writer) await open();
      await (writer as unknown as ExcelJS.stream.xlsx.WorkbookWriter).commit();
    },
  };
}
export type ImportReport = ReturnType<typeof createImportReport>;
