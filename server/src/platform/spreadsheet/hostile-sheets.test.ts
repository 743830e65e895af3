import { stat } from 'node:fs/promises';
import path from 'node:path';
import { SpreadsheetLimits } from '@hongyun/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../core/people/import/fixtures.ts';
import { checkZipExpansion } from '../files/zip-guard.ts';
import { cell, MAX_LOOP_DELAY_MS, row, withLoopDelay, writeXlsxParts } from './hostile-fixtures.ts';
import { type ReaderOptions, readSheetRows } from './sheet-reader.ts';

// Files a fuzzer found to take the server down, built byte by byte. Each is refused with a code that
// says what is wrong, or, when only a parser could find out, kills nothing but the reader's worker
// thread; meanwhile the event loop of this process (where the API runs) stays free.

async function readAll(file: string, opts?: ReaderOptions) {
  const rows: number[] = [];
  for await (const r of readSheetRows(file, opts)) rows.push(r.rowNumber);
  return rows;
}

describe('hostile spreadsheets', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir('hongyun-hostile-'));
  });
  afterAll(async () => cleanup());

  it('one cell of 157 million characters (a 460 KB file) is refused by the upload guard before any parser', async () => {
    const file = path.join(dir, 'long-cell.xlsx');
    const huge = Buffer.concat([Buffer.from('<si><t>'), Buffer.alloc(157_000_000, 'x'), Buffer.from('</t></si>')]);
    await writeXlsxParts(file, row(1, '<c r="A1" t="s"><v>0</v></c>'), huge);
    expect((await stat(file)).size).toBeLessThan(600_000);
    const started = Date.now();
    await expect(checkZipExpansion(file)).rejects.toMatchObject({ code: 'SPREADSHEET_CELL_TOO_LONG' });
    expect(Date.now() - started).toBeLessThan(5000); // stopped at the first 262 KB of text, not at the end
  });

  it('the same file read directly (past the guard) only exhausts the reader worker, with the loop free', async () => {
    const file = path.join(dir, 'long-cell-20m.xlsx');
    const huge = Buffer.concat([Buffer.from('<si><t>'), Buffer.alloc(20_000_000, 'x'), Buffer.from('</t></si>')]);
    await writeXlsxParts(file, row(1, '<c r="A1" t="s"><v>0</v></c>'), huge);
    const { outcome, maxDelayMs } = await withLoopDelay(() => readAll(file, { heapMb: 32 }));
    // Either the worker's heap ran out, or the parser got through and the row check refused the cell.
    expect(['SPREADSHEET_UNREADABLE', 'SPREADSHEET_CELL_TOO_LONG']).toContain((outcome as { code?: string }).code);
    expect(maxDelayMs).toBeLessThan(MAX_LOOP_DELAY_MS);
  }, 60_000);

  it('a cell longer than Excel allows is refused while streaming, with its row', async () => {
    const file = path.join(dir, 'cell-32768.xlsx');
    await writeXlsxParts(file, row(1, cell('A1', '姓名')) + row(2, cell('A2', '张'.repeat(32_768))));
    await expect(readAll(file)).rejects.toMatchObject({ code: 'SPREADSHEET_CELL_TOO_LONG', details: { row: 2 } });
  });

  it('data in rows 2 and 1,048,576 (1.7 KB) is refused at once for its gap, not read for minutes', async () => {
    const file = path.join(dir, 'gap.xlsx');
    await writeXlsxParts(
      file,
      row(2, cell('A2', '姓名'), cell('B2', '身份证号')) + row(1_048_576, cell('A1048576', '张三')),
    );
    expect((await stat(file)).size).toBeLessThan(2000);
    const { outcome, maxDelayMs } = await withLoopDelay(() => readAll(file));
    expect(outcome).toMatchObject({ code: 'SPREADSHEET_ROW_GAP', details: { afterRow: 2, row: 1_048_576 } });
    expect(maxDelayMs).toBeLessThan(MAX_LOOP_DELAY_MS);
  });

  it('rows past the row limit are refused even when every gap is small', async () => {
    const file = path.join(dir, 'tall.xlsx');
    let rows = '';
    for (let n = 1; n <= SpreadsheetLimits.maxRows + 1; n += SpreadsheetLimits.maxRowGap)
      rows += row(n, cell(`A${n}`, 'x'));
    await writeXlsxParts(file, rows);
    await expect(readAll(file)).rejects.toMatchObject({ code: 'SPREADSHEET_TOO_MANY_ROWS' });
  });

  it('a row wider than the column limit is refused', async () => {
    const file = path.join(dir, 'wide.xlsx');
    await writeXlsxParts(file, row(1, cell('A1', '姓名'), cell('ALM1', 'x'))); // ALM = column 1001
    await expect(readAll(file)).rejects.toMatchObject({ code: 'SPREADSHEET_TOO_WIDE' });
  });

  it('a shared-string table larger than the reader heap kills only the worker; the next read works', async () => {
    const file = path.join(dir, 'strings.xlsx');
    // 3,000 distinct strings of 30,000 characters: each within Excel's limit, 90 MB together.
    const parts: Buffer[] = [];
    for (let i = 0; i < 3000; i++)
      parts.push(Buffer.from(`<si><t>${String(i).padStart(6, '0')}${'y'.repeat(29_994)}</t></si>`));
    let cells = '';
    for (let i = 0; i < 1500; i++) cells += row(i + 1, `<c r="A${i + 1}" t="s"><v>${i}</v></c>`);
    await writeXlsxParts(file, cells, Buffer.concat(parts));
    await expect(checkZipExpansion(file)).resolves.toBeUndefined(); // nothing the guard can see
    const { outcome, maxDelayMs } = await withLoopDelay(() => readAll(file, { heapMb: 32 }));
    expect(outcome).toMatchObject({ code: 'SPREADSHEET_UNREADABLE', details: { reason: 'memory' } });
    expect(maxDelayMs).toBeLessThan(MAX_LOOP_DELAY_MS);
    const fine = path.join(dir, 'fine.xlsx');
    await writeXlsxParts(fine, row(1, cell('A1', '姓名')) + row(2, cell('A2', '张三')));
    expect(await readAll(fine)).toEqual([1, 2]);
  }, 60_000);

  it('a reader that makes no progress in time is stopped', async () => {
    const file = path.join(dir, 'slow.xlsx');
    await writeXlsxParts(file, row(1, cell('A1', '姓名')));
    await expect(readAll(file, { stallMs: 1 })).rejects.toMatchObject({
      code: 'SPREADSHEET_UNREADABLE',
      details: { reason: 'time' },
    });
  });
});
