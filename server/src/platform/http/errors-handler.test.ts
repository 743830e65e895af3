import { Phone, PlausibleDate } from '@hongyun/contracts';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { redactedError } from './errors-handler.ts';

describe('error handler', () => {
  let caught: Error | undefined;
  const t = useTestApp(
    {},
    {
      beforeReady: (app) => {
        // Inserts the same key twice: the second insert is a unique violation wrapped by drizzle.
        app.post('/api/test/duplicate', async () => {
          const insert = () =>
            app.services.db.execute(sql`insert into regions (code, name, level) values ('529999999999', 'x', 5)`);
          await insert();
          await insert().catch((e) => {
            caught = e;
            throw e;
          });
          return {};
        });
        app.post(
          '/api/test/validate',
          { schema: { body: z.object({ n: z.number().max(5), phone: Phone, when: PlausibleDate }) } },
          async () => ({}),
        );
        app.get('/api/test/boom', async () => {
          throw new Error('secret internals');
        });
      },
    },
  );

  it('answers a unique violation wrapped by drizzle with 409 CONFLICT', async () => {
    const acc = await createAccount(t.app.services);
    const res = await t.app.inject({ method: 'POST', url: '/api/test/duplicate', headers: acc.headers });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('CONFLICT');
  });

  it('lists every bad field with a code and a message in the caller language', async () => {
    const acc = await createAccount(t.app.services);
    const payload = { n: 9, phone: '123', when: '1800-01-01' };
    const zh = await t.app.inject({ method: 'POST', url: '/api/test/validate', headers: acc.headers, payload });
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.details).toEqual([
      { field: 'body.n', code: 'too_big', message: expect.stringMatching(/[\u4e00-\u9fff]/) },
      { field: 'body.phone', code: 'phone.invalid', message: '手机号格式不正确' },
      { field: 'body.when', code: 'date.implausible', message: '日期不合理' },
    ]);
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/test/validate',
      headers: { ...acc.headers, 'accept-language': 'en' },
      payload,
    });
    expect(en.json().error.details.map((d: { message: string }) => d.message)).toEqual([
      expect.stringMatching(/^Too big/),
      'Invalid mobile phone number',
      'The date is not plausible',
    ]);
  });

  it('never sends a stack or internals to the client', async () => {
    const acc = await createAccount(t.app.services);
    const res = await t.app.inject({ url: '/api/test/boom', headers: { ...acc.headers, 'accept-language': 'en' } });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 'INTERNAL', message: 'Internal server error', details: null } });
  });

  it('redacts query parameters from logged database errors', () => {
    expect(caught).toBeDefined();
    expect((caught as Error).message).toContain('params:');
    const logged = redactedError(caught as Error);
    expect(logged.code).toBe('23505');
    expect(logged.message).toContain('insert into regions');
    expect(logged.message).toContain('params: [redacted]');
    expect(JSON.stringify(logged)).not.toMatch(/params: (?!\[redacted\])/);
  });

  it("answers Fastify's and Node's own refusals in our error shape", async () => {
    const acc = await createAccount(t.app.services);
    const longSegment = await t.app.inject({ url: `/api/orgs/${'1'.repeat(500)}`, headers: acc.headers });
    expect({ status: longSegment.statusCode, body: longSegment.json() }).toEqual({
      status: 414,
      body: { error: { code: 'URI_TOO_LONG', message: '请求地址过长', details: null } },
    });
    const badEncoding = await t.app.inject({ url: '/api/orgs/%E0%A4%A', headers: acc.headers });
    expect(badEncoding.statusCode).toBe(400);
    expect(badEncoding.json().error).toMatchObject({ code: 'BAD_REQUEST', details: { reason: 'malformed address' } });
    // Node's HTTP parser refuses an over-long query string before Fastify sees a request: only a
    // real socket shows that answer.
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const tooLong = await fetch(`${address}/api/people?q=${'a'.repeat(20_000)}`, { headers: acc.headers });
    expect({ status: tooLong.status, body: await tooLong.json() }).toEqual({
      status: 431,
      body: { error: { code: 'HEADERS_TOO_LARGE', message: '请求头或查询条件过长', details: null } },
    });
  });

  it('carries details in every error, null when there are none', async () => {
    const res = await t.app.inject({ url: '/api/me' });
    expect(res.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: '请先登录', details: null } });
  });
});
