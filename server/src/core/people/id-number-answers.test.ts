import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runJob } from '../../platform/jobs/runner.ts';
import { createAccount, createOrg, createPerson, makeIdNumber, multipartFile } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { OUTSIDE_ID_ANSWERS_PER_DAY, PROBE_SIGNAL_AT } from './id-number-answers.ts';

// Issue 10, item 5: whether an ID number is registered anywhere in the city is an oracle. Outside
// the caller's organisations it is answered without saying where, a limited number of times a day,
// and a run of such answers raises a signal the security administrator sees on the account.
describe('ID numbers registered outside the caller subtree', () => {
  const t = useTestApp();
  const s = () => t.app.services;
  const q = async (text: string, values: unknown[] = []) => (await s().pool.query(text, values)).rows;

  async function world() {
    const city = await createOrg(s(), { name: '中共测试市委员会' });
    const town = await createOrg(s(), { parent: city, type: 'committee', name: '中共甲镇委员会' });
    const branch = await createOrg(s(), { parent: town, name: '甲村党支部' });
    const otherTown = await createOrg(s(), { parent: city, type: 'committee', name: '中共乙镇保密委员会' });
    const outsider = await createPerson(s(), { org: await createOrg(s(), { parent: otherTown }) });
    const insider = await createPerson(s(), { org: branch });
    const clerk = await createAccount(s(), { grants: [{ role: 'org_admin', org: town }] });
    const security = await createAccount(s(), { grants: [{ role: 'security_admin', org: city }] });
    return { town, branch, otherTown, outsider, insider, clerk, security };
  }
  type World = Awaited<ReturnType<typeof world>>;
  const register = (w: World, idNumber: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/people',
      headers: w.clerk.headers,
      payload: { name: '新登记党员', idNumber, orgId: w.branch.id },
    });

  it('says "registered outside your organisations" without naming where; inside, the plain duplicate', async () => {
    const w = await world();
    const outside = await register(w, w.outsider.idNumberPlain);
    expect(outside.statusCode).toBe(409);
    expect(outside.json().error).toMatchObject({
      code: 'DUPLICATE_ID_NUMBER_OUTSIDE',
      message: '该身份证号已在您管辖范围以外的组织登记，请联系上级党组织核实',
    });
    expect(outside.body).not.toContain('乙镇');
    expect(outside.body).not.toContain(String(w.otherTown.id));
    expect((await register(w, w.insider.idNumberPlain)).json().error.code).toBe('DUPLICATE_ID_NUMBER');
    expect((await register(w, makeIdNumber())).statusCode).toBe(201);
  });

  it('counts and audits an outside answer also when the refused write carried an Idempotency-Key', async () => {
    // With a key the write runs in the key's transaction, which rolls back with the 409: the count
    // and the audit row must be written outside it, or a key header would lift the daily cap.
    const w = await world();
    for (let i = 0; i < 3; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/people',
        headers: { ...w.clerk.headers, 'idempotency-key': `probe-key-${i}-abcdef` },
        payload: { name: '新登记党员', idNumber: w.outsider.idNumberPlain, orgId: w.branch.id },
      });
      expect(res.json().error.code).toBe('DUPLICATE_ID_NUMBER_OUTSIDE');
    }
    const [count] = await q(`select count from login_throttles where key = $1`, [`id-outside:${w.clerk.id}`]);
    expect(count?.count).toBe(3);
    const audits = await q(
      `select count(*)::int as n from audit_log where actor_account_id = $1 and outcome = 'failure'`,
      [w.clerk.id],
    );
    expect(audits[0]?.n).toBeGreaterThanOrEqual(3);
  });

  it('caps outside answers per account per day (then 429 for any number) and signals the security admin', async () => {
    const w = await world();
    const answered: number[] = [];
    for (let i = 0; i < PROBE_SIGNAL_AT; i++) answered.push((await register(w, w.outsider.idNumberPlain)).statusCode);
    expect(answered).toEqual(Array(PROBE_SIGNAL_AT).fill(409));
    const signals = await q(
      `select actor_account_id, target_id, details from audit_log where action = 'people.id_probe_suspected'`,
    );
    expect(signals).toEqual([
      {
        actor_account_id: w.clerk.id,
        target_id: w.clerk.id,
        details: { count: PROBE_SIGNAL_AT, source: 'register', windowHours: 24 },
      },
    ]);
    // The security admin sees it on the account; the clerk's own view does not carry it.
    const seen = await t.app.inject({ url: `/api/accounts/${w.clerk.id}`, headers: w.security.headers });
    expect(seen.json().data.securityAlert).toMatchObject({ kind: 'id_probe' });
    const list = await t.app.inject({ url: '/api/accounts?pageSize=100', headers: w.security.headers });
    const row = list.json().data.find((a: { id: string }) => a.id === w.clerk.id);
    expect(row.securityAlert).toMatchObject({ kind: 'id_probe' });
    const own = await t.app.inject({ url: `/api/accounts/${w.clerk.id}`, headers: w.clerk.headers });
    expect(own.json().data.securityAlert).toBeNull();
    // The console's notice: only the flagged accounts, and only for the security admin.
    const flagged = await t.app.inject({ url: '/api/accounts?securityAlert=id_probe', headers: w.security.headers });
    expect(flagged.json().data.map((a: { id: string }) => a.id)).toEqual([w.clerk.id]);
    expect(flagged.json().total).toBe(1);
    const asClerk = await t.app.inject({ url: '/api/accounts?securityAlert=id_probe', headers: w.clerk.headers });
    expect(asClerk.json().total).toBe(0);

    for (let i = PROBE_SIGNAL_AT; i < OUTSIDE_ID_ANSWERS_PER_DAY; i++) await register(w, w.outsider.idNumberPlain);
    const capped = await register(w, w.outsider.idNumberPlain);
    expect(capped.statusCode).toBe(429);
    expect(capped.json().error.code).toBe('ID_NUMBER_ANSWERS_EXHAUSTED');
    expect(Number(capped.headers['retry-after'])).toBeGreaterThan(23 * 3600);
    // Past the cap a free number is refused the same way, so the refusal tells nothing either.
    const free = await register(w, makeIdNumber());
    expect({ status: free.statusCode, code: free.json().error.code }).toEqual({
      status: 429,
      code: 'ID_NUMBER_ANSWERS_EXHAUSTED',
    });
    expect(await q(`select 1 from audit_log where action = 'people.id_probe_suspected'`)).toHaveLength(1);
    // Another account is not affected.
    const other = await createAccount(s(), { grants: [{ role: 'org_admin', org: w.town }] });
    const fresh = await t.app.inject({
      method: 'POST',
      url: '/api/people',
      headers: other.headers,
      payload: { name: '另一位党员', idNumber: makeIdNumber(), orgId: w.branch.id },
    });
    expect(fresh.statusCode).toBe(201);
  });

  it('a dry-run import answers outside numbers the same way and counts them against the cap', async () => {
    const w = await world();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('党员');
    sheet.addRow(['姓名', '身份证号', '入党时间', '党员类别', '所在党组织']);
    sheet.addRow(['张外', w.outsider.idNumberPlain, '2001-07-01', '正式党员', '甲村党支部']);
    sheet.addRow(['李内', w.insider.idNumberPlain, '2001-07-01', '正式党员', '甲村党支部']);
    const file = multipartFile(Buffer.from(await book.xlsx.writeBuffer()), '花名册.xlsx');
    const up = await t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { ...w.clerk.headers, ...file.headers },
      payload: file.payload,
    });
    const start = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/people/imports',
        headers: w.clerk.headers,
        payload: { fileId: up.json().data.id, orgId: w.town.id, dryRun: true },
      });
    const job = async () => {
      const id = (await start()).json().data.id;
      await runJob(s(), id);
      return (await t.app.inject({ url: `/api/jobs/${id}`, headers: w.clerk.headers })).json().data;
    };
    const first = await job();
    expect(first.result.problemsByCode).toMatchObject({ 'id_number.exists_outside': 1, 'id_number.exists': 1 });
    expect(JSON.stringify(first.result)).not.toContain('乙镇');
    const [counter] = await q(`select count from login_throttles where key = $1`, [`id-outside:${w.clerk.id}`]);
    expect(counter?.count).toBe(1);
    // With the day's answers spent, the check is refused as a whole.
    await q(`update login_throttles set count = $1 where key = $2`, [
      OUTSIDE_ID_ANSWERS_PER_DAY,
      `id-outside:${w.clerk.id}`,
    ]);
    const refused = await job();
    expect(refused.status).toBe('failed');
    expect(JSON.stringify(refused)).toContain('ID_NUMBER_ANSWERS_EXHAUSTED');
  });
});
