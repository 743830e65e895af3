import { describe, expect, it } from 'vitest';
import { createAccount, createOrg, createPerson } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';

// 等保 三员分立: administrator roles come only from a security admin ABOVE the target org, never to
// oneself, never audit + security/system on one account; peers cannot manage each other.
describe('separation of duties in grants and account management', () => {
  const t = useTestApp();
  const s = () => t.app.services;

  async function world() {
    const city = await createOrg(s());
    const townA = await createOrg(s(), { parent: city, type: 'committee' });
    const townB = await createOrg(s(), { parent: city, type: 'committee' });
    const branchA = await createOrg(s(), { parent: townA });
    const branchB = await createOrg(s(), { parent: townB });
    const citySec = await createAccount(s(), { grants: [{ role: 'security_admin', org: city }] });
    const secA = await createAccount(s(), { grants: [{ role: 'security_admin', org: townA }] });
    const secA2 = await createAccount(s(), { grants: [{ role: 'security_admin', org: townA }] });
    const orgAdminA = await createAccount(s(), { grants: [{ role: 'org_admin', org: townA }] });
    const user = await createAccount(s(), { grants: [{ role: 'member', org: branchA }] });
    return { city, townA, townB, branchA, branchB, citySec, secA, secA2, orgAdminA, user };
  }
  const grant = (headers: Record<string, string>, payload: { accountId: string; role: string; orgId: number }) =>
    t.app.inject({ method: 'POST', url: '/api/grants', headers, payload });
  const post = (headers: Record<string, string>, url: string, payload?: object) =>
    t.app.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}) });

  it('nobody grants any role to their own account', async () => {
    const w = await world();
    const own = await grant(w.secA.headers, { accountId: w.secA.id, role: 'member', orgId: w.branchA.id });
    expect(own.statusCode).toBe(403);
    const ownTutor = await grant(w.orgAdminA.headers, {
      accountId: w.orgAdminA.id,
      role: 'tutor',
      orgId: w.branchA.id,
    });
    expect(ownTutor.statusCode).toBe(403);
  });

  it('administrator roles only from a security admin at a strict ancestor of the target org', async () => {
    const w = await world();
    for (const role of ['system_admin', 'security_admin', 'audit_admin']) {
      const sameOrg = await grant(w.secA.headers, { accountId: w.user.id, role, orgId: w.townA.id });
      expect(sameOrg.statusCode).toBe(403);
    }
    // Not an org admin either, even below them.
    const byOrgAdmin = await grant(w.orgAdminA.headers, {
      accountId: w.user.id,
      role: 'audit_admin',
      orgId: w.branchA.id,
    });
    expect(byOrgAdmin.statusCode).toBe(403);
    const below = await grant(w.secA.headers, { accountId: w.user.id, role: 'security_admin', orgId: w.branchA.id });
    expect(below.statusCode).toBe(200);
    // Everyday roles at the security admin's own org stay allowed.
    const member = await createAccount(s(), { grants: [{ role: 'member', org: w.townA }] });
    expect(
      (await grant(w.secA.headers, { accountId: member.id, role: 'org_admin', orgId: w.townA.id })).statusCode,
    ).toBe(200);
  });

  it('audit_admin never sits with security_admin or system_admin on one account (409)', async () => {
    const w = await world();
    expect(
      (await grant(w.citySec.headers, { accountId: w.user.id, role: 'audit_admin', orgId: w.townA.id })).statusCode,
    ).toBe(200);
    for (const role of ['security_admin', 'system_admin']) {
      const res = await grant(w.citySec.headers, { accountId: w.user.id, role, orgId: w.townB.id });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('ROLE_COMBINATION_FORBIDDEN');
    }
    const other = await createAccount(s(), { grants: [{ role: 'system_admin', org: w.townB }] });
    const res = await grant(w.citySec.headers, { accountId: other.id, role: 'audit_admin', orgId: w.branchB.id });
    expect(res.json().error.code).toBe('ROLE_COMBINATION_FORBIDDEN');
  });

  it('an administrator account is managed only from strictly above every org where it is one', async () => {
    const w = await world();
    const reset = { initialPassword: 'Reset#2026pass' };
    // Peers cannot reset, disable, unlock each other, nor change each other's grants.
    expect((await post(w.secA.headers, `/api/accounts/${w.secA2.id}/reset-password`, reset)).statusCode).toBe(403);
    for (const path of ['disable', 'enable', 'unlock']) {
      expect((await post(w.secA.headers, `/api/accounts/${w.secA2.id}/${path}`)).statusCode).toBe(403);
    }
    const peerGrant = await grant(w.secA.headers, { accountId: w.secA2.id, role: 'member', orgId: w.branchA.id });
    expect(peerGrant.statusCode).toBe(403);
    const list = await t.app.inject({ url: `/api/accounts/${w.secA2.id}/grants`, headers: w.secA.headers });
    const [g] = list.json().data;
    expect(g.abilities.canRevoke).toBe(false);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/grants/${g.id}`, headers: w.secA.headers })).statusCode,
    ).toBe(403);
    // An org admin cannot touch an administrator's grants either.
    const sysBelow = await createAccount(s(), { grants: [{ role: 'system_admin', org: w.branchA }] });
    expect(
      (await grant(w.orgAdminA.headers, { accountId: sysBelow.id, role: 'tutor', orgId: w.branchA.id })).statusCode,
    ).toBe(403);
    // The list shows the peer without management abilities.
    const accounts = await t.app.inject({ url: '/api/accounts?pageSize=100', headers: w.secA.headers });
    const peer = accounts.json().data.find((a: { id: string }) => a.id === w.secA2.id);
    expect(peer.abilities.canResetPassword).toBe(false);

    // From strictly above it works.
    expect((await post(w.citySec.headers, `/api/accounts/${w.secA2.id}/reset-password`, reset)).statusCode).toBe(200);
    expect((await post(w.secA.headers, `/api/accounts/${sysBelow.id}/disable`)).statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/grants/${g.id}`, headers: w.citySec.headers })).statusCode,
    ).toBe(200);
  });

  it('GET /api/accounts/:id/grants shows only grants inside the viewer subtree (all to the holder)', async () => {
    const w = await world();
    const both = await createAccount(s(), {
      grants: [
        { role: 'member', org: w.branchA },
        { role: 'tutor', org: w.branchB },
      ],
    });
    const url = `/api/accounts/${both.id}/grants`;
    const bySecA = await t.app.inject({ url, headers: w.secA.headers });
    expect(bySecA.statusCode).toBe(200);
    expect(bySecA.json().data.map((g: { orgId: number }) => g.orgId)).toEqual([w.branchA.id]);
    const self = await t.app.inject({ url, headers: both.headers });
    expect(
      self
        .json()
        .data.map((g: { orgId: number }) => g.orgId)
        .sort(),
    ).toEqual([w.branchA.id, w.branchB.id].sort());
  });

  it('nobody makes themselves the delegate of a member in their subtree', async () => {
    const w = await world();
    const elder = await createPerson(s(), { org: w.branchA });
    const secretary = await createAccount(s(), { grants: [{ role: 'branch_secretary', org: w.branchA }] });
    const body = { principalPersonId: elder.id, relation: '儿媳', scopes: ['learning'] };
    for (const who of [secretary, w.orgAdminA]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/delegations',
        headers: who.headers,
        payload: { ...body, delegateAccountId: who.id },
      });
      expect(res.statusCode).toBe(403);
    }
    const relative = await createAccount(s());
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/delegations',
      headers: secretary.headers,
      payload: { ...body, delegateAccountId: relative.id },
    });
    expect(ok.statusCode).toBe(200);
  });
});
