import { describe, expect, it } from 'vitest';
import { makePhone } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { login } from './test-helpers.ts';

// LOGIN_RATE_PER_MINUTE is read per request from the config (the browser tests raise it; production
// keeps the default 30).
describe('LOGIN_RATE_PER_MINUTE', () => {
  const t = useTestApp({ LOGIN_RATE_PER_MINUTE: '3' });

  it('limits sign-in attempts per address to the configured number', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 4; i++)
      codes.push((await login(t, { phone: makePhone(), password: 'x' }, '192.0.2.40')).statusCode);
    expect(codes).toEqual([401, 401, 401, 429]);
  });
});
