import { describe, expect, it } from 'vitest';
import { createAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { totpCodeAt } from '../auth/totp.ts';
import { bearer, login, q } from './test-helpers.ts';

describe('TOTP second factor', () => {
  const t = useTestApp();
  const post = (url: string, token: string | null, payload?: object) =>
    t.app.inject({ method: 'POST', url, headers: token ? bearer(token) : {}, ...(payload ? { payload } : {}) });

  it('refuses without a session', async () => {
    for (const url of ['/api/auth/totp/setup', '/api/auth/totp/enable', '/api/auth/totp/disable']) {
      expect((await post(url, null, { code: '123456' })).statusCode).toBe(401);
    }
  });

  it('sets up, enables, signs in with a code, refuses replay, disables', async () => {
    const acc = await createAccount(t.app.services, { withSession: false });
    const token = (await login(t, acc)).json().data.token as string;

    expect((await post('/api/auth/totp/enable', token, { code: '123456' })).json().error.code).toBe('TOTP_NOT_SET_UP');
    const setup = await post('/api/auth/totp/setup', token);
    expect(setup.statusCode).toBe(200);
    const { uri, secret } = setup.json().data as { uri: string; secret: string };
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain(`secret=${secret}`);
    const [stored] = await q(t, 'select totp_secret_enc, is_totp_enabled from accounts where id = $1', [acc.id]);
    expect(stored?.totp_secret_enc).not.toContain(secret); // encrypted at rest
    expect(stored?.is_totp_enabled).toBe(false);

    const bad = await post('/api/auth/totp/enable', token, { code: '12ab' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('body.code');
    const wrongCode = totpCodeAt(secret, Date.now() + 10 * 60_000);
    expect((await post('/api/auth/totp/enable', token, { code: wrongCode })).json().error.code).toBe('MFA_INVALID');
    const enabled = await post('/api/auth/totp/enable', token, { code: totpCodeAt(secret) });
    expect(enabled.statusCode).toBe(200);
    expect((await post('/api/auth/totp/setup', token)).json().error.code).toBe('TOTP_ALREADY_ENABLED');

    // Password alone: MFA_REQUIRED, no session, no failure counted.
    const noCode = await login(t, acc);
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().error.code).toBe('MFA_REQUIRED');
    expect(noCode.json().data).toBeUndefined();
    // A wrong code counts as a failure.
    const wrong = await login(t, { ...acc, totp: wrongCode });
    expect(wrong.json().error.code).toBe('MFA_INVALID');
    expect((await q(t, 'select failed_logins from accounts where id = $1', [acc.id]))[0]?.failed_logins).toBe(1);

    const code = totpCodeAt(secret, Date.now() + 30_000);
    const ok = await login(t, { ...acc, totp: code });
    expect(ok.statusCode).toBe(200);
    // The same code (same step) is refused the second time.
    const replay = await login(t, { ...acc, totp: code });
    expect(replay.json().error.code).toBe('MFA_INVALID');

    expect((await post('/api/auth/totp/disable', token, { code })).json().error.code).toBe('MFA_INVALID');
    // A minute later (moved back in SQL rather than waited for), the current code is fresh again.
    await q(t, 'update accounts set totp_last_step = totp_last_step - 2 where id = $1', [acc.id]);
    const off = await post('/api/auth/totp/disable', token, { code: totpCodeAt(secret) });
    expect(off.statusCode).toBe(200);
    expect((await login(t, acc)).json().data.stage).toBe('active');
  });
});
