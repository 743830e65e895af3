import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../core/people/import/fixtures.ts';
import { auditLog } from '../../../platform/audit/schema.ts';
import { runJob } from '../../../platform/jobs/runner.ts';
import { createAccount, createOrg, multipartFile, type OrgRow, type TestAccount } from '../../../test/factories.ts';
import { useTestApp } from '../../../test/harness.ts';
import { matchQuestionHeader } from '../import/columns.ts';
import { isAnswerCorrect, loadQuestions } from '../index.ts';
import { questions } from '../schema.ts';

const HEADER = ['题型', '题干', '选项A', '选项B', '选项C', '选项D', '答案', '解析', '分类', '标签', '难度', '出处'];
// One of each type, each right: the same rows make the .xlsx and (through LibreOffice) the .ods.
const GOOD = [
  [
    '单选',
    '党的最高领导机关是（  ）。',
    '全国代表大会和中央委员会',
    '中央政治局',
    '',
    '',
    'A',
    '党章第十条',
    '党章',
    '组织制度',
    '易',
    '党章',
  ],
  [
    '多选题',
    '党员的义务包括（  ）。',
    '学习',
    '执行路线',
    '享有表决权',
    '联系群众',
    'A,B,D',
    '',
    '党章',
    '义务、党员',
    '2',
    '党章',
  ],
  ['判断', '预备党员的预备期为一年。', '', '', '', '', '正确', '', '党章', '', '难', '党章'],
  [
    '填空',
    '党的根本宗旨是全心全意为（  ）服务，党的最高理想是实现（  ）。',
    '',
    '',
    '',
    '',
    '人民｜人民群众；共产主义',
    '',
    '党史',
    '',
    '',
    '准则',
  ],
];

async function xlsx(rows: unknown[][], title?: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('题目');
  if (title) sheet.addRow([title]);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}
async function readSheet(buf: Buffer, n = 0): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buf as unknown as ArrayBuffer);
  const out: string[][] = [];
  book.worksheets[n]?.eachRow((row, i) => {
    out[i] = (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
  });
  return out;
}

describe('question import', () => {
  const t = useTestApp();
  let county: OrgRow;
  let town: OrgRow;
  let elsewhere: OrgRow;
  let office: TestAccount;
  let tmp: Awaited<ReturnType<typeof makeTempDir>>;

  beforeAll(async () => {
    const s = t.app.services;
    county = await createOrg(s, { name: '中共题库县委员会' });
    town = await createOrg(s, { parent: county, name: '中共题库镇委员会', type: 'committee' });
    elsewhere = await createOrg(s, { name: '中共别处县委员会' });
    office = await createAccount(s, { grants: [{ role: 'party_office', org: county }] });
    tmp = await makeTempDir('hongyun-qimp-');
  });
  afterAll(async () => tmp.cleanup());

  const upload = async (buf: Buffer, name = '题目.xlsx', who = office) => {
    const body = multipartFile(buf, name);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { ...who.headers, ...body.headers },
      payload: body.payload,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().data.id as string;
  };
  const start = (fileId: string, dryRun: boolean, orgId = town.id, who = office, key?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/questions/imports',
      headers: { ...who.headers, ...(key ? { 'idempotency-key': key } : {}) },
      payload: { fileId, orgId, dryRun },
    });
  const runToEnd = async (res: { statusCode: number; body: string; json: () => { data: { id: string } } }) => {
    expect(res.statusCode, res.body).toBe(202);
    const id = res.json().data.id;
    await runJob(t.app.services, id);
    return (await t.app.inject({ url: `/api/jobs/${id}`, headers: office.headers })).json().data;
  };
  const countAt = async (org: OrgRow) =>
    (
      await t.app.services.db
        .select({ n: sql<number>`count(*)::int` })
        .from(questions)
        .where(eq(questions.orgId, org.id))
    )[0]?.n;

  it('401 without a session, 400 for a bad body, 404 for another subtree, 403 for a member', async () => {
    const fileId = await upload(await xlsx([HEADER, ...GOOD]));
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/questions/imports', payload: { fileId, orgId: town.id } }))
        .statusCode,
    ).toBe(401);
    expect((await t.app.inject({ url: '/api/questions/import-template' })).statusCode).toBe(401);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/questions/imports',
      headers: office.headers,
      payload: { fileId: 'x', orgId: -1 },
    });
    expect(bad.statusCode).toBe(400);
    expect((await start(fileId, true, elsewhere.id)).statusCode).toBe(404);
    const member = await createAccount(t.app.services, { grants: [{ role: 'branch_secretary', org: town }] });
    expect((await start(fileId, true, town.id, member)).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/questions/import-template', headers: member.headers })).statusCode).toBe(
      403,
    );
  });

  it('the template has the Chinese header, examples that pass the check, and an instructions sheet', async () => {
    const res = await t.app.inject({
      url: '/api/questions/import-template',
      headers: { ...office.headers, 'accept-language': 'zh' },
    });
    expect(res.statusCode).toBe(200);
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('题库导入模板.xlsx');
    const rows = await readSheet(res.rawPayload);
    expect(rows[1]?.slice(0, 3)).toEqual(['题型*', '题干*', '选项A']);
    expect(matchQuestionHeader([undefined, ...(rows[1] ?? [])])?.missingRequired).toEqual([]);
    expect((await readSheet(res.rawPayload, 1)).flat().join('')).toContain('填写要求');
    // Its example rows are marked as such: left in the file untouched, the import finds nothing to import.
    expect(rows.slice(2, 6).map((r) => r[1]?.slice(0, 4))).toEqual(['【示例】', '【示例】', '【示例】', '【示例】']);
    const untouched = await t.app.inject({
      method: 'POST',
      url: '/api/questions/imports',
      headers: office.headers,
      payload: { fileId: await upload(res.rawPayload, '模板.xlsx'), orgId: county.id, dryRun: true },
    });
    expect(untouched.statusCode).toBe(202);
    await runJob(t.app.services, untouched.json().data.id);
    const failed = (
      await t.app.inject({ url: `/api/jobs/${untouched.json().data.id}`, headers: office.headers })
    ).json().data;
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'IMPORT_ONLY_EXAMPLES' } });
    // Without the marker, the examples are valid questions (copying them gets a row right).
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    for (let r = 2; r <= 5; r++) ws.getCell(r, 2).value = String(ws.getCell(r, 2).value).replace('【示例】', '');
    const clean = await runToEnd(
      await start(await upload(Buffer.from(await book.xlsx.writeBuffer()), '模板.xlsx'), true, county.id),
    );
    expect(clean.result).toMatchObject({ rows: 4, valid: 4, invalid: 0, skipped: 0 });
  });

  it("skips the template's example rows left in the file, reported as skipped, never written", async () => {
    const res = await t.app.inject({
      url: '/api/questions/import-template',
      headers: { ...office.headers, 'accept-language': 'zh' },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    // The office adds two questions of its own below the examples, one of them retyping the marker.
    ws.addRow(['判断', '模板示例之后的自己的题目。', '', '', '', '', '', '', '正确', '', '党章', '', '易', '']);
    ws.addRow(['判断', '示例性的做法值得推广。', '', '', '', '', '', '', '正确', '', '党章', '', '易', '']);
    ws.addRow(['判断', '[示例] 重新输入的示例标记。', '', '', '', '', '', '', '也许', '', '党章', '', '易', '']);
    const fileId = await upload(Buffer.from(await book.xlsx.writeBuffer()), '模板加题.xlsx');
    const own = await createOrg(t.app.services, { parent: county }); // a bank of its own: later tests read the county's
    const check = await runToEnd(await start(fileId, true, own.id));
    expect(check.status, JSON.stringify(check.error)).toBe('succeeded');
    expect(check.result).toMatchObject({ rows: 2, valid: 2, invalid: 0, skipped: 5, exampleRows: [2, 3, 4, 5, 8] });
    expect(check.result.sampleProblems).toEqual([]);
    const report = await readSheet(
      (await t.app.inject({ url: `/api/files/${check.result.reportFileId}`, headers: office.headers })).rawPayload,
    );
    for (const n of [2, 3, 4, 5, 8]) expect(report[n]?.at(-1)).toContain('已跳过：模板示例行');
    expect(report[6]?.at(-1)).toBe('通过');
    expect(report[7]?.at(-1)).toBe('通过');
    const before = await countAt(own);
    const job = await runToEnd(await start(fileId, false, own.id));
    expect(job.status).toBe('succeeded');
    expect(job.result).toMatchObject({ isWritten: true, written: 2, skipped: 5 });
    expect(await countAt(own)).toBe((before ?? 0) + 2);
    const stems = await t.app.services.db
      .select({ stem: questions.stem })
      .from(questions)
      .where(eq(questions.orgId, own.id));
    expect(stems.filter((r) => r.stem.includes('示例】') || r.stem.includes('[示例]'))).toEqual([]);
    expect(stems.map((r) => r.stem)).toEqual(expect.arrayContaining(['示例性的做法值得推广。']));
  });

  it('reports every kind of bad row by row, column and reason, and a failed import writes nothing', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/questions',
      headers: office.headers,
      payload: { orgId: town.id, type: 'judge', stem: '党员必须履行义务。', answer: ['true'], category: '党章' },
    });
    const rows = [
      HEADER,
      ...GOOD, // rows 2–5: fine
      ['问答', '什么是党？', '', '', '', '', '略', '', '党章', '', '', ''], // 6 bad type
      ['单选', '', '甲', '乙', '', '', 'A', '', '党章', '', '', ''], // 7 missing stem
      ['单选', '下列哪个正确？', '甲', '乙', '', '', 'C', '', '党章', '', '', ''], // 8 answer not among options
      ['判断', '预备党员的预备期为一年。', '', '', '', '', '对', '', '党章', '', '', ''], // 9 same stem as row 4
      ['判断', '党员 必须履行义务。', '', '', '', '', '对', '', '党章', '', '', ''], // 10 already in the bank
      ['判断', '党员有表决权。', '', '', '', '', '也许', '', '党章', '', '', ''], // 11 judge answer
      ['填空', '没有空位的填空题。', '', '', '', '', '答案', '', '党章', '', '', ''], // 12 no blank
      ['多选', '哪些是义务？', '甲', '乙', '', '丁', 'AB', '', '党章', '', '', ''], // 13 option gap
      ['单选', '难度写错的题？', '甲', '乙', '', '', 'A', '', '', '', '很难', ''], // 14 no category, bad difficulty
    ];
    const before = await countAt(town);
    const fileId = await upload(await xlsx(rows, '测试镇知识竞赛题'));
    const check = await runToEnd(await start(fileId, true));
    expect(check.status).toBe('succeeded');
    expect(await countAt(town)).toBe(before); // a dry run writes nothing
    const job = await runToEnd(await start(fileId, false));
    expect(job.status).toBe('rejected');
    expect(job.result).toMatchObject({ isWritten: false, rows: 13, valid: 4, invalid: 9, written: 0 });
    expect(await countAt(town)).toBe(before);
    expect(job.result.problemsByCode).toMatchObject({
      'question_import.type_unknown': 1,
      'value.required': 2,
      'question_import.answer_not_option': 1,
      'question_import.duplicate_in_file': 1,
      'question_import.duplicate_in_bank': 1,
      'question_import.judge_answer': 1,
      'question.stem_no_blank': 1,
      'question_import.options_gap': 1,
      'question_import.difficulty_unknown': 1,
    });
    const byRow = (n: number) => job.result.sampleProblems.filter((p: { row: number }) => p.row === n);
    // Row numbers count the office's title row, as the sheet does.
    expect(byRow(7)[0]).toMatchObject({ column: '题型', message: '题型：题型应为 单选、多选、判断 或 填空' });
    expect(byRow(9)[0]).toMatchObject({ column: '答案', message: '答案：答案中的字母没有对应的选项内容（C）' });
    expect(byRow(10)[0].message).toBe('题干：题干与本文件中前面的一行重复（同第 5 行）');
    expect(byRow(11)[0]).toMatchObject({ code: 'question_import.duplicate_in_bank', name: '党员 必须履行义务。' });
    expect(
      byRow(15)
        .map((p: { column: string }) => p.column)
        .sort(),
    ).toEqual(['分类', '难度']);
    // The report: every row at its own number, the result column red where it failed.
    const report = await t.app.inject({ url: `/api/files/${job.result.reportFileId}`, headers: office.headers });
    const sheet = await readSheet(report.rawPayload);
    expect(sheet[1]?.[0]).toBe('测试镇知识竞赛题');
    expect(sheet[2]?.at(-1)).toBe('导入结果');
    expect(sheet[3]?.at(-1)).toBe('通过');
    expect(sheet[8]?.at(-1)).toContain('题干：必填项不能为空');
    const audits = await t.app.services.db.select().from(auditLog).where(eq(auditLog.targetId, job.id));
    expect(audits.map((a) => a.action)).toEqual(['questions.import_rejected']);
  });

  it('a clean import writes every type into the bank, scoreable, with its event, audit and new categories', async () => {
    const fileId = await upload(await xlsx([HEADER, ...GOOD.map((r) => r.map((c) => (c === '党史' ? '党 史' : c)))]));
    await t.app.inject({
      method: 'POST',
      url: '/api/questions',
      headers: office.headers,
      payload: { orgId: county.id, type: 'judge', stem: '县里已有分类党史的题。', answer: ['true'], category: '党史' },
    });
    const check = await runToEnd(await start(fileId, true, county.id));
    // Known categories: 党史 at the county itself, 党章 in the town's bank below it (its members meet both).
    expect(check.result.newCategories).toEqual([]);
    const first = await start(fileId, false, county.id, office, 'write-once');
    const job = await runToEnd(first);
    expect(job.status).toBe('succeeded');
    expect(job.result).toMatchObject({ isWritten: true, written: 4 });
    // The same start again with its key replays the same job (the idempotent start).
    const again = await start(fileId, false, county.id, office, 'write-once');
    expect(again.json().data.id).toBe(job.id);
    const rows = await t.app.services.db.select().from(questions).where(eq(questions.orgId, county.id));
    const byType = new Map(rows.map((r) => [r.type, r]));
    expect(byType.get('fill')?.category).toBe('党史'); // '党 史' took the bank's spelling
    const loaded = await loadQuestions(
      t.app.services.db,
      rows.map((r) => r.id),
    );
    const q = (type: string) => loaded.find((r) => r.type === type && r.stem !== '县里已有分类党史的题。');
    expect(isAnswerCorrect(q('single')!, ['A'])).toBe(true);
    expect(isAnswerCorrect(q('multiple')!, ['D', 'B', 'A'])).toBe(true);
    expect(isAnswerCorrect(q('multiple')!, ['A', 'B'])).toBe(false);
    expect(isAnswerCorrect(q('judge')!, ['true'])).toBe(true);
    expect(isAnswerCorrect(q('fill')!, ['人民群众', '共产主义'])).toBe(true);
    expect(q('multiple')).toMatchObject({ tags: ['义务', '党员'], difficulty: 2, source: '党章' });
    expect(q('judge')?.difficulty).toBe(3);
    const found = await t.app.services.db.execute(sql`select type, data from events where subject_id = ${job.id}`);
    expect(found.rows).toMatchObject([{ type: 'question.bank.imported', data: { count: 4 } }]);
    const audits = await t.app.services.db.select().from(auditLog).where(eq(auditLog.targetId, job.id));
    expect(audits.map((a) => a.action)).toEqual(['questions.imported']);
  });

  it('lists a category the bank does not have as new, and reads an .ods made by LibreOffice the same', async () => {
    const rows = [HEADER, ...GOOD.map((r) => [r[0], `ODS ${r[1]}`, ...r.slice(2, 8), '新分类', ...r.slice(9)])];
    const src = path.join(tmp.dir, 'questions.xlsx');
    await writeFile(src, await xlsx(rows));
    await promisify(execFile)(
      'soffice',
      [`-env:UserInstallation=file://${tmp.dir}/lo`, '--headless', '--convert-to', 'ods', '--outdir', tmp.dir, src],
      { timeout: 120_000 },
    );
    const ods = await readFile(path.join(tmp.dir, 'questions.ods'));
    const job = await runToEnd(await start(await upload(ods, '题目.ods'), false));
    expect(job.status).toBe('succeeded');
    expect(job.result).toMatchObject({ rows: 4, written: 4, newCategories: ['新分类'] });
    const fill = (await t.app.services.db.select().from(questions).where(eq(questions.orgId, town.id))).find(
      (r) => r.type === 'fill' && r.stem.startsWith('ODS'),
    );
    expect(fill?.answer).toEqual(['人民|人民群众', '共产主义']);
  }, 150_000);
});
