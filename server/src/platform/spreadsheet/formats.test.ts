import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createOrg, multipartFile, type TestAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { runJob } from '../jobs/runner.ts';
import { cellText } from './cells.ts';
import { decodeCsv, detectCsvEncoding } from './csv-text.ts';
import { sniffFormat } from './format.ts';
import { zip } from './hostile-fixtures.ts';
import { readSheetRows } from './sheet-reader.ts';

// One register saved by LibreOffice as .xlsx, .xls, .ods and .csv (UTF-8 and GB18030; see
// fixtures/README.md): each reads as the same rows, and imports with the same outcome. What is still
// refused says what it is.

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const FORMATS = [
  { file: 'register.xls', type: 'application/vnd.ms-excel' },
  { file: 'register.ods', type: 'application/vnd.oasis.opendocument.spreadsheet' },
  { file: 'register-utf8.csv', type: 'text/csv' },
  { file: 'register-gb18030.csv', type: 'text/csv' },
];

async function texts(file: string): Promise<(string | null)[][]> {
  const out: (string | null)[][] = [];
  for await (const r of readSheetRows(file)) out[r.rowNumber] = [...r.values].slice(1).map((v) => cellText(v));
  return out;
}

describe('spreadsheet formats', () => {
  const t = useTestApp();
  let admin: TestAccount;
  let orgId: number;
  beforeAll(async () => {
    const org = await createOrg(t.app.services, { name: '中山社区党支部' });
    orgId = org.id;
    admin = await createAccount(t.app.services, { grants: [{ role: 'org_admin', org }] });
  });

  const upload = async (content: Buffer, name: string) => {
    const body = multipartFile(content, name);
    return t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { ...admin.headers, ...body.headers },
      payload: body.payload,
    });
  };
  const check = async (fileId: string) => {
    const started = await t.app.inject({
      method: 'POST',
      url: '/api/people/imports',
      headers: admin.headers,
      payload: { fileId, orgId, dryRun: true },
    });
    expect(started.statusCode).toBe(202);
    await runJob(t.app.services, started.json().data.id);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/jobs/${started.json().data.id}`,
      headers: admin.headers,
    });
    return res.json().data;
  };

  it('.xls, .ods and .csv (UTF-8, GB18030) read as the same rows as the .xlsx they were saved from', async () => {
    const expected = await texts(fixture('register.xlsx'));
    expect(expected[3]).toEqual([
      '张三',
      '男',
      '520102197001010019',
      '1970-01-01',
      '13800138000',
      '中山社区党支部',
      '1995-07-01',
      '正式党员',
      '1',
    ]);
    for (const { file } of FORMATS)
      expect({ file, rows: await texts(fixture(file)) }).toEqual({ file, rows: expected });
  });

  it('every format uploads with its own type and checks like the .xlsx (an .ods is no longer "no header")', async () => {
    const xlsx = await upload(await readFile(fixture('register.xlsx')), '花名册.xlsx');
    expect(xlsx.statusCode).toBe(201);
    const reference = await check(xlsx.json().data.id);
    expect(reference).toMatchObject({ status: 'succeeded', result: { rows: 2 } });
    for (const { file, type } of FORMATS) {
      const res = await upload(await readFile(fixture(file)), file);
      expect({ file, status: res.statusCode }).toEqual({ file, status: 201 });
      expect(res.json().data.contentType).toBe(type);
      const job = await check(res.json().data.id);
      expect({ file, status: job.status, error: job.error }).toEqual({ file, status: 'succeeded', error: null });
      const { reportFileId: _a, ...result } = job.result;
      const { reportFileId: _b, ...same } = reference.result;
      expect({ file, result }).toEqual({ file, result: same });
    }
  }, 90_000); // ten reader workers, one per upload and per check

  it('a .csv in GB18030 is told from UTF-8 by its bytes', async () => {
    const gb = await readFile(fixture('register-gb18030.csv'));
    expect(detectCsvEncoding(gb)).toBe('gb18030');
    expect(detectCsvEncoding(await readFile(fixture('register-utf8.csv')))).toBe('utf-8');
    expect(decodeCsv(gb)).toContain('中山社区党支部党员花名册');
    expect(detectCsvEncoding(Buffer.from('\ufeff姓名', 'utf16le'))).toBe('utf-16le');
  });

  it('an .xls whose compound file names its root entry otherwise (SheetJS writes "R") is an .xls', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['姓名'], ['张三']]), '花名册');
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'hy-xls-')), 'other-writer.xls');
    await writeFile(file, XLSX.write(book, { bookType: 'biff8', type: 'buffer' }) as Buffer);
    expect(XLSX.CFB.read(await readFile(file), { type: 'buffer' }).FullPaths[0]).toBe('R/');
    expect(await sniffFormat(file, 'other-writer.xls')).toBe('xls');
  });

  it('what is still refused says what it is and what to do', async () => {
    const cfb = (streams: string[]) => {
      const c = XLSX.CFB.utils.cfb_new();
      for (const s of streams) XLSX.CFB.utils.cfb_add(c, `/${s}`, Buffer.alloc(600, 1));
      return Buffer.from(XLSX.CFB.write(c, { type: 'buffer' }) as Uint8Array);
    };
    const entry = (name: string) => ({ name, data: Buffer.from('<x/>') });
    const cases: [Buffer, string, string][] = [
      [Buffer.from('%PDF-1.7\n%âãÏÓ\n'), '花名册.pdf', 'FILE_IS_DOCUMENT'],
      [zip([entry('[Content_Types].xml'), entry('word/document.xml')]), '花名册.docx', 'FILE_IS_DOCUMENT'],
      [cfb(['WordDocument']), '花名册.doc', 'FILE_IS_DOCUMENT'],
      [zip([entry('[Content_Types].xml'), entry('xl/workbook.bin')]), '花名册.xlsb', 'FILE_IS_XLSB'],
      [zip([entry('Index/Document.iwa')]), '花名册.numbers', 'FILE_IS_NUMBERS'],
      [cfb(['EncryptionInfo', 'EncryptedPackage']), '花名册.xlsx', 'FILE_ENCRYPTED'],
      [Buffer.from('姓名,身份证号\n张三,1\n'), '花名册.txt', 'FILE_TYPE_NOT_ALLOWED'],
      [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), '花名册.xlsx', 'FILE_TYPE_NOT_ALLOWED'],
    ];
    for (const [content, name, code] of cases) {
      const res = await upload(content, name);
      expect({ name, code: res.json().error?.code }).toEqual({ name, code });
      expect(res.statusCode).toBe(415);
    }
    const pdf = await upload(Buffer.from('%PDF-1.7\n'), 'a.pdf');
    expect(pdf.json().error.message).toContain('PDF');
    const other = await upload(Buffer.from('hello'), 'a.txt');
    expect(other.json().error.message).toContain('.ods');
  });
});
