import { describe, expect, it } from 'vitest';
import { createAccount, createOrg, createPerson } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { q } from './test-helpers.ts';

describe('delegations and acting for a principal', () => {
  const t = useTestApp();
  const s = () => t.app.services;

  async function world() {
    const town = await createOrg(s());
    const branch = await createOrg(s(), { parent: town });
    const otherTown = await createOrg(s());
    const elder = await createPerson(s(), { org: branch, name: '王老党员' });
    const elderAccount = await createAccount(s(), { person: elder, grants: [{ role: 'member', org: branch }] });
    const relative = await createAccount(s());
    const secretary = await createAccount(s(), { grants: [{ role: 'branch_secretary', org: branch }] });
    const outsider = await createAccount(s(), { grants: [{ role: 'org_admin', org: otherTown }] });
    const body = {
      delegateAccountId: relative.id,
      principalPersonId: elder.id,
      relation: '儿媳',
      scopes: ['learning'],
    };
    return { town, branch, elder, elderAccount, relative, secretary, outsider, body };
  }
  const create = (headers: Record<string, string> | undefined, payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/delegations', headers, payload });

  it('POST /api/delegations: 401, 400, 404 elsewhere, by the branch secretary or the principal', async () => {
    const w = await world();
    expect((await create(undefined, w.body)).statusCode).toBe(401);
    const bad = await create(w.secretary.headers, {
      delegateAccountId: 'x',
      relation: '',
      scopes: ['cooking'],
      expiresAt: 'soon',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining([
        'body.delegateAccountId',
        'body.principalPersonId',
        'body.relation',
        'body.scopes.0',
        'body.expiresAt',
      ]),
    );
    expect((await create(w.outsider.headers, w.body)).statusCode).toBe(404);
    // The delegate cannot grant themself a delegation (they are named in it, so 403 rather than 404).
    expect((await create(w.relative.headers, w.body)).statusCode).toBe(403);
    const past = await create(w.secretary.headers, { ...w.body, expiresAt: '2020-01-01T00:00:00Z' });
    expect(past.statusCode).toBe(400);

    const res = await create(w.secretary.headers, w.body);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({
      principalName: '王老党员',
      relation: '儿媳',
      isActive: true,
      abilities: { canRevoke: true },
    });
    const byElder = await create(w.elderAccount.headers, { ...w.body, relation: '女儿' });
    expect(byElder.statusCode).toBe(200);
    const audit = await q(t, `select count(*)::int as n from audit_log where action = 'delegations.granted'`);
    expect(audit[0]?.n).toBeGreaterThanOrEqual(2);
  });

  it('acting for the principal marks every event; GET lists; DELETE revokes and ends acting', async () => {
    const w = await world();
    const d = (await create(w.secretary.headers, w.body)).json().data;

    expect((await t.app.inject({ url: `/api/delegations?delegateAccountId=${w.relative.id}` })).statusCode).toBe(401);
    const noFilter = await t.app.inject({ url: '/api/delegations', headers: w.relative.headers });
    expect(noFilter.statusCode).toBe(400);
    const mine = await t.app.inject({
      url: `/api/delegations?delegateAccountId=${w.relative.id}`,
      headers: w.relative.headers,
    });
    expect(mine.json().data.map((x: { id: string }) => x.id)).toEqual([d.id]);
    const hidden = await t.app.inject({
      url: `/api/delegations?principalPersonId=${w.elder.id}`,
      headers: w.outsider.headers,
    });
    expect(hidden.json().data).toEqual([]);

    // Acting for: 401, 400, someone else's delegation is not found.
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/auth/acting-for', payload: { delegationId: d.id } })).statusCode,
    ).toBe(401);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/auth/acting-for', headers: w.relative.headers, payload: {} }))
        .statusCode,
    ).toBe(400);
    const notMine = await t.app.inject({
      method: 'POST',
      url: '/api/auth/acting-for',
      headers: w.secretary.headers,
      payload: { delegationId: d.id },
    });
    expect(notMine.json().error.code).toBe('DELEGATION_NOT_FOUND');

    const start = await t.app.inject({
      method: 'POST',
      url: '/api/auth/acting-for',
      headers: w.relative.headers,
      payload: { delegationId: d.id },
    });
    expect(start.statusCode).toBe(200);
    expect(start.json().data.actingFor).toMatchObject({
      personId: w.elder.id,
      personName: '王老党员',
      delegationId: d.id,
    });
    const me = await t.app.inject({ url: '/api/me', headers: w.relative.headers });
    expect(me.json().data.actingFor).toMatchObject({ personId: w.elder.id, delegationId: d.id, scopes: ['learning'] });

    // An event caused while acting names the principal and the delegation, and the real actor.
    await t.app.inject({ method: 'PATCH', url: '/api/me', headers: w.relative.headers, payload: { locale: 'en' } });
    const events = await q(
      t,
      `select type, actor_account_id, person_id, acting_for_person_id, delegation_id from events
       where actor_account_id = $1 and type in ('accounts.acting_for.started', 'accounts.account.locale_changed')`,
      [w.relative.id],
    );
    expect(events).toHaveLength(2);
    for (const e of events) {
      expect(e).toMatchObject({
        actor_account_id: w.relative.id,
        acting_for_person_id: w.elder.id,
        delegation_id: d.id,
      });
    }

    // Stop acting: DELETE /api/auth/acting-for.
    const stop = await t.app.inject({ method: 'DELETE', url: '/api/auth/acting-for', headers: w.relative.headers });
    expect(stop.json().data.actingFor).toBeNull();
    expect((await t.app.inject({ url: '/api/me', headers: w.relative.headers })).json().data.actingFor).toBeNull();

    // Revoking: 401, 400, 404 elsewhere, then revoked delegations cannot be used.
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/acting-for',
      headers: w.relative.headers,
      payload: { delegationId: d.id },
    });
    const url = `/api/delegations/${d.id}`;
    expect((await t.app.inject({ method: 'DELETE', url })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: 'DELETE', url: '/api/delegations/x', headers: w.secretary.headers })).statusCode,
    ).toBe(400);
    expect((await t.app.inject({ method: 'DELETE', url, headers: w.outsider.headers })).statusCode).toBe(404);
    const del = await t.app.inject({ method: 'DELETE', url, headers: w.secretary.headers });
    expect(del.json().data).toMatchObject({ isActive: false, abilities: { canRevoke: false } });
    expect((await t.app.inject({ url: '/api/me', headers: w.relative.headers })).json().data.actingFor).toBeNull();
    const reuse = await t.app.inject({
      method: 'POST',
      url: '/api/auth/acting-for',
      headers: w.relative.headers,
      payload: { delegationId: d.id },
    });
    expect(reuse.json().error.code).toBe('DELEGATION_NOT_FOUND');
  });
});

describe('a delegation that expires while its session is cached', () => {
  const t = useTestApp();
  it('acting-for ends at the expiry, though every request of the session is served from memory', async () => {
    const s = t.app.services;
    const branch = await createOrg(s);
    const elder = await createPerson(s, { org: branch, name: '李老党员' });
    const relative = await createAccount(s);
    const secretary = await createAccount(s, { grants: [{ role: 'branch_secretary', org: branch }] });
    const expiresAt = new Date(Date.now() + 3000).toISOString();
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/delegations',
      headers: secretary.headers,
      payload: {
        delegateAccountId: relative.id,
        principalPersonId: elder.id,
        relation: '女儿',
        scopes: ['learning'],
        expiresAt,
      },
    });
    expect(created.statusCode).toBe(200);
    const start = await t.app.inject({
      method: 'POST',
      url: '/api/auth/acting-for',
      headers: relative.headers,
      payload: { delegationId: created.json().data.id },
    });
    expect(start.statusCode).toBe(200);
    const actingFor = async () =>
      (await t.app.inject({ url: '/api/me', headers: relative.headers })).json().data.actingFor;
    // The start's own NOTIFY drops the cached session when it arrives: let it arrive first.
    await new Promise((r) => setTimeout(r, 300));
    expect(await actingFor()).toMatchObject({ personId: elder.id });
    expect(await actingFor()).toMatchObject({ personId: elder.id }); // the second from the cached session
    await new Promise((r) => setTimeout(r, Date.parse(expiresAt) - Date.now() + 100));
    expect(await actingFor()).toBeNull();
  });
});
