import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runJob } from '../../../platform/jobs/runner.ts';
import { createAccount, createOrg, createPerson, type OrgRow, type TestAccount } from '../../../test/factories.ts';
import { useTestApp } from '../../../test/harness.ts';
import { rebuildOrgDays, studyDay } from '../dashboard-fixtures.ts';

async function readSheet(buf: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buf as unknown as ArrayBuffer);
  const rows: string[][] = [];
  book.worksheets[0]?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
  });
  return rows;
}

describe('learning exports', () => {
  const t = useTestApp();
  let town: OrgRow;
  let villageA: OrgRow;
  let villageB: OrgRow;
  let otherTown: OrgRow;
  let admin: TestAccount;
  let neverName = '';

  beforeAll(async () => {
    const s = t.app.services;
    const county = await createOrg(s, { name: '导出统计县委' });
    town = await createOrg(s, { parent: county, name: '导出甲镇' });
    villageA = await createOrg(s, { parent: town, name: '导出一村' });
    villageB = await createOrg(s, { parent: town, name: '导出二村' });
    otherTown = await createOrg(s, { parent: county, name: '导出乙镇' });
    admin = await createAccount(s, { grants: [{ role: 'party_office', org: town }] });
    const a = await createPerson(s, { org: villageA });
    await createPerson(s, { org: villageA });
    const b = await createPerson(s, { org: villageB });
    neverName = (await createPerson(s, { org: villageB })).name;
    for (const day of ['2026-09-28', '2026-09-29', '2026-09-30']) {
      await studyDay(s, a, day, { dailyCompleted: true, answers: 5, correct: 5, points: 5 });
    }
    await studyDay(s, b, '2026-09-28', { dailyCompleted: true, answers: 5, correct: 4 });
    await rebuildOrgDays(s);
  });

  const start = (who: TestAccount, org: OrgRow, payload: object) =>
    t.app.inject({ method: 'POST', url: `/api/orgs/${org.id}/learning/exports`, headers: who.headers, payload });
  const finish = async (jobId: string) => {
    await runJob(t.app.services, jobId);
    const job = (await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}`, headers: admin.headers })).json().data;
    expect(job.status, JSON.stringify(job)).toBe('succeeded');
    const file = await t.app.inject({ method: 'GET', url: `/api/files/${job.result.fileId}`, headers: admin.headers });
    expect(file.statusCode).toBe(200);
    return { job, rows: await readSheet(file.rawPayload) };
  };

  it('writes the child-org table of the period, ranked, with a total row that matches the screen', async () => {
    const res = await start(admin, town, { kind: 'dashboard', from: '2026-09-28', to: '2026-09-30' });
    expect(res.statusCode, res.body).toBe(202);
    const { job, rows } = await finish(res.json().data.id);
    const screen = (
      await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${town.id}/learning/dashboard?from=2026-09-28&to=2026-09-30`,
        headers: admin.headers,
      })
    ).json().data;
    expect(rows[0]?.slice(0, 4)).toEqual(['排名', '组织', '党员数', '参与率(%)']);
    // Village A: 3 of 2 × 3 completed (50 %), village B: 1 of 6 (16.7 %).
    expect(rows[1]?.slice(0, 3)).toEqual(['1', '导出一村', '2']);
    expect(rows[1]?.[4]).toBe('50');
    expect(rows[2]?.slice(0, 2)).toEqual(['2', '导出二村']);
    expect(rows[2]?.[4]).toBe('16.7');
    expect(rows[3]?.slice(1, 3)).toEqual(['合计', String(screen.totals.members)]);
    expect(Number(rows[3]?.[4])).toBeCloseTo(Math.round(screen.totals.answerRate * 1000) / 10, 5);
    expect(job.result.rows).toBe(2);
    const audit = await t.app.services.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'learning.dashboard_exported' and org_id = ${town.id}`,
    );
    expect(audit.rows[0]?.n).toBe(1);
  });

  it('writes the whole not-studied list with the same rows as the screen', async () => {
    const res = await start(admin, town, { kind: 'inactive', workdays: 2 });
    expect(res.statusCode).toBe(202);
    const { rows } = await finish(res.json().data.id);
    const screen = (
      await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${town.id}/learning/inactive?workdays=2&pageSize=200`,
        headers: admin.headers,
      })
    ).json();
    expect(rows[0]).toEqual(['姓名', '所在党组织', '职务', '手机号码', '最近学习日期']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(screen.data.map((p: { name: string }) => p.name));
    expect(rows.slice(1).find((r) => r[0] === neverName)?.[4]).toBe('从未学习');
    expect(rows).toHaveLength(1 + 4);
  });

  it("refuses another township's org like a missing one, and a bad body", async () => {
    const foreign = await start(admin, otherTown, { kind: 'inactive' });
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/orgs/2000000000/learning/exports',
      headers: admin.headers,
      payload: { kind: 'inactive' },
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    for (const payload of [{ kind: 'nope' }, { kind: 'dashboard', from: '2026-10-02', to: '2026-10-01' }, {}]) {
      expect((await start(admin, town, payload)).statusCode, JSON.stringify(payload)).toBe(400);
    }
  });
});
