import { describe, expect, it } from 'vitest';
import { createAccount, createOrg, createPerson } from '../../../test/factories.ts';
import { useTestApp } from '../../../test/harness.ts';
import { DELEGATE_LOOKUPS_PER_HOUR } from '../commands/find-delegate.ts';
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
    // Another subtree and a missing org answer the same 404; inside one's subtree, a role that may
    // not list is refused.
    const codes = await Promise.all([
      get(url, w.otherAdmin.headers),
      get('/api/delegations?orgId=999999999', w.admin.headers),
    ]);
    expect(codes.map((r) => [r.statusCode, r.json().error.code])).toEqual(Array(2).fill([404, 'NOT_FOUND']));
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

  it('GET /api/delegations/delegate: 401, 400, 403 for another subtree, 404 unknown, masked, audited', async () => {
    const w = await world();
    const elder = (
      await q<{ id: string }>(t, "select id from people where name = '赵老党员' and org_id = $1", [w.branch.id])
    )[0]!;
    const otherElder = (await q<{ id: string }>(t, 'select id from people where org_id = $1', [w.otherTown.id]))[0]!;
    const [row] = await q<{ phone_last4: string; display_name: string }>(
      t,
      'select phone_last4, display_name from accounts where id = $1',
      [w.relative.id],
    );
    const lookup = (phone: string, principal: string, headers?: Record<string, string>) =>
      get(`/api/delegations/delegate?phone=${encodeURIComponent(phone)}&principalPersonId=${principal}`, headers);
    expect((await lookup(w.relative.phone, elder.id)).statusCode).toBe(401);
    const bad = await get(`/api/delegations/delegate?phone=123`, w.secretary.headers);
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['querystring.phone', 'querystring.principalPersonId']));
    // Only over the member to be acted for: not a plain member; another township's member is hidden.
    expect((await lookup(w.relative.phone, elder.id, w.member.headers)).statusCode).toBe(403);
    expect((await lookup(w.relative.phone, elder.id, w.otherAdmin.headers)).statusCode).toBe(404);
    expect((await lookup(w.relative.phone, otherElder.id, w.secretary.headers)).statusCode).toBe(404);
    expect((await lookup('13000000000', elder.id, w.secretary.headers)).json().error.code).toBe('NOT_FOUND');

    const spaced = `${w.relative.phone.slice(0, 3)} ${w.relative.phone.slice(3, 7)} ${w.relative.phone.slice(7)}`;
    const res = await lookup(spaced, elder.id, w.secretary.headers);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual({
      id: w.relative.id,
      displayNameMasked: `${[...(row?.display_name ?? '')][0]}${'*'.repeat(Math.min([...(row?.display_name ?? '')].length - 1, 3))}`,
      phoneMasked: `1*******${row?.phone_last4}`,
    });
    expect(res.body).not.toContain(w.relative.phone);
    expect(res.body).not.toContain(row?.display_name);
    const audits = await q<{ outcome: string; details: { phoneLast4: string; found: boolean } }>(
      t,
      "select outcome, details from audit_log where action = 'accounts.delegate_lookup' and actor_account_id = $1 order by seq",
      [w.secretary.id],
    );
    expect(audits.map((a) => [a.outcome, a.details.found])).toEqual([
      ['failure', false],
      ['success', true],
    ]);
    expect(JSON.stringify(audits)).not.toContain(w.relative.phone);
  });

  it('GET /api/delegations/delegate is limited per looking account', async () => {
    const w = await world();
    const elder = (
      await q<{ id: string }>(t, "select id from people where name = '赵老党员' and org_id = $1", [w.branch.id])
    )[0]!;
    const codes: number[] = [];
    for (let i = 0; i <= DELEGATE_LOOKUPS_PER_HOUR; i++) {
      const res = await get(
        `/api/delegations/delegate?phone=13000000000&principalPersonId=${elder.id}`,
        w.admin.headers,
      );
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, DELEGATE_LOOKUPS_PER_HOUR).every((c) => c === 404)).toBe(true);
    expect(codes.at(-1)).toBe(429);
    // Another account is not affected.
    const other = await get(
      `/api/delegations/delegate?phone=13000000000&principalPersonId=${elder.id}`,
      w.secretary.headers,
    );
    expect(other.statusCode).toBe(404);
  });
});
