import { describe, expect, it } from 'vitest';
import { createAccount, createOrg } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { totpCodeAt } from '../auth/totp.ts';
import { bearer, login, q } from './test-helpers.ts';

describe('mlps (等保2.0) policy', () => {
  const t = useTestApp({ PASSWORD_POLICY: 'mlps', PASSWORD_MAX_AGE_DAYS: '90' });

  it('requires three character classes', async () => {
    const acc = await createAccount(t.app.services, { withSession: false });
    const token = (await login(t, acc)).json().data.token as string;
    const post = (newPassword: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: bearer(token),
        payload: { currentPassword: acc.password, newPassword },
      });
    const weak = await post('a long passphrase');
    expect(weak.json().error).toMatchObject({
      code: 'PASSWORD_TOO_WEAK',
      details: { problems: ['needs_three_classes'] },
    });
    expect((await post('Long-passphrase')).statusCode).toBe(200);
  });

  it('forces a change once the password is older than the maximum age', async () => {
    const acc = await createAccount(t.app.services, { withSession: false });
    await q(t, `update accounts set password_changed_at = now() - interval '91 days' where id = $1`, [acc.id]);
    const res = await login(t, acc);
    expect(res.json().data).toMatchObject({ stage: 'password_change', reason: 'PASSWORD_EXPIRED' });
    const token = res.json().data.token as string;
    expect(
      (await t.app.inject({ url: `/api/delegations?delegateAccountId=${acc.id}`, headers: bearer(token) })).json().error
        .code,
    ).toBe('PASSWORD_CHANGE_REQUIRED');
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: bearer(token),
      payload: { currentPassword: acc.password, newPassword: 'Renewed#2026' },
    });
    expect(ok.json().data.stage).toBe('active');
  });

  it('holds an administrator without TOTP to setting it up', async () => {
    const root = await createOrg(t.app.services);
    const acc = await createAccount(t.app.services, { withSession: false, grants: [{ role: 'org_admin', org: root }] });
    const res = await login(t, acc);
    expect(res.json().data).toMatchObject({ stage: 'mfa_setup', reason: 'MFA_SETUP_REQUIRED' });
    const token = res.json().data.token as string;
    const refused = await t.app.inject({ url: '/api/accounts', headers: bearer(token) });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('MFA_SETUP_REQUIRED');

    const setup = await t.app.inject({ method: 'POST', url: '/api/auth/totp/setup', headers: bearer(token) });
    expect(setup.statusCode).toBe(200);
    const secret = setup.json().data.secret as string;
    const enable = await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/enable',
      headers: bearer(token),
      payload: { code: totpCodeAt(secret) },
    });
    expect(enable.json().data.stage).toBe('active');
    expect((await t.app.inject({ url: '/api/accounts', headers: bearer(token) })).statusCode).toBe(200);

    // Next login needs the code, and then the session is fully active.
    expect((await login(t, acc)).json().error.code).toBe('MFA_REQUIRED');
    const next = await login(t, { ...acc, totp: totpCodeAt(secret, Date.now() + 30_000) });
    expect(next.json().data.stage).toBe('active');

    // An administrator may not drop the second factor under mlps.
    const drop = await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/disable',
      headers: bearer(token),
      payload: { code: totpCodeAt(secret) },
    });
    expect(drop.statusCode).toBe(403);
    expect(drop.json().error.details).toEqual({ reason: 'mlps_admin_requires_totp' });
  });

  it('does not hold a plain member to TOTP', async () => {
    const root = await createOrg(t.app.services);
    const acc = await createAccount(t.app.services, { withSession: false, grants: [{ role: 'member', org: root }] });
    expect((await login(t, acc)).json().data.stage).toBe('active');
  });
});
