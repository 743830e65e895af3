import { describe, expect, it } from 'vitest';
import { createAccount, createOrg } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';

// A sibling sub-domain is "same-site", so SameSite=Lax still sends the session cookie with its
// form posts and bodiless fetches: the guard must stop them before any handler runs.
describe('CSRF guard on writes', () => {
  const t = useTestApp();
  const s = () => t.app.services;

  /** A cookie-signed-in user (what a browser is) and a target account to act on. */
  async function world() {
    const city = await createOrg(s());
    const admin = await createAccount(s(), { grants: [{ role: 'security_admin', org: city }] });
    const victim = await createAccount(s(), {
      grants: [{ role: 'member', org: await createOrg(s(), { parent: city }) }],
    });
    return { admin, victim };
  }
  const host = 'hongyun.example.cn';
  const me = (cookies: Record<string, string>) => t.app.inject({ url: '/api/me', cookies, headers: { host } });
  const isDisabled = async (id: string) =>
    (await t.app.services.pool.query('select is_disabled from accounts where id = $1', [id])).rows[0]?.is_disabled;

  it('refuses a bodiless text/plain write from a foreign origin or a sibling sub-domain', async () => {
    const { admin, victim } = await world();
    const forged = [
      { origin: 'https://evil.example.org', 'content-type': 'text/plain' },
      { origin: `https://blog.${host}`, 'sec-fetch-site': 'same-site', 'content-type': 'text/plain' },
      { 'sec-fetch-site': 'cross-site', 'x-requested-with': 'x', 'content-type': 'application/json' },
      { origin: 'null', 'content-type': 'text/plain' },
    ];
    for (const headers of forged) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/accounts/${victim.id}/disable`,
        cookies: admin.cookie,
        headers: { host, ...headers },
        payload: '',
      });
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json().error.code).toBe('CROSS_SITE_REQUEST');
    }
    expect(await isDisabled(victim.id)).toBe(false);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout-all',
      cookies: admin.cookie,
      headers: { host, origin: 'https://evil.example.org', 'content-type': 'text/plain' },
    });
    expect(out.json().error.code).toBe('CROSS_SITE_REQUEST');
    expect((await me(admin.cookie)).statusCode).toBe(200);
  });

  it('requires JSON or a custom header on every write, bodiless ones included', async () => {
    const { admin, victim } = await world();
    // Same origin but a form-like content type: a page elsewhere could send this without preflight
    // (browsers that send neither Origin nor Sec-Fetch-Site).
    for (const contentType of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      undefined,
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/logout-all',
        cookies: admin.cookie,
        headers: { host, ...(contentType ? { 'content-type': contentType } : {}) },
      });
      expect(res.statusCode, contentType).toBe(415);
      expect(res.json().error.code).toBe('WRITE_NEEDS_JSON');
    }
    expect((await me(admin.cookie)).statusCode).toBe(200);
    // Without the cookie there is nothing to forge: the caller is anonymous and gets the usual 401.
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/auth/logout-all', headers: { host } });
    expect(anonymous.json().error.code).toBe('UNAUTHENTICATED');

    // What the web client sends: same origin with the custom header (no body) or JSON.
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/accounts/${victim.id}/disable`,
      cookies: admin.cookie,
      headers: { host, origin: `https://${host}`, 'sec-fetch-site': 'same-origin', 'x-requested-with': 'hongyun' },
    });
    expect(ok.statusCode).toBe(200);
    expect(await isDisabled(victim.id)).toBe(true);
    const json = await t.app.inject({
      method: 'POST',
      url: `/api/accounts/${victim.id}/enable`,
      cookies: admin.cookie,
      headers: { host, origin: `https://${host}`, 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(json.statusCode).toBe(200);
    // An app with a bearer token (no browser adds Authorization by itself).
    const app = await t.app.inject({
      method: 'POST',
      url: `/api/accounts/${victim.id}/disable`,
      headers: admin.headers,
    });
    expect(app.statusCode).toBe(200);
  });

  it('judges the route a request reaches, not its raw URL (the router decodes %61 to a)', async () => {
    const { admin, victim } = await world();
    const encoded = `/%61pi/accounts/${victim.id}/disable`;
    const forged = await t.app.inject({
      method: 'POST',
      url: encoded,
      cookies: admin.cookie,
      headers: { host, origin: 'https://evil.example.org', 'content-type': 'text/plain' },
      payload: '',
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('CROSS_SITE_REQUEST');
    // A public write reached the same way is guarded too.
    const login = await t.app.inject({
      method: 'POST',
      url: '/%61pi/auth/login',
      headers: { host, 'sec-fetch-site': 'cross-site' },
      payload: { phone: admin.phone, password: admin.password, client: 'web' },
    });
    expect(login.json().error?.code).toBe('CROSS_SITE_REQUEST');
    expect(await isDisabled(victim.id)).toBe(false);
  });

  it('lets only a bearer token stand in for JSON: a browser adds Basic credentials by itself', async () => {
    const { admin, victim } = await world();
    for (const authorization of ['Basic eDp5', 'Bearer ', 'Digest username="x"']) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/accounts/${victim.id}/disable`,
        cookies: admin.cookie,
        headers: { host, authorization, 'content-type': 'text/plain' },
        payload: '',
      });
      expect(res.statusCode, authorization).toBe(415);
      expect(res.json().error.code).toBe('WRITE_NEEDS_JSON');
    }
    expect(await isDisabled(victim.id)).toBe(false);
  });

  it('leaves reads alone, and lets the JSON sign-in through', async () => {
    const { admin } = await world();
    const read = await t.app.inject({
      url: '/api/me',
      cookies: admin.cookie,
      headers: { host, 'sec-fetch-site': 'cross-site' },
    });
    expect(read.statusCode).toBe(200);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { host, 'sec-fetch-site': 'same-origin' },
      payload: { phone: admin.phone, password: admin.password, client: 'web' },
    });
    expect(login.statusCode).toBe(200);
  });
});
