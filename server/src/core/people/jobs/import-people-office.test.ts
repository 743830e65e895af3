// The member import with registers as offices keep them (issue 10, items 14–17 and 20): their own
// column names, several problems in one row, the everyday name of a branch, the report uploaded
// again unchanged, and a registration racing the write.
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkUploadQuota, recordFile, UploadQuota } from '../../../platform/files/records.ts';
import { storedFiles } from '../../../platform/files/schema.ts';
import { runJob } from '../../../platform/jobs/runner.ts';
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
import { people } from '../schema.ts';

type Book = { rows: unknown[][]; title?: string };

async function xlsx({ rows, title }: Book): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('党员');
  if (title) {
    sheet.addRow([title]);
    sheet.mergeCells(1, 1, 1, 6);
  }
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Every sheet of a workbook as rows of plain text (1-based row numbers, cells from column 1). */
async function sheetsOf(buf: Buffer): Promise<{ name: string; rows: string[][] }[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buf as unknown as ArrayBuffer);
  return book.worksheets.map((ws) => {
    const rows: string[][] = [];
    ws.eachRow((row, n) => {
      rows[n] = (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
    });
    return { name: ws.name, rows };
  });
}

// The names of a township register (see import/columns.ts for where they come from); 学位 is one the
// register does not keep.
const OFFICE_HEADER = [
  '序号',
  '姓名',
  '性别',
  '出生年月',
  '公民身份号码',
  '籍贯',
  '学位',
  '入党年月',
  '转正年月',
  '人员类别',
  '工作单位及职务',
  '家庭住址',
  '联系电话',
  '所在党支部',
];

describe('people import: registers as offices keep them', () => {
  const t = useTestApp();
  let county: OrgRow;
  let zhongshan: OrgRow;
  let admin: TestAccount;

  beforeAll(async () => {
    const s = t.app.services;
    county = await createOrg(s, { name: '中共办公县委员会' });
    const town = await createOrg(s, { parent: county, name: '中共办公镇委员会', type: 'committee' });
    zhongshan = await createOrg(s, { parent: town, name: '中共中山社区支部委员会' });
    await createOrg(s, { parent: town, name: '中共和平村支部委员会' });
    // Outside the importer's subtree: never suggested, however close its name.
    await createOrg(s, { parent: await createOrg(s, { name: '中共别处县委员会' }), name: '中共中山村支部委员会' });
    admin = await createAccount(s, { grants: [{ role: 'org_admin', org: county }] });
  });

  const upload = async (buf: Buffer, name = '花名册.xlsx') => {
    const body = multipartFile(buf, name);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { ...admin.headers, ...body.headers },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(201);
    return res.json().data.id as string;
  };
  const importFile = async (fileId: string, dryRun: boolean) => {
    const started = await t.app.inject({
      method: 'POST',
      url: '/api/people/imports',
      headers: admin.headers,
      payload: { fileId, orgId: county.id, dryRun },
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
  const download = async (fileId: string) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/files/${fileId}`, headers: admin.headers });
    expect(res.statusCode).toBe(200);
    return res.rawPayload;
  };

  it('reads the office column names, stores native place, work unit and address, names the unused column', async () => {
    const id = makeIdNumber('520102', '19800315');
    const rows = [
      OFFICE_HEADER,
      [
        1,
        '柳办公',
        '',
        '1980.03',
        id,
        '贵州遵义',
        '学士',
        '2001-07-01',
        '2002-07-01',
        '正式党员',
        '中山社区居委会 主任',
        '贵阳市云岩区中山路1号',
        '13900001111',
        '中共中山社区支部委员会',
      ],
    ];
    const job = await importFile(await upload(await xlsx({ rows })), false);
    expect(job.result).toMatchObject({ written: 1, isWritten: true, unknownColumns: ['学位'] });
    const [stored] = await t.app.services.db.select().from(people).where(eq(people.name, '柳办公'));
    expect(stored).toMatchObject({
      birthDate: '1980-03-15', // the month agrees with the ID number, which gives the day
      joinDate: '2001-07-01',
      fullMemberDate: '2002-07-01',
      partyStatus: 'full',
      nativePlace: '贵州遵义',
      workUnit: '中山社区居委会 主任',
    });
    // The address is personal data: stored only encrypted, in full only to those who see the phone.
    expect(stored?.addressEnc).not.toContain('中山路');
    const asAdmin = await t.app.inject({ url: `/api/people/${stored?.id}`, headers: admin.headers });
    expect(asAdmin.json().data.address).toBe('贵阳市云岩区中山路1号');
    const monitor = await createAccount(t.app.services, { grants: [{ role: 'monitor', org: county }] });
    const asMonitor = await t.app.inject({ url: `/api/people/${stored?.id}`, headers: monitor.headers });
    expect(asMonitor.statusCode).toBe(200);
    expect(asMonitor.json().data).toMatchObject({ address: '******', nativePlace: '贵州遵义' });
    // The unused column is named in the report too, not only in the job's JSON.
    const notes = (await sheetsOf(await download(job.result.reportFileId)))[1];
    expect(notes?.rows.flat()).toContain('以下列未导入：学位');
  });

  it('a member row without party status or join date fails (it was stored without them)', async () => {
    const rows = [
      OFFICE_HEADER,
      [1, '缺类别', '', '', makeIdNumber('520102'), '', '', '2001-07-01', '', '', '', '', '', '中共中山社区支部委员会'],
      [2, '缺入党', '', '', makeIdNumber('520102'), '', '', '', '', '预备党员', '', '', '', '中共中山社区支部委员会'],
    ];
    const job = await importFile(await upload(await xlsx({ rows })), false);
    expect(job.result).toMatchObject({ invalid: 2, written: 0, isWritten: false });
    expect(job.result.sampleProblems.map((p: { column: string }) => p.column)).toEqual(['人员类别', '入党年月']);
  });

  it('runs every check on every row and reports them together, with the name; suggests the formal name', async () => {
    // A male number (odd 17th digit), so that 女 contradicts it; a random one would be female half the time.
    const taken = await createPerson(t.app.services, {
      org: zhongshan,
      idNumber: makeIdNumber('520102', '19650101', 13),
    });
    const male = makeIdNumber('520102', '19700101', 11);
    const rows = [
      ['姓名', '性别', '身份证号', '手机号码', '入党时间', '党员类别', '所在党组织'],
      // Gender against the ID number and a bad phone, and still: organisation and register checked.
      ['多错甲', '女', taken.idNumberPlain, '12345', '2001-07-01', '正式党员', '中山社区党支部'],
      ['多错乙', '女', male, '', '2001-07-01', '正式党员', '中山村党支部'],
    ];
    const job = await importFile(await upload(await xlsx({ rows })), true);
    const byRow = (row: number) =>
      job.result.sampleProblems.filter((p: { row: number }) => p.row === row).map((p: { code: string }) => p.code);
    expect(byRow(2).sort()).toEqual([
      'gender.differs_from_id_number',
      'id_number.exists',
      'org.unknown',
      'phone.invalid',
    ]);
    expect(job.result.sampleProblems[0].name).toBe('多错甲');
    const orgProblem = job.result.sampleProblems.find(
      (p: { row: number; code: string }) => p.row === 2 && p.code === 'org.unknown',
    );
    expect(orgProblem.message).toContain('中共中山社区支部委员会'); // the everyday short form's formal name
    // 中山村 is only outside the importer's subtree: nothing about it leaks into the message.
    const outside = job.result.sampleProblems.find(
      (p: { row: number; code: string }) => p.row === 3 && p.code === 'org.unknown',
    );
    expect(outside.message).not.toContain('中山村支部委员会');
    expect(byRow(3)).toEqual(['gender.differs_from_id_number', 'org.unknown']);
  });

  it('the downloaded report uploaded unchanged: same result, one result column, title kept, rich text read', async () => {
    const rows = [
      ['序号', '姓名', '身份证号', '入党时间', '党员类别', '所在党组织'],
      // LibreOffice saves a cell typed in two styles as rich-text runs; it reads as the plain text.
      [
        1,
        '往返甲',
        makeIdNumber('520102'),
        { richText: [{ text: '2001-07-' }, { font: { bold: true }, text: '01' }] },
        '正式党员',
        '中共中山社区支部委员会',
      ],
      [2, '往返乙', '123', '2001-07-01', '正式党员', '中共中山社区支部委员会'],
    ];
    const first = await importFile(await upload(await xlsx({ rows, title: '中山社区党员花名册' })), true);
    expect(first.result).toMatchObject({ rows: 2, valid: 1, invalid: 1, unknownColumns: [] });
    const report = await download(first.result.reportFileId);
    const [sheet] = await sheetsOf(report);
    expect(sheet?.rows[1]?.[0]).toBe('中山社区党员花名册');
    expect(sheet?.rows[2]).toEqual(['序号', '姓名', '身份证号', '入党时间', '党员类别', '所在党组织', '导入结果']);
    expect(sheet?.rows[3]?.[3]).toBe('2001-07-01');

    const again = await importFile(await upload(report, '花名册-导入结果.xlsx'), true);
    expect(again.result).toMatchObject({ rows: 2, valid: 1, invalid: 1, unknownColumns: [] });
    const [second] = await sheetsOf(await download(again.result.reportFileId));
    expect(second?.rows[1]?.[0]).toBe('中山社区党员花名册');
    expect(second?.rows[2]).toEqual(sheet?.rows[2]); // replaced, not a second 导入结果 beside the first
    expect(second?.rows[3]).toEqual(sheet?.rows[3]);
    expect(second?.rows[4]?.at(-1)).toContain('身份证号');
    expect(second?.rows[4]).toHaveLength(7);
  });

  it('an upload stops counting against the quota once its import is written', async () => {
    const rows = [
      ['姓名', '身份证号', '入党时间', '党员类别', '所在党组织'],
      ['配额甲', makeIdNumber('520102'), '2001-07-01', '正式党员', '中共中山社区支部委员会'],
    ];
    const fileId = await upload(await xlsx({ rows }));
    // Fill the quota up to the last file with other live uploads of this account.
    const [mine] = await t.app.services.db
      .select({ n: sql<number>`count(*)::int` })
      .from(storedFiles)
      .where(
        sql`${storedFiles.ownerAccountId} = ${admin.id} and ${storedFiles.purpose} = 'import_upload'
            and ${storedFiles.consumedAt} is null`,
      );
    for (let i = mine?.n ?? 0; i < UploadQuota.files; i++) {
      await recordFile(t.app.services.db, {
        purpose: 'import_upload',
        displayName: `x${i}.xlsx`,
        storageKey: `quota-${i}`,
        contentType: 'application/octet-stream',
        sizeBytes: 1,
        sha256: '0',
        ownerAccountId: admin.id,
      });
    }
    await expect(checkUploadQuota(t.app.services.db, admin.id)).rejects.toMatchObject({
      code: 'FILE_QUOTA_EXCEEDED',
    });
    const job = await importFile(fileId, false);
    expect(job.result).toMatchObject({ written: 1, isWritten: true });
    await expect(checkUploadQuota(t.app.services.db, admin.id)).resolves.toBeUndefined();
  });

  it('a registration committing an ID number while the import writes it gives the row report, not INTERNAL', async () => {
    const s = t.app.services;
    const id = makeIdNumber('520102');
    const rows = [
      ['姓名', '身份证号', '入党时间', '党员类别', '所在党组织'],
      ['竞争甲', id, '2001-07-01', '正式党员', '中共中山社区支部委员会'],
      ['竞争乙', makeIdNumber('520102'), '2001-07-01', '正式党员', '中共中山社区支部委员会'],
    ];
    const fileId = await upload(await xlsx({ rows }));
    const started = await t.app.inject({
      method: 'POST',
      url: '/api/people/imports',
      headers: admin.headers,
      payload: { fileId, orgId: county.id, dryRun: false },
    });
    // A registration of the same number, inserted but not yet committed: the import's lookup does not
    // see it, its COPY waits on the unique index, and fails once the registration commits.
    const other = new pg.Client({ connectionString: t.url });
    await other.connect();
    try {
      await other.query('begin');
      await other.query(
        `insert into people (name, gender, id_number_enc, id_number_hash, id_number_last4, org_id, org_path)
         values ('抢先', 'M', $1, $2, $3, $4, $5)`,
        [s.crypto.active.encrypt(id), s.crypto.active.lookupHash(id), id.slice(-4), zhongshan.id, zhongshan.path],
      );
      const running = runJob(s, started.json().data.id);
      let isCopyWaiting = false;
      for (let i = 0; i < 200 && !isCopyWaiting; i++) {
        const waiting = await s.pool.query(
          `select 1 from pg_stat_activity where wait_event_type = 'Lock' and query ilike 'copy%people%'`,
        );
        isCopyWaiting = (waiting.rowCount ?? 0) > 0;
        if (!isCopyWaiting) await new Promise((r) => setTimeout(r, 50));
      }
      expect(isCopyWaiting).toBe(true); // the race really happened
      await other.query('commit');
      const job = await running;
      expect(job?.status).toBe('rejected'); // nothing written because a row failed (item 19)
      expect(job?.result).toMatchObject({
        written: 0,
        isWritten: false,
        invalid: 1,
        problemsByCode: { 'id_number.exists': 1 },
      });
    } finally {
      await other.end();
    }
    const [n] = await s.db.select({ n: sql<number>`count(*)::int` }).from(people).where(eq(people.name, '竞争乙'));
    expect(n?.n).toBe(0);
  });
});
