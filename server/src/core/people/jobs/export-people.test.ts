import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runJob } from '../../../platform/jobs/runner.ts';
import {
  createAccount,
  createOrg,
  createPerson,
  type OrgRow,
  type PersonRow,
  superSql,
  type TestAccount,
} from '../../../test/factories.ts';
import { useTestApp } from '../../../test/harness.ts';
import { accountChanged } from '../../auth/auth-changes.ts';

async function readSheet(buf: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buf as unknown as ArrayBuffer);
  const rows: string[][] = [];
  book.worksheets[0]?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
  });
  return rows;
}

describe('people export job', () => {
  const t = useTestApp();
  let county: OrgRow;
  let branchA: OrgRow;
  let branchB: OrgRow;
  let inA: PersonRow;
  let inB: PersonRow;
  let admin: TestAccount;
  let secretaryA: TestAccount;

  beforeAll(async () => {
    const s = t.app.services;
    county = await createOrg(s, { name: '导出测试县委' });
    branchA = await createOrg(s, { parent: county, name: '导出甲支部' });
    branchB = await createOrg(s, { parent: county, name: '导出乙支部' });
    inA = await createPerson(s, { org: branchA });
    await createPerson(s, { org: branchA });
    inB = await createPerson(s, { org: branchB });
    admin = await createAccount(s, { grants: [{ role: 'org_admin', org: county }] });
    secretaryA = await createAccount(s, { grants: [{ role: 'branch_secretary', org: branchA }] });
  });

  const exportAs = async (who: TestAccount, body: Record<string, unknown>) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/people/exports', headers: who.headers, payload: body });
    return res;
  };
  const finish = async (who: TestAccount, jobId: string) => {
    await runJob(t.app.services, jobId);
    const job = (await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}`, headers: who.headers })).json().data;
    expect(job.status).toBe('succeeded');
    const file = await t.app.inject({ method: 'GET', url: `/api/files/${job.result.fileId}`, headers: who.headers });
    expect(file.statusCode).toBe(200);
    return { job, rows: await readSheet(file.rawPayload) };
  };
  const plainId = async (p: PersonRow) => t.app.services.crypto.decrypt(p.idNumberEnc as string);

  it('401, 400, 404 for an org in another subtree, 403 for a member', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/people/exports', payload: {} })).statusCode).toBe(401);
    expect((await exportAs(admin, { partyStatus: 'nope' })).statusCode).toBe(400);
    const elsewhere = await createOrg(t.app.services, { name: '别处县委' });
    expect((await exportAs(secretaryA, { orgId: elsewhere.id })).statusCode).toBe(404);
    const member = await createAccount(t.app.services, { grants: [{ role: 'member', org: branchA }] });
    expect((await exportAs(member, {})).statusCode).toBe(403);
  });

  it('an org admin gets full ID numbers and phones of the whole subtree, audited', async () => {
    const res = await exportAs(admin, { orgId: county.id });
    expect(res.statusCode).toBe(202);
    const { job, rows } = await finish(admin, res.json().data.id);
    expect(rows[0]).toContain('身份证号');
    expect(rows).toHaveLength(4); // header + 3 people
    const idCol = rows[0]?.indexOf('身份证号') ?? -1;
    expect(rows.map((r) => r[idCol])).toContain(await plainId(inA));
    expect(job.result.maskedIdNumbers).toBe(0);
    const audit = await t.app.services.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'people.exported'`,
    );
    expect(audit.rows[0]?.n).toBeGreaterThan(0);
  });

  it('an export cannot be downloaded any more once the grant it was made with is revoked', async () => {
    const s = t.app.services;
    const temp = await createAccount(s, { grants: [{ role: 'org_admin', org: county }] });
    const jobId = (await exportAs(temp, { orgId: county.id })).json().data.id;
    const { job } = await finish(temp, jobId);
    await superSql(s, `update role_grants set revoked_at = now() where account_id = '${temp.id}'`);
    await accountChanged(s, temp.id); // as revoke-grant does: cached sessions drop the grant
    const res = await t.app.inject({ method: 'GET', url: `/api/files/${job.result.fileId}`, headers: temp.headers });
    expect(res.statusCode).toBe(404);
  });

  it('a branch secretary gets only their branch, with ID numbers masked and no birth dates', async () => {
    const res = await exportAs(secretaryA, {});
    const { rows } = await finish(secretaryA, res.json().data.id);
    expect(rows).toHaveLength(3); // header + the 2 people of branch A, none of branch B
    const header = rows[0] ?? [];
    const idCol = header.indexOf('身份证号');
    const birthCol = header.indexOf('出生日期');
    const text = rows.flat().join('|');
    expect(text).not.toContain(await plainId(inA));
    expect(text).not.toContain(inB.name);
    for (const r of rows.slice(1)) {
      expect(r[idCol]).toMatch(/^\*{14}[\dX]{4}$/);
      expect(r[birthCol]).toMatch(/^\d{4}$/);
    }
  });
});
