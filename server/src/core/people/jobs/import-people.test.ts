import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runJob } from '../../../platform/jobs/runner.ts';
import { jobs } from '../../../platform/jobs/schema.ts';
import {
  createAccount,
  createOrg,
  createPerson,
  makeIdNumber,
  multipartFile,
  type OrgRow,
  type TestAccount,
} from '../../../test/factories.ts';
import { useTestApp } from '../../../test/harness.ts';
import { matchHeaderRow } from '../import/columns.ts';
import { people } from '../schema.ts';

const HEADER = ['序号', '姓名', '身份证号', '手机号码', '入党时间', '党员类别', '所在党组织'];

async function xlsx(rows: unknown[][], title?: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('党员');
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

describe('people import job', () => {
  const t = useTestApp();
  let county: OrgRow;
  let branchA: OrgRow;
  let branchB: OrgRow;
  let otherBranch: OrgRow;
  let admin: TestAccount;

  beforeAll(async () => {
    const s = t.app.services;
    county = await createOrg(s, { name: '中共测试县委员会' });
    const town = await createOrg(s, { parent: county, name: '中共测试镇委员会', type: 'committee' });
    branchA = await createOrg(s, { parent: town, name: '甲村党支部' });
    branchB = await createOrg(s, { parent: town, name: '乙村党支部' });
    const elsewhere = await createOrg(s, { name: '中共别县委员会' });
    otherBranch = await createOrg(s, { parent: elsewhere, name: '丙村党支部' });
    admin = await createAccount(s, { grants: [{ role: 'org_admin', org: county }] });
  });

  const upload = async (buf: Buffer, who = admin) => {
    const body = multipartFile(buf, '花名册.xlsx');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { ...who.headers, ...body.headers },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(201);
    return res.json().data.id as string;
  };
  const start = async (fileId: string, dryRun: boolean, who = admin, orgId = county.id) =>
    t.app.inject({
      method: 'POST',
      url: '/api/people/imports',
      headers: who.headers,
      payload: { fileId, orgId, dryRun },
    });
  const runToEnd = async (jobId: string, who = admin) => {
    await runJob(t.app.services, jobId);
    const res = await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}`, headers: who.headers });
    expect(res.statusCode).toBe(200);
    return res.json().data;
  };
  const download = async (fileId: string) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/files/${fileId}`, headers: admin.headers });
    expect(res.statusCode).toBe(200);
    return readReport(res.rawPayload);
  };
  const countIn = async (org: OrgRow) =>
    (await t.app.services.db.select({ n: sql<number>`count(*)::int` }).from(people).where(eq(people.orgId, org.id)))[0]
      ?.n;

  it('401, 400, 404 for another subtree, 403 for a reader without import rights', async () => {
    const fileId = await upload(await xlsx([HEADER]));
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/people/imports', payload: { fileId, orgId: county.id } }))
        .statusCode,
    ).toBe(401);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/people/imports',
      headers: admin.headers,
      payload: { fileId: 'x', orgId: -1 },
    });
    expect(bad.statusCode).toBe(400);
    expect((await start(fileId, true, admin, otherBranch.id)).statusCode).toBe(404);
    const secretary = await createAccount(t.app.services, { grants: [{ role: 'branch_secretary', org: branchA }] });
    expect((await start(fileId, true, secretary, branchA.id)).statusCode).toBe(403);
  });

  it('GET /api/people/import-template: 401, 403 for a branch secretary, 200 in zh and en that reads back', async () => {
    expect((await t.app.inject({ url: '/api/people/import-template' })).statusCode).toBe(401);
    const secretary = await createAccount(t.app.services, { grants: [{ role: 'branch_secretary', org: branchA }] });
    expect((await t.app.inject({ url: '/api/people/import-template', headers: secretary.headers })).statusCode).toBe(
      403,
    );
    for (const lang of ['zh', 'en']) {
      const res = await t.app.inject({
        url: '/api/people/import-template',
        headers: { ...admin.headers, 'accept-language': lang },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
      const header = (await readReport(res.rawPayload))[1] ?? [];
      expect(matchHeaderRow([undefined, ...header])?.missingRequired).toEqual([]);
    }
  });

  it('a file with bad rows writes nothing and reports each bad row with its reason', async () => {
    const existing = await createPerson(t.app.services, { org: branchA });
    const good = makeIdNumber('520102', '19800101');
    const rows = [
      HEADER,
      [1, '张三', good, '13800001111', '2001-07-01', '正式党员', '甲村党支部'],
      [2, '李四', '520102198001011236', '13800001112', '2001-07-01', '正式党员', '甲村党支部'], // checksum
      [3, '王五', good, '13800001113', '2001-07-01', '正式党员', '乙村党支部'], // same ID as row 2 of data
      [4, '赵六', makeIdNumber('520102', '19750505'), '1380000', '2001-07-01', '正式党员', '乙村党支部'], // phone
      [5, '钱七', makeIdNumber('520102', '19700303'), '', '1998.07', '正式党员', '乙村党支部'], // month only
      [6, '孙八', makeIdNumber('520102', '19660606'), '', '2001-07-01', '正式党员', '丙村党支部'], // other county
      [7, '周九', await existingId(existing.id), '', '2001-07-01', '正式党员', '甲村党支部'],
      [8, '', makeIdNumber('520102', '19650101'), '', '2001-07-01', '正式党员', '甲村党支部'], // name missing
    ];
    const fileId = await upload(await xlsx(rows, '测试镇党员花名册'));
    const started = await start(fileId, false);
    expect(started.statusCode).toBe(202);
    const before = await countIn(branchB);
    const job = await runToEnd(started.json().data.id);
    expect(job.status).toBe('rejected'); // nothing written: not 'succeeded'
    expect(job.result.isWritten).toBe(false);
    expect(job.result.rows).toBe(8);
    expect(job.result.invalid).toBe(7);
    expect(job.result.written).toBe(0);
    expect(await countIn(branchB)).toBe(before);
    expect(job.result.problemsByCode).toMatchObject({
      'id_number.checksum': 1,
      'id_number.duplicate_in_file': 1,
      'phone.invalid': 1,
      'date.incomplete': 1,
      'org.unknown': 1,
      'id_number.exists': 1,
      'value.required': 1,
    });
    const report = await download(job.result.reportFileId);
    expect(report[1]?.[0]).toBe('测试镇党员花名册');
    expect(report[2]?.at(-1)).toBe('导入结果');
    expect(report[3]?.at(-1)).toBe('通过');
    expect(report[4]?.at(-1)).toContain('身份证号');
    expect(job.result.sampleProblems[0].column).toBe('身份证号');
    expect(report[5]?.at(-1)).toContain('同第 3 行');
    expect(report[6]?.at(-1)).toContain('手机');
    expect(report[8]?.at(-1)).toContain('所在党组织');
    expect(report[10]?.at(-1)).toContain('姓名');
  });

  it('a clean file: the dry run writes nothing, the real run writes every row once, audited', async () => {
    const rows: unknown[][] = [HEADER];
    for (let i = 0; i < 30; i++) {
      rows.push([
        i + 1,
        `测试${i}`,
        makeIdNumber('520102'),
        `1370000${String(i).padStart(4, '0')}`,
        '2010-05-04',
        '正式党员',
        i % 2 ? '甲村党支部' : '乙村党支部',
      ]);
    }
    const fileId = await upload(await xlsx(rows));
    const beforeA = await countIn(branchA);
    const dry = await runToEnd((await start(fileId, true)).json().data.id);
    expect(dry.result).toMatchObject({ dryRun: true, rows: 30, valid: 30, invalid: 0, written: 0, isWritten: false });
    expect(await countIn(branchA)).toBe(beforeA);
    const real = await runToEnd((await start(fileId, false)).json().data.id);
    expect(real.result).toMatchObject({ dryRun: false, rows: 30, written: 30, isWritten: true });
    expect(real.total).toBe(30); // the check run before it told the progress bar how many rows to expect
    expect(await countIn(branchA)).toBe((beforeA ?? 0) + 15);
    // Importing the same file again finds every ID already registered and writes nothing.
    const again = await runToEnd((await start(fileId, false)).json().data.id);
    expect(again.result).toMatchObject({ written: 0, invalid: 30, isWritten: false });
    const audit = await t.app.services.db.execute<{ action: string }>(
      sql`select action from audit_log where action like 'people.import%' order by seq`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['people.import_checked', 'people.imported', 'people.import_rejected']),
    );
    // Started on the web (the CLI says 'cli': cli/excel.test.ts).
    const sources = await t.app.services.db.execute<{ source: string }>(
      sql`select distinct details ->> 'source' as source from audit_log where action like 'people.import%'`,
    );
    expect(sources.rows).toEqual([{ source: 'web' }]);
  });

  it('office quirks end to end: numbers, date cells, full-width digits and spaces are stored normalised', async () => {
    const id = makeIdNumber('520102', '19770707');
    const fullWidth = id.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    const rows = [
      ['姓 名', '公民身份号码', '联系电话', '入党日期', '人员类别', '所在支部'],
      ['  刘　德 ', fullWidth, 13912345678, new Date(Date.UTC(2001, 6, 1)), '正式党员', ' 甲村党支部 '],
      ['陈二', 520102197001010000, '', '2001年7月1日', '预备党员', '甲村党支部'], // an ID Excel kept as a number
    ];
    const fileId = await upload(await xlsx(rows));
    const checked = await runToEnd((await start(fileId, false)).json().data.id);
    expect(checked.result.problemsByCode).toEqual({ 'id_number.rounded': 1 });
    expect(checked.result.written).toBe(0);
    const fixedId = await upload(await xlsx([rows[0] as unknown[], rows[1] as unknown[]]));
    const done = await runToEnd((await start(fixedId, false)).json().data.id);
    expect(done.result).toMatchObject({ written: 1, isWritten: true });
    const [row] = await t.app.services.db
      .select({ name: people.name, phoneEnc: people.phoneEnc, joinDate: people.joinDate, last4: people.idNumberLast4 })
      .from(people)
      .where(eq(people.name, '刘德'));
    expect(row).toMatchObject({ name: '刘德', joinDate: '2001-07-01', last4: id.slice(-4) });
    expect(t.app.services.crypto.decrypt(row?.phoneEnc as string)).toBe('13912345678');
  });

  it('a file without a header fails with a clear error; a job is private to its requester', async () => {
    const fileId = await upload(await xlsx([['随便写点什么'], ['没有表头']]));
    const started = (await start(fileId, true)).json().data;
    const job = await runToEnd(started.id);
    expect(job.status).toBe('failed');
    expect(job.error.code).toBe('IMPORT_HEADER_NOT_FOUND');
    const stranger = await createAccount(t.app.services, { grants: [{ role: 'org_admin', org: county }] });
    const res = await t.app.inject({ method: 'GET', url: `/api/jobs/${started.id}`, headers: stranger.headers });
    expect(res.statusCode).toBe(404);
  });

  it('an upload whose reader had to be stopped is refused at once when checked again, with the same message', async () => {
    const fileId = await upload(await xlsx([HEADER]));
    const first = (await start(fileId, true)).json().data;
    // As the job ends when its reader worker runs out of heap or time (hostile-sheets.test.ts).
    await t.app.services.db
      .update(jobs)
      .set({ status: 'failed', errorCode: 'SPREADSHEET_UNREADABLE', finishedAt: new Date() })
      .where(eq(jobs.id, first.id));
    const again = await start(fileId, true);
    expect(again.statusCode).toBe(422);
    expect(again.json().error).toMatchObject({ code: 'SPREADSHEET_UNREADABLE', details: { reason: 'earlier' } });
    expect(again.json().error.message).toContain('不再重试');
    // Another file of the same office is read as usual.
    expect((await start(await upload(await xlsx([HEADER])), true)).statusCode).toBe(202);
  });

  async function existingId(personId: string): Promise<string> {
    const [row] = await t.app.services.db
      .select({ enc: people.idNumberEnc })
      .from(people)
      .where(eq(people.id, personId));
    return t.app.services.crypto.decrypt(row?.enc as string);
  }
});
