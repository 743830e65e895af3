import { describe, expect, it } from 'vitest';
import { createAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { login, q } from './test-helpers.ts';

describe('login in production', () => {
  const t = useTestApp({
    NODE_ENV: 'production',
    DATA_KEY: 'a1'.repeat(32),
    LOOKUP_KEY: 'b2'.repeat(32),
  });

  it('refuses demo accounts and sets a Secure cookie for real ones', async () => {
    const demo = await createAccount(t.app.services, { withSession: false });
    await q(t, 'update accounts set is_demo = true where id = $1', [demo.id]);
    const refused = await login(t, demo);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('DEMO_DISABLED');

    const real = await createAccount(t.app.services, { withSession: false });
    const ok = await login(t, { ...real, client: 'web' });
    expect(ok.statusCode).toBe(200);
    expect(String(ok.headers['set-cookie'])).toMatch(/; Secure/);
  });
});
