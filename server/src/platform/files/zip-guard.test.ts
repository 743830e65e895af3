import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkZipExpansion } from './zip-guard.ts';

describe('zip expansion guard', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'hongyun-zip-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('passes a real spreadsheet', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('党员').addRow(['姓名', '身份证号']);
    const file = path.join(dir, 'ok.xlsx');
    await book.xlsx.writeFile(file);
    await expect(checkZipExpansion(file)).resolves.toBeUndefined();
  });

  it('refuses a small zip that unpacks past the limit (a zip bomb), counting real bytes', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('党员').addRow(['姓名', ' '.repeat(8 * 1024 * 1024)]); // deflates ~1000:1
    const file = path.join(dir, 'bomb.xlsx');
    await book.xlsx.writeFile(file);
    const limits = { maxTotalBytes: 4 * 1024 * 1024, maxEntryBytes: 4 * 1024 * 1024, maxEntries: 10 };
    await expect(checkZipExpansion(file, limits)).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
  });

  it('refuses bytes that only start like a zip', async () => {
    const file = path.join(dir, 'fake.xlsx');
    await writeFile(file, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]));
    await expect(checkZipExpansion(file)).rejects.toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED' });
  });
});
