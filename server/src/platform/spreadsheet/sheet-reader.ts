import ExcelJS from 'exceljs';

export type SheetRow = { sheet: number; rowNumber: number; values: unknown[] };

/**
 * Streams the rows of every worksheet of an .xlsx file, one at a time, without loading the workbook:
 * exceljs's streaming reader keeps only the shared-string table and styles in memory. (Excel writes
 * the shared strings after the sheets, so the reader may buffer the zip first; how far it has read
 * says nothing about how many rows are left, which is why progress totals come from a check run.)
 */
export async function* readSheetRows(path: string): AsyncGenerator<SheetRow> {
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
