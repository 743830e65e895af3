import { describe, expect, it } from 'vitest';
import { createAccount, createOrg } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';

// The router decodes percent-encoded letters: `/%61pi/…` reaches an `/api/…` route while its URL,
// which the auth hook, the API's no-store header and the docs' CSP all read, does not say /api/.
describe('an /api route reached through a percent-encoded prefix', () => {
  const t = useTestApp();

  it('is answered as no such endpoint, signed in or not, for reads and writes', async () => {
    const org = await createOrg(t.app.services);
    const member = await createAccount(t.app.services, { grants: [{ role: 'member', org }] });
    for (const url of ['/%61pi/me', '/%61pi/docs/json', '/%41pi/me', '/a%70i/me']) {
      for (const headers of [{}, member.headers]) {
        const res = await t.app.inject({ url, headers });
        expect(res.statusCode, url).toBe(404);
        expect(res.json().error.code).toBe('ROUTE_NOT_FOUND');
      }
    }
    const write = await t.app.inject({ method: 'POST', url: '/%61pi/auth/logout-all', headers: member.headers });
    expect(write.json().error.code).toBe('ROUTE_NOT_FOUND');
    // The ordinary spelling, and encoded characters after the prefix, are untouched.
    expect((await t.app.inject({ url: '/api/me', headers: member.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/m%65', headers: member.headers })).statusCode).toBe(200);
  });
});
