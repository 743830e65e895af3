import { describe, expect, it } from 'vitest';
import { ApiError, queryString } from './client.ts';

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
      { field: 'query.page', message: 'too small' },
      'not a problem',
    ]);
    expect(e.fields).toEqual([
      { field: 'phone', code: 'phone.invalid', message: '手机号格式不正确' },
      { field: 'page', message: 'too small' },
    ]);
    expect(new ApiError(404, 'NOT_FOUND', 'x', { reason: 'y' }).fields).toEqual([]);
  });
});
