import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sessions } from '../../core/auth/schema.ts';
import { createAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';

// A stand-in build: what `vite build` writes, an index page and hashed assets.
const dist = mkdtempSync(path.join(os.tmpdir(), 'hongyun-web-'));
mkdirSync(path.join(dist, 'assets'));
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
writeFileSync(path.join(dist, 'favicon.svg'), '<svg/>');
writeFileSync(path.join(dist, '.env'), 'SECRET=1');
writeFileSync(path.join(dist, 'assets', 'index-abc123.js.gz'), gzipSync('console.log(1)'));

describe('the web app on the API port', () => {
  const t = useTestApp({ WEB_DIR: dist, LOG_LEVEL: 'error' });

  it('serves the index page at / and at any browser address, with a strict CSP', async () => {
    for (const url of ['/', '/people/123', '/m', '/m/profile?x=1']) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toContain('<div id="root">');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves a rebuilt index page without a restart', async () => {
    const file = path.join(dist, 'index.html');
    writeFileSync(file, '<!doctype html><div id="root"></div><script src="/assets/new.js"></script>');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect((await t.app.inject({ url: '/people' })).body).toContain('/assets/new.js');
  });

  it('serves hashed assets with a long cache, and other files briefly', async () => {
    const js = await t.app.inject({ url: '/assets/index-abc123.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['cache-control']).toContain('immutable');
    expect(js.headers['content-security-policy']).toContain('sandbox');
    const zipped = await t.app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.rawPayload).toString()).toBe('console.log(1)');
    expect(zipped.headers.vary).toContain('accept-encoding');
    expect((await t.app.inject({ url: '/.env' })).statusCode).toBe(404);
    const icon = await t.app.inject({ url: '/favicon.svg' });
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('serves files and pages whatever the cookie says; the API still refuses a bad session', async () => {
    const bogus = { cookie: 'hy_session=bogus' };
    expect((await t.app.inject({ url: '/assets/index-abc123.js', headers: bogus })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/change-password', headers: bogus })).statusCode).toBe(200);
    const acc = await createAccount(t.app.services);
    await t.app.services.db.update(sessions).set({ stage: 'password_change' }).where(eq(sessions.accountId, acc.id));
    expect((await t.app.inject({ url: '/assets/index-abc123.js', headers: acc.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/m/change-password', headers: acc.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/people', headers: acc.headers })).json().error.code).toBe(
      'PASSWORD_CHANGE_REQUIRED',
    );
    const me = await t.app.inject({ url: '/api/me', headers: bogus });
    expect(me.statusCode).toBe(401);
    expect(me.headers['cache-control']).toBe('no-store');
    expect(me.headers['content-type']).toContain('application/json');
  });

  it('keeps the API answers: JSON 404 under /api, 401 without a session, nothing for non-GET pages', async () => {
    const missing = await t.app.inject({ url: '/api/nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('ROUTE_NOT_FOUND');
    expect((await t.app.inject({ url: '/api/me' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/people' })).statusCode).toBe(404);
    const oldChunk = await t.app.inject({ url: '/assets/missing.js' });
    expect(oldChunk.statusCode).toBe(404);
    expect(oldChunk.headers['content-type']).not.toContain('text/html');
  });
});
