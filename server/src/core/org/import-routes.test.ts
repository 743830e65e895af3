import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createOrg, multipartFile, type OrgRow, type TestAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';

describe('organisation import routes', () => {
  const t = useTestApp();
  let county: OrgRow;
  let branch: OrgRow;
  let otherCounty: OrgRow;
  let admin: TestAccount;
  let secretary: TestAccount;
  let fileId: string;

  beforeAll(async () => {
    const s = t.app.services;
    county = await createOrg(s, { name: '中共路由县委员会' });
    branch = await createOrg(s, { parent: county, name: '路由村党支部' });
    otherCounty = await createOrg(s, { name: '中共他县委员会' });
    admin = await createAccount(s, { grants: [{ role: 'org_admin', org: county }] });
    secretary = await createAccount(s, { grants: [{ role: 'branch_secretary', org: branch }] });
    const book = new ExcelJS.Workbook();
    book.addWorksheet('党组织').addRow(['组织名称', '组织类别', '上级组织']);
    const body = multipartFile(Buffer.from(await book.xlsx.writeBuffer()), '党组织.xlsx');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { ...admin.headers, ...body.headers },
      payload: body.payload,
    });
    fileId = res.json().data.id;
  });

  const start = (payload: unknown, headers?: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/api/orgs/imports', headers, payload: payload as object });

  it('POST /api/orgs/imports: 401, 400, 404 for another subtree, 403 for a role that cannot create orgs, 202', async () => {
    expect((await start({ fileId, orgId: county.id })).statusCode).toBe(401);
    const bad = await start({ fileId: 'x', orgId: -1, extra: 1 }, admin.headers);
    expect(bad.statusCode).toBe(400);
    expect((await start({ fileId, orgId: otherCounty.id }, admin.headers)).statusCode).toBe(404);
    expect((await start({ fileId, orgId: 999_999_999 }, admin.headers)).statusCode).toBe(404);
    expect((await start({ fileId, orgId: branch.id }, secretary.headers)).statusCode).toBe(403);
    const ok = await start({ fileId, orgId: branch.id }, admin.headers);
    expect(ok.statusCode).toBe(202);
    expect(ok.json().data).toMatchObject({ kind: 'orgs.import', status: 'queued' });
    // Someone else's upload is not found, even for an admin over the same org.
    const other = await createAccount(t.app.services, { grants: [{ role: 'org_admin', org: county }] });
    expect((await start({ fileId, orgId: county.id }, other.headers)).statusCode).toBe(404);
  });

  it('GET /api/orgs/import-template: 401, 403 for a role that cannot create orgs, 200 with the template', async () => {
    expect((await t.app.inject({ url: '/api/orgs/import-template' })).statusCode).toBe(401);
    const refused = await t.app.inject({ url: '/api/orgs/import-template', headers: secretary.headers });
    expect(refused.statusCode).toBe(403);
    const res = await t.app.inject({ url: '/api/orgs/import-template', headers: admin.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]?.getCell('A1').value).toBe('组织名称*');
  });
});
