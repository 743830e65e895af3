import { describe, expect, it } from 'vitest';
import { createAccount, createOrg } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { checkPassword } from '../auth/password-policy.ts';
import { bearer, login, q } from './test-helpers.ts';

const change = (token: string | null, payload: object) => ({
  method: 'POST' as const,
  url: '/api/auth/password',
  headers: token ? bearer(token) : {},
  payload,
});

describe('initial password and the asvs policy', () => {
  const t = useTestApp({ PASSWORD_POLICY: 'asvs' });

  it('an initial password restricts the session to changing it', async () => {
    const root = await createOrg(t.app.services);
    const acc = await createAccount(t.app.services, {
      mustChangePassword: true,
      withSession: false,
      grants: [{ role: 'security_admin', org: root }],
    });
    const other = (await login(t, acc)).json().data.token as string;
    const res = await login(t, acc);
    expect(res.json().data).toMatchObject({ stage: 'password_change', reason: 'PASSWORD_CHANGE_REQUIRED' });
    const token = res.json().data.token as string;

    const refused = await t.app.inject({ url: '/api/accounts', headers: bearer(token) });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const me = await t.app.inject({ url: '/api/me', headers: bearer(token) });
    expect(me.json().data).toMatchObject({ stage: 'password_change', account: { mustChangePassword: true } });

    expect((await t.app.inject(change(null, {}))).statusCode).toBe(401);
    const bad = await t.app.inject(change(token, { newPassword: 'short' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['body.currentPassword', 'body.newPassword']),
    );
    const wrong = await t.app.inject(
      change(token, { currentPassword: 'not-it-at-all', newPassword: 'a long passphrase' }),
    );
    expect(wrong.json().error.code).toBe('PASSWORD_WRONG');
    const weak = await t.app.inject(change(token, { currentPassword: acc.password, newPassword: 'password1' }));
    expect(weak.json().error).toMatchObject({ code: 'PASSWORD_TOO_WEAK', details: { problems: ['too_common'] } });
    const same = await t.app.inject(change(token, { currentPassword: acc.password, newPassword: acc.password }));
    expect(same.json().error.code).toBe('PASSWORD_REUSED');

    // asvs: a long lowercase passphrase is fine, no composition rules.
    const ok = await t.app.inject(change(token, { currentPassword: acc.password, newPassword: 'a long passphrase' }));
    expect(ok.statusCode).toBe(200);
    expect(ok.json().data.stage).toBe('active');
    expect((await t.app.inject({ url: '/api/accounts', headers: bearer(token) })).statusCode).toBe(200);
    // Every other session ended.
    expect((await t.app.inject({ url: '/api/me', headers: bearer(other) })).json().error.code).toBe('SESSION_EXPIRED');
    expect((await login(t, { phone: acc.phone, password: 'a long passphrase' })).json().data.stage).toBe('active');
  });

  it('asvs never forces rotation', async () => {
    const acc = await createAccount(t.app.services, { withSession: false });
    await q(t, `update accounts set password_changed_at = now() - interval '3 years' where id = $1`, [acc.id]);
    expect((await login(t, acc)).json().data.stage).toBe('active');
  });

  it('policy rules', () => {
    const asvs = { PASSWORD_POLICY: 'asvs' as const };
    const mlps = { PASSWORD_POLICY: 'mlps' as const };
    expect(checkPassword(asvs, 'abcdefgh')).toEqual([]);
    expect(checkPassword(asvs, 'abc')).toEqual(['too_short']);
    expect(checkPassword(asvs, '13912345678', { phone: '13912345678' })).toEqual(['equals_phone']);
    expect(checkPassword(mlps, 'abcdefgh')).toEqual(['needs_three_classes']);
    expect(checkPassword(mlps, 'Abcdefg1')).toEqual([]);
    expect(checkPassword(mlps, 'abcdefg#1')).toEqual([]);
  });
});
