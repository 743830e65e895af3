import { describe, expect, it } from 'vitest';
import { createAccount, createOrg } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { createAccountRecord, grantRole } from './index.ts';
import { login, q } from './test-helpers.ts';

describe('role grants', () => {
  const t = useTestApp();
  const s = () => t.app.services;

  async function world() {
    const city = await createOrg(s());
    const townA = await createOrg(s(), { parent: city, type: 'committee' });
    const townB = await createOrg(s(), { parent: city, type: 'committee' });
    const branchA = await createOrg(s(), { parent: townA });
    const secA = await createAccount(s(), { grants: [{ role: 'security_admin', org: townA }] });
    const orgAdminA = await createAccount(s(), { grants: [{ role: 'org_admin', org: townA }] });
    const sysAdmin = await createAccount(s(), { grants: [{ role: 'system_admin', org: city }] });
    const user = await createAccount(s(), { grants: [{ role: 'member', org: branchA }] });
    return { city, townA, townB, branchA, secA, orgAdminA, sysAdmin, user };
  }
  const grant = (headers: Record<string, string> | undefined, payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/grants', headers, payload });

  it('POST /api/grants: 401, 400, 404 at another township, role limits, success', async () => {
    const w = await world();
    expect((await grant(undefined, { accountId: w.user.id, role: 'tutor', orgId: w.branchA.id })).statusCode).toBe(401);
    const bad = await grant(w.secA.headers, { accountId: 'x', role: 'king', orgId: -1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['body.accountId', 'body.role', 'body.orgId']),
    );
    // A township security admin cannot grant at another township.
    const elsewhere = await grant(w.secA.headers, { accountId: w.user.id, role: 'tutor', orgId: w.townB.id });
    expect(elsewhere.statusCode).toBe(404);
    // Never the admin roles to themselves.
    const selfGrant = await grant(w.secA.headers, { accountId: w.secA.id, role: 'audit_admin', orgId: w.townA.id });
    expect(selfGrant.statusCode).toBe(403);
    // The system admin runs the system but grants nothing.
    expect(
      (await grant(w.sysAdmin.headers, { accountId: w.user.id, role: 'tutor', orgId: w.branchA.id })).statusCode,
    ).toBe(403);
    // An org admin grants everyday roles only.
    expect(
      (await grant(w.orgAdminA.headers, { accountId: w.user.id, role: 'security_admin', orgId: w.branchA.id }))
        .statusCode,
    ).toBe(403);
    const ok = await grant(w.orgAdminA.headers, {
      accountId: w.user.id,
      role: 'branch_secretary',
      orgId: w.branchA.id,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().data).toMatchObject({
      role: 'branch_secretary',
      orgId: w.branchA.id,
      abilities: { canRevoke: true },
    });
    expect(
      (await grant(w.orgAdminA.headers, { accountId: w.user.id, role: 'branch_secretary', orgId: w.branchA.id }))
        .statusCode,
    ).toBe(409);
    // Administrator roles only strictly below the security admin's org.
    const sameOrg = await grant(w.secA.headers, { accountId: w.user.id, role: 'audit_admin', orgId: w.townA.id });
    expect(sameOrg.statusCode).toBe(403);
    const sec = await grant(w.secA.headers, { accountId: w.user.id, role: 'audit_admin', orgId: w.branchA.id });
    expect(sec.statusCode).toBe(200);
    const audit = await q(t, `select details from audit_log where action = 'grants.granted' and target_id = $1`, [
      w.user.id,
    ]);
    expect(audit.map((r) => (r.details as { role: string }).role).sort()).toEqual(['audit_admin', 'branch_secretary']);
  });

  it('GET /api/accounts/:id/grants and DELETE /api/grants/:id', async () => {
    const w = await world();
    const url = `/api/accounts/${w.user.id}/grants`;
    expect((await t.app.inject(url)).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/accounts/x/grants', headers: w.secA.headers })).statusCode).toBe(400);
    const outsider = await createAccount(s(), { grants: [{ role: 'security_admin', org: w.townB }] });
    expect((await t.app.inject({ url, headers: outsider.headers })).statusCode).toBe(404);
    const list = await t.app.inject({ url, headers: w.secA.headers });
    expect(list.statusCode).toBe(200);
    const [g] = list.json().data;
    expect(g).toMatchObject({ role: 'member', orgName: w.branchA.name, orgPath: w.branchA.path });
    // The account itself may read its own grants.
    expect((await t.app.inject({ url, headers: w.user.headers })).statusCode).toBe(200);

    expect((await t.app.inject({ method: 'DELETE', url: `/api/grants/${g.id}` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/grants/x', headers: w.secA.headers })).statusCode).toBe(
      400,
    );
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/grants/${g.id}`, headers: outsider.headers })).statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/grants/${g.id}`, headers: w.sysAdmin.headers })).statusCode,
    ).toBe(403);
    const del = await t.app.inject({ method: 'DELETE', url: `/api/grants/${g.id}`, headers: w.secA.headers });
    expect(del.statusCode).toBe(200);
    expect(del.json().data.revokedAt).not.toBeNull();
    expect((await t.app.inject({ url: '/api/me', headers: w.user.headers })).json().data.grants).toEqual([]);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/grants/${g.id}`, headers: w.secA.headers })).statusCode,
    ).toBe(404);
  });

  it('createAccountRecord and grantRole work for seeders and the CLI (no actor)', async () => {
    const w = await world();
    const ctx = t.ctx();
    const { id } = await ctx.db.transaction((tx) =>
      createAccountRecord(
        { ...ctx, db: tx },
        {
          displayName: '首个管理员',
          phone: '+86 139 0000 7777',
          password: 'Admin#2026first',
          mustChangePassword: false,
          isDemo: false,
          grants: [{ role: 'security_admin', orgId: w.city.id }],
        },
      ),
    );
    await ctx.db.transaction((tx) =>
      grantRole({ ...ctx, db: tx }, { accountId: id, role: 'member', orgId: w.townA.id }),
    );
    const res = await login(t, { phone: '13900007777', password: 'Admin#2026first' });
    expect(res.statusCode).toBe(200);
    const me = await t.app.inject({ url: '/api/me', headers: { authorization: `Bearer ${res.json().data.token}` } });
    expect(
      me
        .json()
        .data.grants.map((g: { role: string }) => g.role)
        .sort(),
    ).toEqual(['member', 'security_admin']);
    await expect(
      ctx.db.transaction((tx) => grantRole({ ...ctx, db: tx }, { accountId: id, role: 'member', orgId: w.townA.id })),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
