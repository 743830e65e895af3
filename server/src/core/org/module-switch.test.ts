import { describe, expect, it } from 'vitest';
import { createAccount, createOrg } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';

// Routes of a module answer only where the module is on for the signed-in user.
describe('module switches on routes', () => {
  const t = useTestApp(
    {},
    {
      beforeReady: (app) => {
        app.get('/api/test/learning', { config: { module: 'learning' } }, async () => ({ ok: true }));
      },
    },
  );

  it('refuses a route of a module switched off for the user, and /api/me says so', async () => {
    const s = t.app.services;
    const county = await createOrg(s);
    const town = await createOrg(s, { parent: county, type: 'committee' });
    const officer = await createAccount(s, { grants: [{ role: 'party_office', org: county }] });
    const townAdmin = await createAccount(s, { grants: [{ role: 'org_admin', org: town }] });
    expect((await t.app.inject({ url: '/api/test/learning', headers: townAdmin.headers })).statusCode).toBe(200);

    const off = await t.app.inject({
      method: 'PUT',
      url: `/api/orgs/${town.id}/modules`,
      headers: officer.headers,
      payload: { learning: false },
    });
    expect(off.statusCode).toBe(200);
    const refused = await t.app.inject({
      url: '/api/test/learning',
      headers: { ...townAdmin.headers, 'accept-language': 'en' },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'MODULE_DISABLED', details: { module: 'learning' } });
    const me = await t.app.inject({ url: '/api/me', headers: townAdmin.headers });
    expect(me.json().data.modules).not.toContain('learning');
    // The county officer still has it: the switch applies to the township's subtree only.
    expect((await t.app.inject({ url: '/api/test/learning', headers: officer.headers })).statusCode).toBe(200);
  });
});
