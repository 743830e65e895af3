import { chmod, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createImportReport } from '../spreadsheet/report-writer.ts';
import { readOrCreateSecret } from './private.ts';
import { createFileStorage } from './storage.ts';

// Uploads, reports and exports hold full ID numbers: only our own OS user may read them.
const modeOf = async (p: string) => (await stat(p)).mode & 0o777;

describe('file storage keeps files private', () => {
  let base: string;
  let previousUmask: number;
  beforeEach(async () => {
    // The usual umask (022) would make new files 0644 and folders 0755: the storage must not rely on it.
    previousUmask = process.umask(0o022);
    base = await mkdtemp(path.join(os.tmpdir(), 'hongyun-storage-'));
  });
  afterEach(async () => {
    process.umask(previousUmask);
    await rm(base, { recursive: true, force: true });
  });

  it('saves uploads 0600 in 0700 folders, the storage root included', async () => {
    const files = createFileStorage(path.join(base, 'files'));
    const key = files.newKey('xlsx');
    await files.save(key, Readable.from([Buffer.from('身份证号 110101199003071234')]));
    expect(await modeOf(files.pathOf(key))).toBe(0o600);
    expect(await modeOf(path.dirname(files.pathOf(key)))).toBe(0o700);
    expect(await modeOf(path.dirname(path.dirname(files.pathOf(key))))).toBe(0o700);
    expect(await modeOf(files.root)).toBe(0o700);
  });

  it('creates report and export files 0600 for writers that open the path themselves', async () => {
    const files = createFileStorage(path.join(base, 'files'));
    const exportKey = files.newKey('xlsx');
    const exportPath = await files.prepare(exportKey);
    expect(await modeOf(exportPath)).toBe(0o600);
    expect(await modeOf(path.dirname(exportPath))).toBe(0o700);

    const reportPath = path.join(base, 'files', '2030', '01', 'report.xlsx');
    const report = createImportReport(reportPath, { sheet: '结果', result: '结果', ok: '通过' });
    await report.header(1, ['姓名', '公民身份号码'], []);
    await report.row(2, ['张三', '110101199003071234'], []);
    await report.close();
    expect(await modeOf(reportPath)).toBe(0o600);
    expect(await modeOf(path.dirname(reportPath))).toBe(0o700);
  });

  it('tightens a tree written by an older version (0755 folders, 0644 files) on first use', async () => {
    const root = path.join(base, 'files');
    await mkdir(path.join(root, '2026', '11'), { recursive: true, mode: 0o755 });
    const old = path.join(root, '2026', '11', 'old.xlsx');
    await writeFile(old, 'x', { mode: 0o644 });
    await chmod(root, 0o755);
    const files = createFileStorage(root);
    await files.save(files.newKey('csv'), Readable.from([Buffer.from('a')]));
    expect(await modeOf(old)).toBe(0o600);
    expect(await modeOf(path.join(root, '2026', '11'))).toBe(0o700);
    expect(await modeOf(path.join(root, '2026'))).toBe(0o700);
    expect(await modeOf(root)).toBe(0o700);
  });

  it('keeps generated secrets 0600 in a 0700 folder and tightens a readable one', async () => {
    const file = path.join(base, 'keys', 'secret');
    const value = await readOrCreateSecret(file, () => 'abc');
    expect(value).toBe('abc');
    expect(await modeOf(file)).toBe(0o600);
    expect(await modeOf(path.dirname(file))).toBe(0o700);
    await chmod(file, 0o644);
    expect(await readOrCreateSecret(file, () => 'other')).toBe('abc');
    expect(await modeOf(file)).toBe(0o600);
  });
});
