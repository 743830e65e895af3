import { describe, expect, it } from 'vitest';
import { ApiError, call, createApiClient, onSignedOut, queryString } from './client.ts';

describe('queryString', () => {
  it('skips empty values and repeats arrays', () => {
    expect(queryString({ q: '王', page: 2, status: undefined, org: null, empty: '', flag: ['a', 'b'] })).toBe(
      `?q=${encodeURIComponent('王')}&page=2&flag=a&flag=b`,
    );
    expect(queryString({})).toBe('');
    expect(queryString()).toBe('');
  });
});

describe('ApiError.fields', () => {
  it('lists field problems without the body/query prefix', () => {
    const e = new ApiError(400, 'VALIDATION_FAILED', 'bad', [
      { field: 'body.phone', code: 'phone.invalid', message: '手机号格式不正确' },
      { field: 'querystring.page', message: 'too small' },
      'not a problem',
    ]);
    expect(e.fields).toEqual([
      { field: 'phone', code: 'phone.invalid', message: '手机号格式不正确' },
      { field: 'page', message: 'too small' },
    ]);
    expect(new ApiError(404, 'NOT_FOUND', 'x', { reason: 'y' }).fields).toEqual([]);
  });
});

describe('the typed client', () => {
  const seen: Request[] = [];
  const answer = (status: number, body: unknown) =>
    createApiClient({
      baseUrl: 'http://hongyun.test',
      fetch: async (input) => {
        seen.push(input as Request);
        return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
      },
    });

  it('sends the language, the query without empty values, and the idempotency key', async () => {
    const http = answer(202, { data: { id: 'j1' } });
    await call(
      http.POST('/api/people/exports', {
        body: { q: '王', partyStatus: undefined },
        headers: { 'idempotency-key': 'k-1' },
      }),
    );
    await call(http.GET('/api/people', { params: { query: { q: '', pageSize: 20 } } }));
    const [post, get] = seen.slice(-2);
    expect(post?.headers.get('idempotency-key')).toBe('k-1');
    expect(post?.headers.get('accept-language')).toMatch(/^(zh-CN|en)$/);
    expect(post?.headers.get('content-type')).toBe('application/json');
    expect(new URL(get?.url ?? '').search).toBe('?pageSize=20');
  });

  it('resolves with the data and rejects with ApiError carrying code and details', async () => {
    expect(await call(answer(200, { data: { ok: 1 } }).GET('/api/orgs/roots'))).toEqual({ data: { ok: 1 } });
    const failed = call(
      answer(400, {
        error: { code: 'VALIDATION_FAILED', message: '字段有误', details: [{ field: 'body.phone', message: 'x' }] },
      }).POST('/api/auth/password', { body: { currentPassword: 'a', newPassword: 'b' } }),
    );
    await expect(failed).rejects.toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'phone' }],
    });
  });

  it('tells the app when the session is gone, but not for a failed sign-in', async () => {
    const codes: string[] = [];
    const stop = onSignedOut((code) => codes.push(code));
    const expired = answer(401, { error: { code: 'SESSION_EXPIRED', message: 'x' } });
    await expect(call(expired.GET('/api/me'))).rejects.toBeInstanceOf(ApiError);
    await expect(
      call(expired.POST('/api/auth/login', { body: { phone: '13900000000', password: 'x', client: 'web' } })),
    ).rejects.toBeInstanceOf(ApiError);
    stop();
    expect(codes).toEqual(['SESSION_EXPIRED']);
  });

  it('turns a network failure into NETWORK and lets an abort through', async () => {
    const down = createApiClient({
      baseUrl: 'http://hongyun.test',
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await expect(call(down.GET('/api/me'))).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
    const aborted = createApiClient({
      baseUrl: 'http://hongyun.test',
      fetch: async () => {
        throw new DOMException('aborted', 'AbortError');
      },
    });
    await expect(call(aborted.GET('/api/me'))).rejects.toMatchObject({ name: 'AbortError' });
  });
});
