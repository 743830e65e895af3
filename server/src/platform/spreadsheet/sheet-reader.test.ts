import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSheetRows, runningReaders } from './sheet-reader.ts';

// exceljs 4.4's streaming parser decoded each zip chunk on its own, so a Chinese character split
// across two chunks came out as U+FFFD ("大寨���区"): one branch name in 170,000 rows was unknown.
// patches/exceljs+4.4.0.patch decodes the stream with a StringDecoder; this test fails without it.
describe('streaming sheet reader', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'hongyun-sheet-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('reads Chinese text intact across chunk boundaries, in shared strings as Excel writes them', async () => {
    const file = path.join(dir, 'many.xlsx');
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
    const sheet = book.addWorksheet('党员');
    const expected: string[] = [];
    for (let i = 0; i < 6000; i++) {
      // Distinct strings of 3-byte characters (and one ASCII digit run) so every 16 kB chunk boundary
      // of sharedStrings.xml falls somewhere inside the text.
      const text = `第${i}党支部${'贵州省黔东南苗族侗族自治州'.slice(i % 7)}`;
      expected.push(text);
      sheet.addRow([text]).commit();
    }
    await sheet.commit();
    await book.commit();
    const read: string[] = [];
    for await (const row of readSheetRows(file)) read.push(String(row.values[1]));
    expect(read.filter((t) => t.includes('\ufffd'))).toEqual([]);
    expect(read).toEqual(expected);
  });

  it('runs at most two reader workers at once; a third read waits for a free one', async () => {
    const file = path.join(dir, 'small.xlsx');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('党员').addRow(['姓名']);
    await book.xlsx.writeFile(file);
    const a = readSheetRows(file);
    const b = readSheetRows(file);
    const c = readSheetRows(file);
    await a.next();
    await b.next();
    expect(runningReaders()).toBe(2);
    let isThirdRead = false;
    const third = c.next().then((r) => {
      isThirdRead = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(isThirdRead).toBe(false);
    await a.return(undefined);
    expect((await third).value?.values[1]).toBe('姓名');
    await b.return(undefined);
    await c.return(undefined);
    expect(runningReaders()).toBe(0);
  });
});
