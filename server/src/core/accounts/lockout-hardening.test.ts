import { describe, expect, it } from 'vitest';
import { createAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { totpCodeAt } from '../auth/totp.ts';
import { bearer, login, q } from './test-helpers.ts';

const lockEnv = { LOCKOUT_THRESHOLD: '3', LOCKOUT_BASE_SECONDS: '60', LOCKOUT_MAX_SECONDS: '200' };

describe('lockout hardening', () => {
  const t = useTestApp(lockEnv);

  it('parallel wrong guesses: at most LOCKOUT_THRESHOLD are checked before ACCOUNT_LOCKED', async () => {
    const acc = await createAccount(t.app.services, { withSession: false });
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => login(t, { phone: acc.phone, password: `wrong-password-${i}` })),
    );
    const codes = results.map((r) => r.json().error.code as string);
    const invalid = codes.filter((c) => c === 'INVALID_CREDENTIALS').length;
    expect(invalid).toBeLessThanOrEqual(3);
    expect(codes.filter((c) => c === 'ACCOUNT_LOCKED').length).toBe(25 - invalid);
    const [row] = await q(t, 'select failed_logins from accounts where id = $1', [acc.id]);
    expect(row?.failed_logins).toBe(3);
  });

  it('an unknown phone locks exactly like a known one', async () => {
    const known = await createAccount(t.app.services, { withSession: false });
    const unknown = '13700001234';
    const answers = async (phone: string) => {
      const out: string[] = [];
      for (let i = 0; i < 5; i++) out.push((await login(t, { phone, password: 'wrong-password' })).json().error.code);
      return out;
    };
    const a = await answers(known.phone);
    const b = await answers(unknown);
    expect(b).toEqual(a);
    expect(b).toEqual([
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'ACCOUNT_LOCKED',
      'ACCOUNT_LOCKED',
    ]);
    const locked = await login(t, { phone: unknown, password: 'x' });
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(50);
  });

  it('failures older than 24 hours no longer count', async () => {
    const acc = await createAccount(t.app.services, { withSession: false });
    await q(t, `update accounts set failed_logins = 2, first_failed_at = now() - interval '25 hours' where id = $1`, [
      acc.id,
    ]);
    const r = await login(t, { phone: acc.phone, password: 'wrong-password' });
    expect(r.json().error.code).toBe('INVALID_CREDENTIALS');
    const [row] = await q(t, 'select failed_logins, locked_until from accounts where id = $1', [acc.id]);
    expect(row).toEqual({ failed_logins: 1, locked_until: null });
    // Recent failures still add up.
    await login(t, { phone: acc.phone, password: 'wrong-password' });
    await login(t, { phone: acc.phone, password: 'wrong-password' });
    expect((await login(t, acc)).json().error.code).toBe('ACCOUNT_LOCKED');
  });

  it('a right password without the code counts nothing; a wrong code counts once', async () => {
    const acc = await createAccount(t.app.services, { withSession: false });
    const token = (await login(t, acc)).json().data.token as string;
    const { secret } = (
      await t.app.inject({ method: 'POST', url: '/api/auth/totp/setup', headers: bearer(token) })
    ).json().data as { secret: string };
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/enable',
      headers: bearer(token),
      payload: { code: totpCodeAt(secret) },
    });
    for (let i = 0; i < 4; i++) expect((await login(t, acc)).json().error.code).toBe('MFA_REQUIRED');
    const wrong = totpCodeAt(secret, Date.now() + 10 * 60_000);
    expect((await login(t, { ...acc, totp: wrong })).json().error.code).toBe('MFA_INVALID');
    expect((await q(t, 'select failed_logins from accounts where id = $1', [acc.id]))[0]?.failed_logins).toBe(1);
  });

  it('POST /api/auth/totp/disable: wrong codes count toward the lockout, refused while locked', async () => {
    const acc = await createAccount(t.app.services, { withSession: false });
    const token = (await login(t, acc)).json().data.token as string;
    const post = (url: string, payload?: object) =>
      t.app.inject({ method: 'POST', url, headers: bearer(token), ...(payload ? { payload } : {}) });
    const { secret } = (await post('/api/auth/totp/setup')).json().data as { secret: string };
    expect((await post('/api/auth/totp/enable', { code: totpCodeAt(secret) })).statusCode).toBe(200);
    await q(t, 'update accounts set totp_last_step = totp_last_step - 2 where id = $1', [acc.id]);
    const wrong = totpCodeAt(secret, Date.now() + 10 * 60_000);
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) codes.push((await post('/api/auth/totp/disable', { code: wrong })).json().error.code);
    expect(codes).toEqual(['MFA_INVALID', 'MFA_INVALID', 'MFA_INVALID', 'ACCOUNT_LOCKED']);
    // Even the right code is refused while locked; the sign-in is locked too.
    expect((await post('/api/auth/totp/disable', { code: totpCodeAt(secret) })).json().error.code).toBe(
      'ACCOUNT_LOCKED',
    );
    expect((await login(t, acc)).json().error.code).toBe('ACCOUNT_LOCKED');
    await q(t, `update accounts set locked_until = now() - interval '1 second' where id = $1`, [acc.id]);
    expect((await post('/api/auth/totp/disable', { code: totpCodeAt(secret) })).statusCode).toBe(200);
  });
});
