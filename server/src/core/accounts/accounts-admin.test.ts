import { describe, expect, it } from 'vitest';
import { createAccount, createOrg, createPerson, makePhone } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { login, q } from './test-helpers.ts';

describe('accounts administration', () => {
  const t = useTestApp();
  const s = () => t.app.services;

  async function world() {
    const city = await createOrg(s());
    const townA = await createOrg(s(), { parent: city, type: 'committee' });
    const townB = await createOrg(s(), { parent: city, type: 'committee' });
    const secA = await createAccount(s(), { grants: [{ role: 'security_admin', org: townA }] });
    const memberA = await createAccount(s(), { grants: [{ role: 'member', org: townA }] });
    const memberB = await createAccount(s(), { grants: [{ role: 'member', org: townB }] });
    return { city, townA, townB, secA, memberA, memberB };
  }

  it('GET /api/accounts: 401, 400, 403, scoped list and phone search', async () => {
    const w = await world();
    expect((await t.app.inject('/api/accounts')).statusCode).toBe(401);
    const bad = await t.app.inject({ url: '/api/accounts?pageSize=9999&page=0', headers: w.secA.headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['querystring.pageSize', 'querystring.page']),
    );
    expect((await t.app.inject({ url: '/api/accounts', headers: w.memberA.headers })).statusCode).toBe(403);

    const list = await t.app.inject({ url: '/api/accounts?pageSize=100', headers: w.secA.headers });
    expect(list.statusCode).toBe(200);
    const ids = list.json().data.map((a: { id: string }) => a.id);
    expect(ids).toEqual(expect.arrayContaining([w.secA.id, w.memberA.id]));
    expect(ids).not.toContain(w.memberB.id);
    expect(list.json().total).toBe(2);
    const row = list.json().data.find((a: { id: string }) => a.id === w.memberA.id);
    expect(row.abilities).toEqual({ canDisable: true, canEnable: false, canResetPassword: true, canUnlock: false });
    expect(JSON.stringify(list.json())).not.toContain(w.memberA.phone);

    const byPhone = await t.app.inject({ url: `/api/accounts?q=${w.memberA.phone}`, headers: w.secA.headers });
    expect(byPhone.json().data.map((a: { id: string }) => a.id)).toEqual([w.memberA.id]);
    const otherTown = await t.app.inject({ url: `/api/accounts?q=${w.memberB.phone}`, headers: w.secA.headers });
    expect(otherTown.json().data).toEqual([]);
  });

  it('POST /api/accounts: 401, 400, 404 elsewhere, creates with an initial password', async () => {
    const w = await world();
    const person = await createPerson(s(), { org: w.townA });
    const personB = await createPerson(s(), { org: w.townB });
    const body = { personId: person.id, phone: makePhone(), initialPassword: 'Initial#2026' };
    expect((await t.app.inject({ method: 'POST', url: '/api/accounts', payload: body })).statusCode).toBe(401);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/accounts',
      headers: w.secA.headers,
      payload: { personId: 'x', phone: '12', initialPassword: 'a' },
    });
    expect(bad.json().error.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['body.personId', 'body.phone', 'body.initialPassword']),
    );
    const elsewhere = await t.app.inject({
      method: 'POST',
      url: '/api/accounts',
      headers: w.secA.headers,
      payload: { ...body, personId: personB.id },
    });
    expect(elsewhere.statusCode).toBe(404);
    const asMember = await t.app.inject({
      method: 'POST',
      url: '/api/accounts',
      headers: w.memberA.headers,
      payload: body,
    });
    expect(asMember.statusCode).toBe(403);

    const res = await t.app.inject({ method: 'POST', url: '/api/accounts', headers: w.secA.headers, payload: body });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ personId: person.id, mustChangePassword: true, displayName: person.name });
    const first = await login(t, { phone: body.phone, password: body.initialPassword });
    expect(first.json().data.stage).toBe('password_change');

    const again = await t.app.inject({ method: 'POST', url: '/api/accounts', headers: w.secA.headers, payload: body });
    expect(again.json().error.code).toBe('DUPLICATE_PHONE');
    const audit = await q(t, `select action from audit_log where target_id = $1`, [res.json().data.id]);
    expect(audit.map((r) => r.action)).toContain('accounts.created');
  });

  it('disable / enable / reset-password / unlock: 401, 400, 404 elsewhere, 403 on self, success', async () => {
    const w = await world();
    for (const path of ['disable', 'enable', 'unlock', 'reset-password']) {
      const payload = path === 'reset-password' ? { initialPassword: 'Reset#2026pass' } : undefined;
      const url = `/api/accounts/${w.memberA.id}/${path}`;
      expect((await t.app.inject({ method: 'POST', url, payload })).statusCode).toBe(401);
      const bad = await t.app.inject({
        method: 'POST',
        url: `/api/accounts/nope/${path}`,
        headers: w.secA.headers,
        payload,
      });
      expect(bad.statusCode).toBe(400);
      const other = await t.app.inject({
        method: 'POST',
        url: `/api/accounts/${w.memberB.id}/${path}`,
        headers: w.secA.headers,
        payload,
      });
      expect(other.statusCode).toBe(404);
      const self = await t.app.inject({
        method: 'POST',
        url: `/api/accounts/${w.secA.id}/${path}`,
        headers: w.secA.headers,
        payload,
      });
      expect(self.statusCode).toBe(403);
      const byMember = await t.app.inject({ method: 'POST', url, headers: w.memberA.headers, payload });
      expect(byMember.statusCode).toBe(403);
    }
    const post = (path: string, payload?: object) =>
      t.app.inject({ method: 'POST', url: `/api/accounts/${w.memberA.id}/${path}`, headers: w.secA.headers, payload });

    await q(t, `update accounts set failed_logins = 7, locked_until = now() + interval '5 minutes' where id = $1`, [
      w.memberA.id,
    ]);
    const unlocked = await post('unlock');
    expect(unlocked.json().data).toMatchObject({ isLocked: false, failedLogins: 0 });
    expect((await login(t, w.memberA)).statusCode).toBe(200);

    expect((await post('disable')).json().data.isDisabled).toBe(true);
    expect((await login(t, w.memberA)).json().error.code).toBe('ACCOUNT_DISABLED');
    expect((await post('enable')).json().data.isDisabled).toBe(false);

    const weak = await post('reset-password', { initialPassword: '12345678' });
    expect(weak.json().error.code).toBe('PASSWORD_TOO_WEAK');
    const reset = await post('reset-password', { initialPassword: 'Reset#2026pass' });
    expect(reset.json().data.mustChangePassword).toBe(true);
    expect((await t.app.inject({ url: '/api/me', headers: w.memberA.headers })).statusCode).toBe(401);
    expect((await login(t, { phone: w.memberA.phone, password: 'Reset#2026pass' })).json().data.stage).toBe(
      'password_change',
    );

    const actions = (await q(t, `select action from audit_log where target_id = $1 order by seq`, [w.memberA.id])).map(
      (r) => r.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining(['accounts.unlocked', 'accounts.disabled', 'accounts.enabled', 'accounts.password_reset']),
    );
  });

  it('a township security admin cannot manage a city administrator who is also a member there', async () => {
    const w = await world();
    const cityAdmin = await createAccount(s(), {
      grants: [
        { role: 'party_office', org: w.city },
        { role: 'member', org: w.townA },
      ],
    });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/accounts/${cityAdmin.id}/reset-password`,
      headers: w.secA.headers,
      payload: { initialPassword: 'Reset#2026pass' },
    });
    expect(res.statusCode).toBe(403);
  });
});
