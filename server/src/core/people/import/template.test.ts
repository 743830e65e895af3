import { createWriteStream } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ColumnKeys, findHeader, type HeaderMatch, PeopleColumns } from './columns.ts';
import { FIXTURE_IDS, makeTempDir, readXlsxRows, writeXlsx } from './fixtures.ts';
import { readPersonRow } from './read-person-row.ts';
import { TEMPLATE_ROWS, type TemplateLang, templateHeader, templateLists, writePeopleTemplate } from './template.ts';

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  tmp = await makeTempDir();
});
afterAll(() => tmp.cleanup());

async function writeTemplateFile(lang: TemplateLang): Promise<string> {
  const file = path.join(tmp.dir, `template-${lang}.xlsx`);
  const out = createWriteStream(file);
  await writePeopleTemplate(out, lang);
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return file;
}

describe.each(['zh', 'en'] as const)('writePeopleTemplate (%s)', (lang) => {
  let file: string;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    file = await writeTemplateFile(lang);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
  });

  it('has a header the importer recognises completely', async () => {
    const rows = await readXlsxRows(file);
    const found = findHeader(rows.map((r) => r.values));
    expect(found?.rowIndex).toBe(0);
    expect(found?.header.unknown).toEqual([]);
    expect(found?.header.missingRequired).toEqual([]);
    expect([...(found?.header.columns.values() ?? [])]).toEqual([...ColumnKeys]);
  });

  it('marks required headers and names the sheets', () => {
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.name).toBe(lang === 'zh' ? '党员信息' : 'Members');
    expect(ws.getCell('A1').value).toBe(lang === 'zh' ? '姓名*' : 'Name*');
    expect(ws.getCell('B1').value).toBe(lang === 'zh' ? '身份证号*' : 'ID number*');
    expect(ws.getCell('C1').value).toBe(lang === 'zh' ? '性别' : 'Gender');
    expect(wb.worksheets[1]?.name).toBe(lang === 'zh' ? '填写说明' : 'Instructions');
    // The instructions sheet lists every column.
    const listed = wb.worksheets[1]?.getColumn(1).values.slice(2, 2 + PeopleColumns.length);
    expect(listed).toEqual(PeopleColumns.map((c) => templateHeader(c, lang)));
  });

  it('formats the ID, phone and date columns as text', () => {
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    PeopleColumns.forEach((c, i) => {
      const isText = c.kind === 'idNumber' || c.kind === 'phone' || c.kind === 'date';
      expect(ws.getColumn(i + 1).numFmt, c.key).toBe(isText ? '@' : undefined);
    });
  });

  it('has dropdowns for the closed lists down to the last template row', () => {
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    const lists = templateLists(lang);
    PeopleColumns.forEach((c, i) => {
      const list = lists[c.key];
      const top = ws.getCell(2, i + 1).dataValidation;
      const bottom = ws.getCell(TEMPLATE_ROWS + 1, i + 1).dataValidation;
      if (!list) {
        expect(top, c.key).toBeUndefined();
        return;
      }
      expect(top?.type, c.key).toBe('list');
      expect(top?.formulae, c.key).toEqual([`"${list.join(',')}"`]);
      expect(bottom?.type, c.key).toBe('list');
      expect(ws.getCell(TEMPLATE_ROWS + 2, i + 1).dataValidation, c.key).toBeUndefined();
      // Excel refuses a list formula longer than 255 characters.
      expect(list.join(',').length + 2).toBeLessThanOrEqual(255);
    });
  });

  it('every dropdown value imports', async () => {
    const header = findHeader((await readXlsxRows(file)).map((r) => r.values))?.header as HeaderMatch;
    const indexOf = (key: string) => [...header.columns].find(([, k]) => k === key)?.[0] as number;
    for (const [key, list] of Object.entries(templateLists(lang))) {
      for (const value of list) {
        const values: unknown[] = [];
        values[indexOf('name')] = '张三';
        values[indexOf('idNumber')] = FIXTURE_IDS.male1970;
        values[indexOf('orgName')] = 'XX村党支部';
        values[indexOf('partyStatus')] = '正式党员';
        values[indexOf(key)] = value;
        // A non-member (群众) has no join date; a member must have one.
        const isNonMember = key === 'partyStatus' && (value === '群众' || value === 'non-member');
        if (!isNonMember) values[indexOf('joinDate')] = '2000-07-01';
        const r = readPersonRow(values, header, '2026-06-30');
        // Gender must agree with the (male) ID number; the female value is read, then disagrees.
        const expected = key === 'gender' && (value === '女' || value === 'F') ? ['gender.differs_from_id_number'] : [];
        expect(
          r.problems.map((p) => p.code),
          `${key}=${value}`,
        ).toEqual(expected);
      }
    }
  });

  it('a filled-in copy of the template imports', async () => {
    // What an office does: keep the header, type rows below it, as text where the template says so.
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    const headerTexts = PeopleColumns.map((_, i) => ws.getCell(1, i + 1).value);
    const filled = path.join(tmp.dir, `filled-${lang}.xlsx`);
    const data = PeopleColumns.map(
      (c) =>
        ({
          name: '李四',
          idNumber: FIXTURE_IDS.female1985,
          orgName: '一支部',
          joinDate: '2010-07-01',
          partyStatus: '预备党员',
        })[c.key as 'name'],
    );
    await writeXlsx(filled, [headerTexts, data], { textColumns: [2, 6] });
    const rows = await readXlsxRows(filled);
    const found = findHeader(rows.map((r) => r.values));
    const r = readPersonRow(rows[1]?.values ?? [], found?.header as HeaderMatch, '2026-06-30');
    expect(r.problems).toEqual([]);
    expect(r.row).toMatchObject({
      name: '李四',
      idNumber: FIXTURE_IDS.female1985,
      gender: 'F',
      org: { name: '一支部' },
    });
  });
});

it('does not end the stream it is given', async () => {
  const file = path.join(tmp.dir, 'open.xlsx');
  const out = createWriteStream(file);
  await writePeopleTemplate(out, 'zh');
  expect(out.writableEnded).toBe(false);
  out.end();
});
