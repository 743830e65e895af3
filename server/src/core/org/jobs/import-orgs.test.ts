import { and, eq, like, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/schema.ts';
import { events } from '../../../platform/events/table.ts';
import { runJob } from '../../../platform/jobs/runner.ts';
import { createAccount, createOrg, multipartFile, type OrgRow, type TestAccount } from '../../../test/factories.ts';
import { useTestApp } from '../../../test/harness.ts';
import { buildOrgTemplate } from '../import/template.ts';
import { seedRegions } from '../regions-seed.ts';
import { orgs } from '../schema.ts';

const HEADER = ['序号', '组织名称', '简称', '组织类别', '上级组织', '行政区划代码', '联系电话', '经度', '纬度'];

async function xlsx(rows: unknown[][], title?: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('党组织');
  if (title) sheet.addRow([title]);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function readReport(buf: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buf as unknown as ArrayBuffer);
  const out: string[][] = [];
  book.worksheets[0]?.eachRow((row, n) => {
    out[n] = (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
  });
  return out;
}

describe('organisation import job', () => {
  const t = useTestApp();
  let county: OrgRow;
  let admin: TestAccount;

  beforeAll(async () => {
    const s = t.app.services;
    await seedRegions(s.db);
    county = await createOrg(s, { name: '中共测试县委员会', regionCode: '520102000000' });
    const town = await createOrg(s, { parent: county, name: '中共老镇委员会', type: 'committee' });
    const branch = await createOrg(s, { parent: town, name: '老村党支部' });
    await createOrg(s, { parent: branch, name: '第一党小组', type: 'group' });
    const gone = await createOrg(s, { parent: town, name: '已撤销党支部' });
    await s.db.update(orgs).set({ isDissolved: true }).where(eq(orgs.id, gone.id));
    const elsewhere = await createOrg(s, { name: '中共别县委员会' });
    await createOrg(s, { parent: elsewhere, name: '别镇党委', type: 'committee' });
    admin = await createAccount(s, { grants: [{ role: 'org_admin', org: county }] });
  });

  const upload = async (buf: Buffer) => {
    const body = multipartFile(buf, '党组织.xlsx');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { ...admin.headers, ...body.headers },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(201);
    return res.json().data.id as string;
  };
  const run = async (fileId: string, dryRun: boolean) => {
    const started = await t.app.inject({
      method: 'POST',
      url: '/api/orgs/imports',
      headers: admin.headers,
      payload: { fileId, orgId: county.id, dryRun },
    });
    expect(started.statusCode).toBe(202);
    const jobId = started.json().data.id as string;
    await runJob(t.app.services, jobId);
    const res = await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}`, headers: admin.headers });
    return res.json().data;
  };
  const download = async (fileId: string) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/files/${fileId}`, headers: admin.headers });
    expect(res.statusCode).toBe(200);
    return readReport(res.rawPayload);
  };
  const subtreeSize = async () =>
    (
      await t.app.services.db
        .select({ n: sql<number>`count(*)::int` })
        .from(orgs)
        .where(like(orgs.path, `${county.path}%`))
    )[0]?.n;
  const byName = async (name: string) =>
    (await t.app.services.db.select().from(orgs).where(eq(orgs.name, name)))[0] as OrgRow;

  it('a file with bad rows writes nothing and reports each bad row with its reason', async () => {
    const rows = [
      HEADER,
      [1, '中共新镇委员会', '新镇党委', '党委', '中共测试县委员会', '520102016000', '0851-12345678', 106.7, 26.5],
      [2, '新镇甲村党支部', '', '党支部', '新镇党委'], // parent by the short name of the row above: fine
      [3, '新镇甲村党支部', '', '党支部', '中共新镇委员会'], // same name under the same parent as row 3
      [4, '老村党支部', '', '党支部', '中共老镇委员会'], // already in the register under that parent
      [5, '小组下的支部', '', '党支部', '第一党小组'], // a group has no children
      [6, '别处支部', '', '党支部', '别镇党委'], // another county: reads as unknown
      [7, '乙村党支部', '', '党校', '中共新镇委员会'], // not a type
      [8, '丙村党支部', '', '党支部', '中共新镇委员会', '999999999999'], // no such region
      [9, '丁村党支部', '', '党支部', '中共新镇委员会', '', '12345'], // not a phone
      [10, '戊村党支部', '', '党支部', '中共新镇委员会', '', '', 26.5, 106.7], // lng/lat swapped
      [11, '', '', '党支部', '中共新镇委员会'], // name missing
      [12, '己村党支部', '', '党支部', '已撤销党支部'], // dissolved parent
    ];
    const before = await subtreeSize();
    const job = await run(await upload(await xlsx(rows, '测试县党组织信息表')), false);
    expect(job.status).toBe('rejected'); // nothing written: not 'succeeded'
    expect(job.result).toMatchObject({ isWritten: false, rows: 12, valid: 2, invalid: 10, written: 0 });
    expect(await subtreeSize()).toBe(before);
    expect(job.result.problemsByCode).toEqual({
      'org.duplicate_name_in_file': 1,
      'org.duplicate_name': 1,
      'org.parent_is_group': 1,
      'org.parent_unknown': 1,
      'org.type_unknown': 1,
      'region.unknown': 1,
      'contact_phone.invalid': 1,
      'coordinates.swapped': 1,
      'value.required': 1,
      'org.dissolved': 1,
    });
    const report = await download(job.result.reportFileId);
    expect(report[1]?.[0]).toBe('测试县党组织信息表');
    expect(report[2]?.at(-1)).toBe('导入结果');
    expect(report[3]?.at(-1)).toBe('通过');
    expect(report[4]?.at(-1)).toBe('通过');
    expect(report[5]?.at(-1)).toContain('同第 4 行');
    expect(report[6]?.at(-1)).toContain('已有同名组织');
    expect(report[7]?.at(-1)).toContain('党小组下不能');
    expect(report[8]?.at(-1)).toContain('上级组织：找不到上级组织');
    expect(report[9]?.at(-1)).toContain('组织类别');
    expect(report[10]?.at(-1)).toContain('行政区划代码');
    expect(report[11]?.at(-1)).toContain('联系电话');
    expect(report[12]?.at(-1)).toContain('填反');
    expect(report[13]?.at(-1)).toContain('组织名称');
    expect(report[14]?.at(-1)).toContain('已撤销');
    const rejected = await t.app.services.db
      .select({ outcome: auditLog.outcome })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'orgs.import_rejected'), eq(auditLog.targetId, job.id)));
    expect(rejected).toEqual([{ outcome: 'failure' }]);
  });

  it('a township tree, parents named by earlier rows: the dry run writes nothing, the real run writes all', async () => {
    const rows = [
      HEADER,
      [1, '中共青山镇委员会', '青山镇党委', '党委', '中共测试县委员会', '520102016000', '0851-12345678', 106.71, 26.57],
      [2, '青山镇甲村党支部', '甲村党支部', '党支部', '中共青山镇委员会', '新华路街道', '13800001111'],
      [3, '青山镇乙村党支部', '', '党支部', '青山镇党委', '', '', '', ''],
      [4, '甲村第一党小组', '', '党小组', '中共测试县委员会/青山镇党委/甲村党支部'],
    ];
    const fileId = await upload(await xlsx(rows));
    const before = await subtreeSize();
    const dry = await run(fileId, true);
    expect(dry.result).toMatchObject({ dryRun: true, rows: 4, valid: 4, invalid: 0, written: 0, isWritten: false });
    expect(await subtreeSize()).toBe(before);

    const real = await run(fileId, false);
    expect(real.result).toMatchObject({ dryRun: false, rows: 4, valid: 4, written: 4, isWritten: true });
    expect(await subtreeSize()).toBe((before ?? 0) + 4);
    const town = await byName('中共青山镇委员会');
    const branch = await byName('青山镇甲村党支部');
    const group = await byName('甲村第一党小组');
    expect(town).toMatchObject({ parentId: county.id, type: 'committee', shortName: '青山镇党委', lng: 106.71 });
    expect(town.contactPhone).toBe('0851-12345678');
    expect(branch).toMatchObject({ parentId: town.id, regionCode: '520102016000', contactPhone: '13800001111' });
    expect(group).toMatchObject({ parentId: branch.id, type: 'group', path: `${branch.path}${group.id}/` });
    expect((await byName('青山镇乙村党支部')).parentId).toBe(town.id);

    // One audit row for the import (per-org audit off), one event per org plus one for the import.
    const audits = await t.app.services.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(sql`${auditLog.action} in ('orgs.imported', 'orgs.import_checked', 'org.created')`);
    expect(audits.map((a) => a.action).sort()).toEqual(['orgs.import_checked', 'orgs.imported']);
    const created = await t.app.services.db
      .select({ n: sql<number>`count(*)::int` })
      .from(events)
      .where(and(eq(events.type, 'org.org.created'), like(events.orgPath, `${town.path}%`)));
    expect(created[0]?.n).toBe(4);
    const imported = await t.app.services.db.select().from(events).where(eq(events.type, 'org.org.imported'));
    expect(imported).toHaveLength(1);
    expect(imported[0]?.data).toMatchObject({ count: 4 });

    // The same file again: every name is now taken under its parent, nothing is written.
    const again = await run(fileId, false);
    expect(again.result).toMatchObject({ isWritten: false, written: 0, invalid: 4 });
    expect(again.result.problemsByCode).toEqual({ 'org.duplicate_name': 4 });
    expect(await subtreeSize()).toBe((before ?? 0) + 4);
  });

  it('the template, filled in, imports cleanly', async () => {
    const book = buildOrgTemplate('zh');
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    ws.getRow(2).values = [
      '中共模板镇委员会',
      '模板镇党委',
      '党委',
      '中共测试县委员会',
      '',
      '520102017000',
      '0851-87654321',
      '某路 1 号',
      106.7,
      26.6,
      1,
    ];
    ws.getRow(3).values = ['模板村党支部', '', '党支部', '', 0, '', '', '', '', '', 2];
    const town = await byName('中共老镇委员会');
    ws.getRow(3).getCell(5).value = town.id; // parent by its number in the platform
    const job = await run(await upload(Buffer.from(await book.xlsx.writeBuffer())), true);
    expect(job.result).toMatchObject({ rows: 2, valid: 2, invalid: 0, unknownColumns: [] });
  });

  it('a file without a header fails with a clear error', async () => {
    const job = await run(await upload(await xlsx([['随便写点什么'], ['没有表头']])), true);
    expect(job.status).toBe('failed');
    expect(job.error.code).toBe('IMPORT_HEADER_NOT_FOUND');
  });
});
