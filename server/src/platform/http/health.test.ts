import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness.ts';

describe('health, errors and OpenAPI', () => {
  const t = useTestApp();

  it('answers /healthz and /readyz', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json().database).toBe('ok');
  });

  it('serves the OpenAPI document and echoes a request id', async () => {
    const res = await t.app.inject({ url: '/api/openapi.json', headers: { 'x-request-id': 'req-12345678' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().openapi).toBe('3.0.3');
    expect(res.headers['x-request-id']).toBe('req-12345678');
  });

  it('serves the API docs page without a session', async () => {
    const res = await t.app.inject({ url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
  });

  it('answers unknown routes with a coded error in the caller language', async () => {
    const zh = await t.app.inject({ url: '/api/nope' });
    expect(zh.statusCode).toBe(404);
    expect(zh.json()).toEqual({ error: { code: 'ROUTE_NOT_FOUND', message: '接口不存在', details: null } });
    const en = await t.app.inject({ url: '/nothing-here', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(en.statusCode).toBe(404);
    expect(en.json()).toEqual({ error: { code: 'ROUTE_NOT_FOUND', message: 'No such endpoint', details: null } });
    // A known route still demands a session.
    expect((await t.app.inject({ url: '/api/people', headers: { authorization: 'Bearer x' } })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/' })).headers.location).toBe('/api/docs');
  });
});
