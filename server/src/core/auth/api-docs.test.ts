import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { createAccount, createOrg } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';

// The docs list every route and field: in production only administrators see them (or nobody),
// and the pages carry the app's CSP like every other page.
describe('API docs: API_DOCS=admins', () => {
  const t = useTestApp({ API_DOCS: 'admins' });

  it('production defaults to administrators only', () => {
    const prod = { NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db/h', DATA_KEY: 'a'.repeat(64) };
    expect(loadConfig({ ...prod, LOOKUP_KEY: 'b'.repeat(64) }).apiDocs).toBe('admins');
    expect(loadConfig({ ...prod, LOOKUP_KEY: 'b'.repeat(64), API_DOCS: 'off' }).apiDocs).toBe('off');
    expect(loadConfig({}).apiDocs).toBe('public');
  });

  it('401 without a session, 403 for a plain member, the page with a CSP for an administrator', async () => {
    const org = await createOrg(t.app.services);
    const member = await createAccount(t.app.services, { grants: [{ role: 'member', org }] });
    const admin = await createAccount(t.app.services, { grants: [{ role: 'system_admin', org }] });
    for (const url of ['/api/docs/', '/api/docs/json', '/api/docs/static/index.html', '/api/openapi.json']) {
      const anonymous = await t.app.inject({ url });
      expect(anonymous.statusCode, url).toBe(401);
      expect(anonymous.json().error.code).toBe('UNAUTHENTICATED');
      const plain = await t.app.inject({ url, headers: member.headers });
      expect(plain.statusCode, url).toBe(403);
      expect(plain.body).not.toContain('/api/people');
    }
    const page = await t.app.inject({ url: '/api/docs/', headers: admin.headers });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    const spec = await t.app.inject({ url: '/api/openapi.json', headers: admin.headers });
    expect(spec.json().paths['/api/people']).toBeDefined();
  });
});

describe('API docs: API_DOCS=off', () => {
  const t = useTestApp({ API_DOCS: 'off' });

  it('no docs and no document, even for an administrator', async () => {
    const admin = await createAccount(t.app.services, {
      grants: [{ role: 'system_admin', org: await createOrg(t.app.services) }],
    });
    for (const url of ['/api/docs/', '/api/docs/json', '/api/openapi.json']) {
      expect((await t.app.inject({ url, headers: admin.headers })).statusCode, url).toBe(404);
    }
  });
});
