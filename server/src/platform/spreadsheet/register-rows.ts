import { AppError } from '../errors.ts';
import { type HeaderMatch, headerLabel } from './header.ts';
import { readSheetRows } from './sheet-reader.ts';

/** The header a register was read with: the column match, each column's label as written, its sheet. */
export type RegisterHeader<K extends string> = { match: HeaderMatch<K>; labels: Map<number, string>; sheet: number };

const HEADER_SEARCH_ROWS = 10;

/** The index in `match` of a column, or null when the sheet does not have it. */
export function columnIndex<K extends string>(header: RegisterHeader<K> | null, key: K): number | null {
  if (!header) return null;
  for (const [i, k] of header.match.columns) if (k === key) return i;
  return null;
}

/**
 * The data rows of a register: the first sheet whose first 10 rows hold a header (title rows above it
 * are fine) is read to its end. `onHeader` gets the header and the rows above it (for the report)
 * before any data row; a header without required columns, or none at all, is IMPORT_HEADER_NOT_FOUND.
 */
export async function* registerRows<K extends string>(
  path: string,
  opts: {
    match: (values: readonly unknown[]) => HeaderMatch<K> | null;
    columnName: (key: K) => string;
    onHeader: (
      header: RegisterHeader<K>,
      row: { rowNumber: number; values: unknown[] },
      preamble: { rowNumber: number; values: unknown[] }[],
    ) => Promise<void>;
  },
): AsyncGenerator<{ rowNumber: number; values: unknown[]; header: RegisterHeader<K> }> {
  let header: RegisterHeader<K> | null = null;
  const preamble: { rowNumber: number; values: unknown[] }[] = [];
  let preambleSheet = 0;
  for await (const { sheet, rowNumber, values } of readSheetRows(path)) {
    if (header) {
      if (sheet !== header.sheet) break; // one register per file
      yield { rowNumber, values, header };
      continue;
    }
    if (sheet !== preambleSheet) preamble.length = 0;
    preambleSheet = sheet;
    if (rowNumber > HEADER_SEARCH_ROWS) continue;
    const match = opts.match(values);
    if (!match) {
      preamble.push({ rowNumber, values });
      continue;
    }
    if (match.missingRequired.length) {
      throw new AppError('IMPORT_HEADER_NOT_FOUND', { missingColumns: match.missingRequired.map(opts.columnName) });
    }
    const labels = new Map<number, string>();
    for (const [i] of match.columns) labels.set(i, headerLabel(values[i]));
    header = { match, labels, sheet };
    await opts.onHeader(header, { rowNumber, values }, preamble);
  }
  if (!header) throw new AppError('IMPORT_HEADER_NOT_FOUND');
}
