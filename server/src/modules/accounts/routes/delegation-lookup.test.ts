import { describe, expect, it } from 'vitest';
import { createAccount, createOrg, createPerson } from '../../../test/factories.ts';
import { useTestApp } from '../../../test/harness.ts';
import { q } from '../test-helpers.ts';

// The console's delegation screen: delegations of a whole subtree (GET /api/delegations?orgId=) and
// finding a relative's account by its phone (GET /api/delegations/delegate?phone=).
describe('delegations by subtree and delegate lookup', () => {
  const t = useTestApp();
  const s = () => t.app.services;

  async function world() {
    const town = await createOrg(s());
    const branch = await createOrg(s(), { parent: town });
    const otherTown = await createOrg(s());
    const elder = await createPerson(s(), { org: branch, name: '赵老党员' });
    const otherElder = await createPerson(s(), { org: otherTown, name: '钱老党员' });
    const relative = await createAccount(s());
    const admin = await createAccount(s(), { grants: [{ role: 'org_admin', org: town }] });
    const secretary = await createAccount(s(), { grants: [{ role: 'branch_secretary', org: branch }] });
    const otherAdmin = await createAccount(s(), { grants: [{ role: 'org_admin', org: otherTown }] });
    const member = await createAccount(s(), { grants: [{ role: 'member', org: branch }] });
    const mine = await t.app.inject({
      method: 'POST',
      url: '/api/delegations',
      headers: secretary.headers,
      payload: { delegateAccountId: relative.id, principalPersonId: elder.id, relation: '女儿', scopes: ['learning'] },
    });
    const theirs = await t.app.inject({
      method: 'POST',
      url: '/api/delegations',
      headers: otherAdmin.headers,
      payload: {
        delegateAccountId: relative.id,
        principalPersonId: otherElder.id,
        relation: '侄女',
        scopes: ['services'],
      },
    });
    return {
      town,
      branch,
      otherTown,
      relative,
      admin,
      secretary,
      otherAdmin,
      member,
      mine: mine.json().data.id,
      theirs: theirs.json().data.id,
    };
  }
  const get = (url: string, headers?: Record<string, string>) => t.app.inject({ url, headers });

  it('GET /api/delegations?orgId=: 401, 400, 403/404 outside, the subtree only', async () => {
    const w = await world();
    const url = `/api/delegations?orgId=${w.town.id}`;
    expect((await get(url)).statusCode).toBe(401);
    const bad = await get('/api/delegations?orgId=abc', w.admin.headers);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { field: string }) => d.field)).toContain('querystring.orgId');
    expect((await get(url, w.otherAdmin.headers)).statusCode).toBe(404);
    expect((await get(`/api/delegations?orgId=${w.branch.id}`, w.member.headers)).statusCode).toBe(403);

    const res = await get(url, w.admin.headers);
    expect(res.statusCode).toBe(200);
    expect(res.json().data.map((d: { id: string }) => d.id)).toEqual([w.mine]);
    const branch = await get(`/api/delegations?orgId=${w.branch.id}`, w.secretary.headers);
    expect(branch.json().data).toMatchObject([
      { id: w.mine, principalName: '赵老党员', abilities: { canRevoke: true } },
    ]);
    // Combined with the delegate filter, still only this subtree.
    const both = await get(`/api/delegations?orgId=${w.town.id}&delegateAccountId=${w.relative.id}`, w.admin.headers);
    expect(both.json().data.map((d: { id: string }) => d.id)).toEqual([w.mine]);
    expect(w.theirs).toBeTruthy();
  });

  it('GET /api/delegations/delegate: 401, 400, 403, 404 unknown, the account masked', async () => {
    const w = await world();
    const [row] = await q<{ phone_last4: string }>(t, 'select phone_last4 from accounts where id = $1', [
      w.relative.id,
    ]);
    const url = `/api/delegations/delegate?phone=${w.relative.phone}`;
    expect((await get(url)).statusCode).toBe(401);
    const bad = await get('/api/delegations/delegate?phone=123', w.secretary.headers);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { field: string }) => d.field)).toContain('querystring.phone');
    expect((await get(url, w.member.headers)).statusCode).toBe(403);
    expect((await get('/api/delegations/delegate?phone=13000000000', w.secretary.headers)).json().error.code).toBe(
      'ACCOUNT_NOT_FOUND',
    );

    const spaced = `${w.relative.phone.slice(0, 3)} ${w.relative.phone.slice(3, 7)} ${w.relative.phone.slice(7)}`;
    const res = await get(`/api/delegations/delegate?phone=${encodeURIComponent(spaced)}`, w.secretary.headers);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual({
      id: w.relative.id,
      displayName: expect.any(String),
      phoneMasked: `1*******${row?.phone_last4}`,
      isDisabled: false,
    });
    expect(res.body).not.toContain(w.relative.phone);
  });
});
