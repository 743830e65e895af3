import { describe, expect, it } from 'vitest';
import { createAccount, createOrg, createPerson } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';

// A relative who is also an administrator must not use their own grants under the elderly
// member's name: while acting for someone only personal routes and the delegated modules answer.
describe('acting for someone limits the session', () => {
  const t = useTestApp();

  it('refuses admin routes while acting, allows the principal record, and frees them on stop', async () => {
    const s = t.app.services;
    const town = await createOrg(s);
    const branch = await createOrg(s, { parent: town });
    const elder = await createPerson(s, { org: branch, name: '李奶奶' });
    const relative = await createAccount(s, { grants: [{ role: 'org_admin', org: town }] });
    const secretary = await createAccount(s, { grants: [{ role: 'branch_secretary', org: branch }] });
    const delegation = await t.app.inject({
      method: 'POST',
      url: '/api/delegations',
      headers: secretary.headers,
      payload: { delegateAccountId: relative.id, principalPersonId: elder.id, relation: '儿媳', scopes: ['learning'] },
    });
    expect(delegation.statusCode).toBe(200);
    const h = relative.headers;
    expect((await t.app.inject({ url: '/api/people', headers: h })).statusCode).toBe(200);

    const start = await t.app.inject({
      method: 'POST',
      url: '/api/auth/acting-for',
      headers: h,
      payload: { delegationId: delegation.json().data.id },
    });
    expect(start.statusCode).toBe(200);

    const list = await t.app.inject({ url: '/api/people', headers: { ...h, 'accept-language': 'en' } });
    expect(list.statusCode).toBe(403);
    expect(list.json().error.code).toBe('ACTING_FOR_LIMITED');
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/orgs/${branch.id}`,
      headers: h,
      payload: { name: 'x' },
    });
    expect(patch.json().error.code).toBe('ACTING_FOR_LIMITED');

    expect((await t.app.inject({ url: `/api/people/${elder.id}`, headers: h })).statusCode).toBe(200);
    const me = await t.app.inject({ url: '/api/me', headers: h });
    expect(me.json().data.actingFor.personId).toBe(elder.id);
    expect(me.json().data.grants).toEqual([]); // the delegate's own grants do not apply while acting

    expect((await t.app.inject({ method: 'DELETE', url: '/api/auth/acting-for', headers: h })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/people', headers: h })).statusCode).toBe(200);
  });
});
