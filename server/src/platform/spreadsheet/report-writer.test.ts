import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../core/people/import/fixtures.ts';
import { createImportReport, isResultHeader, unusedColumns } from './report-writer.ts';
import { readSheetRows } from './sheet-reader.ts';

const LABELS = { sheet: '导入结果', result: '导入结果', ok: '通过', notes: '说明' };

// The reader refuses uploads with gaps and row numbers like these (SpreadsheetLimits); reading the
// report back here lifts those limits, since the writer's speed over a gap is what is tested.
async function rowsOf(file: string) {
  const out: { sheet: number; rowNumber: number; values: unknown[] }[] = [];
  for await (const r of readSheetRows(file, { limits: { maxRowGap: 2_000_000, maxRows: 2_000_000 } })) out.push(r);
  return out;
}

describe('createImportReport', () => {
  let tmp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => {
    tmp = await makeTempDir();
  });
  afterAll(() => tmp.cleanup());

  it('writes a row far below the last one in constant time (data in rows 2 and 30,000 took 29 s)', async () => {
    const file = path.join(tmp.dir, 'gap.xlsx');
    const report = createImportReport(file, LABELS);
    const started = performance.now();
    await report.header(1, [undefined, '姓名', '身份证号'], []);
    await report.row(2, [undefined, '甲', '1'], []);
    await report.row(30_000, [undefined, '乙', '2'], ['身份证号：位数不对']);
    await report.row(1_000_000, [undefined, '丙', '3'], []);
    await report.close();
    expect(performance.now() - started).toBeLessThan(2000);
    const rows = await rowsOf(file);
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 2, 30_000, 1_000_000]);
    expect(rows[2]?.values).toEqual([undefined, '乙', '2', '身份证号：位数不对']);
  });

  it('writes rich text and hyperlinks as their plain text, dates as dates, formulas as results', async () => {
    const file = path.join(tmp.dir, 'plain.xlsx');
    const report = createImportReport(file, LABELS);
    await report.header(1, [undefined, '入党时间', '身份证号', '转正时间', '组织'], []);
    const date = new Date(Date.UTC(2002, 6, 1));
    await report.row(
      2,
      [
        undefined,
        {
          richText: [
            { font: null, text: '2001-07-' },
            { font: { bold: true }, text: '01' },
          ],
        },
        { text: { richText: [{ text: '5201' }, { text: '02' }] }, hyperlink: 'x' },
        date,
        { formula: 'A1', result: '甲村' },
      ],
      [],
    );
    await report.close();
    const [, row] = await rowsOf(file);
    expect(row?.values).toEqual([undefined, '2001-07-01', '520102', date, '甲村', '通过']);
  });

  it('reuses the result column of an uploaded report and keeps the rows above the header', async () => {
    const file = path.join(tmp.dir, 'again.xlsx');
    const report = createImportReport(file, LABELS);
    await report.header(
      2,
      [undefined, '姓名', '导入结果', '身份证号'],
      [{ rowNumber: 1, values: [undefined, '花名册'] }],
    );
    await report.row(3, [undefined, '甲', '身份证号：旧的结果', '1'], ['身份证号：新的结果']);
    report.note('以下列未导入：学位');
    await report.close();
    const rows = await rowsOf(file);
    expect(rows.filter((r) => r.sheet === 1).map((r) => r.values)).toEqual([
      [undefined, '花名册'],
      [undefined, '姓名', '导入结果', '身份证号'],
      [undefined, '甲', '身份证号：新的结果', '1'],
    ]);
    expect(rows.filter((r) => r.sheet === 2).map((r) => r.values)).toEqual([[undefined, '以下列未导入：学位']]);
  });

  it('knows its result column in either language, and leaves it out of the unused columns', () => {
    expect(isResultHeader('导入结果')).toBe(true);
    expect(isResultHeader(' Result ')).toBe(true);
    expect(isResultHeader('结果')).toBe(false);
    expect(unusedColumns(['学位', '导入结果'])).toEqual(['学位']);
  });
});
