import { createWriteStream } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, readXlsxRows } from '../../people/import/fixtures.ts';
import { matchOrgHeaderRow, OrgColumnKeys, OrgColumns } from './columns.ts';
import { OrgTypeValues } from './read-org-row.ts';
import { orgTemplateHeader, type TemplateLang, TYPE_LIST, writeOrgTemplate } from './template.ts';

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  tmp = await makeTempDir();
});
afterAll(() => tmp.cleanup());

async function writeTemplateFile(lang: TemplateLang): Promise<string> {
  const file = path.join(tmp.dir, `org-template-${lang}.xlsx`);
  const out = createWriteStream(file);
  await writeOrgTemplate(out, lang);
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return file;
}

describe.each(['zh', 'en'] as const)('writeOrgTemplate (%s)', (lang) => {
  let file: string;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    file = await writeTemplateFile(lang);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
  });

  it('has a header the importer recognises completely, read through the streaming reader', async () => {
    const rows = await readXlsxRows(file);
    const header = matchOrgHeaderRow(rows[0]?.values ?? []);
    expect(header?.unknown).toEqual([]);
    expect(header?.missingRequired).toEqual([]);
    expect([...(header?.columns.values() ?? [])]).toEqual([...OrgColumnKeys]);
  });

  it('marks required headers, formats digits as text, offers types the reader accepts', () => {
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.getCell('A1').value).toBe(lang === 'zh' ? '组织名称*' : 'Organisation name*');
    OrgColumns.forEach((c, i) => {
      const isText = c.kind === 'region' || c.kind === 'phone';
      expect(ws.getColumn(i + 1).numFmt, c.key).toBe(isText ? '@' : undefined);
    });
    for (const t of TYPE_LIST[lang]) expect(OrgTypeValues.get(t.replace(/\s/g, '').toLowerCase()), t).toBeTruthy();
    const listed = wb.worksheets[1]?.getColumn(1).values.slice(2, 2 + OrgColumns.length);
    expect(listed).toEqual(OrgColumns.map((c) => orgTemplateHeader(c, lang)));
  });
});
