import { describe, expect, it } from 'vitest';
import { createAccount, createOrg, createPerson } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { MODULES_TOPIC } from '../org/module-switch-store.ts';
import { orgModuleSwitches } from '../org/schema.ts';

describe('/api/me', () => {
  const t = useTestApp();
  const s = () => t.app.services;

  it('GET: 401, then account, grants, modules and abilities', async () => {
    expect((await t.app.inject('/api/me')).statusCode).toBe(401);
    const town = await createOrg(s(), { name: '测试镇党委' });
    const branch = await createOrg(s(), { parent: town });
    await s().db.insert(orgModuleSwitches).values({ orgId: town.id, module: 'command', isEnabled: false });
    // Written behind set-org-modules' back: tell the in-memory switches, as that command does.
    await s().changes.publish(s().db, MODULES_TOPIC, String(town.id));
    const person = await createPerson(s(), { org: branch });
    const acc = await createAccount(s(), { person, grants: [{ role: 'security_admin', org: town }] });
    const res = await t.app.inject({ url: '/api/me', headers: acc.headers });
    expect(res.statusCode).toBe(200);
    const me = res.json().data;
    expect(me.account).toMatchObject({ id: acc.id, personId: person.id, locale: 'zh-CN', isTotpEnabled: false });
    expect(me.account.phoneMasked).toBe(`1*******${acc.phone.slice(-4)}`);
    expect(me.grants).toEqual([
      { id: expect.any(String), role: 'security_admin', orgId: town.id, orgName: '测试镇党委', orgPath: town.path },
    ]);
    // Only switches of modules this build has appear (the learning modules answer to 'learning').
    expect(me.modules).toEqual(['learning', 'supervision']);
    expect(me.abilities).toMatchObject({
      canManageAccounts: true,
      canGrantRoles: true,
      canReadAudit: false,
      canManageOrgs: false,
    });

    const auditor = await createAccount(s(), { grants: [{ role: 'audit_admin', org: town }] });
    const a = (await t.app.inject({ url: '/api/me', headers: auditor.headers })).json().data.abilities;
    expect(a).toMatchObject({ canReadAudit: true, canManageAccounts: false, canGrantRoles: false });
  });

  it('abilities follow the policies of each role at its org', async () => {
    const town = await createOrg(s());
    const branch = await createOrg(s(), { parent: town });
    const abilitiesOf = async (role: 'org_admin' | 'monitor' | 'branch_secretary' | 'member', org = town) => {
      const acc = await createAccount(s(), { grants: [{ role, org }] });
      return (await t.app.inject({ url: '/api/me', headers: acc.headers })).json().data.abilities;
    };
    expect(await abilitiesOf('org_admin')).toMatchObject({
      canManageOrgs: true,
      canViewOrgs: true,
      canViewPeople: true,
      canManagePeople: true,
      canImportPeople: true,
      canReadEvents: true,
    });
    expect(await abilitiesOf('monitor')).toMatchObject({
      canManageOrgs: false,
      canViewOrgs: true,
      canViewPeople: true,
      canManagePeople: false,
      canImportPeople: false,
      canReadEvents: true,
    });
    expect(await abilitiesOf('branch_secretary', branch)).toMatchObject({
      canViewPeople: true,
      canManagePeople: false,
    });
    expect(await abilitiesOf('member', branch)).toMatchObject({
      canViewOrgs: false,
      canViewPeople: false,
      canReadEvents: false,
      canImportPeople: false,
    });
  });

  it('PATCH: 401, 400, sets the locale', async () => {
    const acc = await createAccount(s());
    expect((await t.app.inject({ method: 'PATCH', url: '/api/me', payload: { locale: 'en' } })).statusCode).toBe(401);
    const bad = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: acc.headers,
      payload: { locale: 'fr' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('body.locale');
    const ok = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: acc.headers, payload: { locale: 'en' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().data.account.locale).toBe('en');
  });

  it('PATCH is one statement on the pool (the update and its event together), no transaction', async () => {
    const acc = await createAccount(s());
    await t.app.inject({ url: '/api/me', headers: acc.headers }); // the session is cached from here on
    const pool = s().pool;
    const seen: string[] = [];
    const query = pool.query.bind(pool);
    let acquired = 0;
    const onAcquire = () => void acquired++;
    pool.on('acquire', onAcquire);
    pool.query = ((...args: Parameters<typeof pool.query>) => {
      const q = args[0] as string | { text: string };
      seen.push(typeof q === 'string' ? q : q.text);
      return query(...args);
    }) as typeof pool.query;
    try {
      const res = await t.app.inject({
        method: 'PATCH',
        url: '/api/me',
        headers: acc.headers,
        payload: { locale: 'en' },
      });
      expect(res.statusCode).toBe(200);
    } finally {
      pool.query = query;
      pool.off('acquire', onAcquire);
    }
    // A transaction would take a client of its own (a second acquire) for BEGIN … COMMIT.
    expect(acquired).toBe(1);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/^with change as \(update "accounts"[\s\S]*insert into events/);
    const events = await s().pool.query(
      `select data from events where subject_id = $1 and type = 'accounts.account.locale_changed'`,
      [acc.id],
    );
    expect(events.rows).toEqual([{ data: { locale: 'en', requestId: expect.any(String) } }]);
  });

  it('the OpenAPI document builds with every accounts schema', async () => {
    const res = await t.app.inject('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/me', '/api/accounts', '/api/grants', '/api/delegations']),
    );
  });
});
