import { describe, expect, it } from 'vitest';
import { createAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { issueDeviceToken } from '../auth/known-device.ts';
import { resetLoginFailures } from '../auth/lockout.ts';
import { hashPassword } from '../auth/password-hash.ts';
import { q, randomIp } from './test-helpers.ts';

const lockEnv = { LOCKOUT_THRESHOLD: '3', LOCKOUT_BASE_SECONDS: '600', LOCKOUT_MAX_SECONDS: '900' };

// Issue 10, item 7: one wrong guess per expiry used to keep the owner locked out. Strangers' guesses
// now lock the account for strangers; the owner's browser, known from an earlier sign-in, still
// signs in, and guesses made on that browser lock only that browser.
describe('sign-in lockout: a known device still signs in while strangers are throttled', () => {
  const t = useTestApp(lockEnv);

  const login = (phone: string, password: string, device?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: randomIp(),
      payload: { phone, password, client: 'web' },
      ...(device ? { cookies: { hy_device: device } } : {}),
    });
  const deviceOf = (res: Awaited<ReturnType<typeof login>>) =>
    res.cookies.find((c) => c.name === 'hy_device') as
      | { value: string; httpOnly?: boolean; sameSite?: string; path?: string }
      | undefined;

  /** What a device token is bound to: the account and its stored password hash. */
  const deviceAccount = async (id: string) => {
    const [row] = await q<{ password_hash: string }>(t, 'select password_hash from accounts where id = $1', [id]);
    return { id, passwordHash: row?.password_hash as string };
  };

  it('sets the device cookie at a successful web sign-in, HttpOnly and only for /api/auth', async () => {
    const acc = await createAccount(t.app.services, { withSession: false });
    const cookie = deviceOf(await login(acc.phone, acc.password));
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' });
    // Signing in again on that browser keeps the same device id; the token is renewed.
    const again = deviceOf(await login(acc.phone, acc.password, cookie?.value))?.value;
    expect(again?.split('.')[0]).toBe(cookie?.value.split('.')[0]);
  });

  it('strangers lock the account for strangers only; the owner on a known device still gets in', async () => {
    const acc = await createAccount(t.app.services, { withSession: false });
    const device = deviceOf(await login(acc.phone, acc.password))?.value as string;
    const other = await createAccount(t.app.services, { withSession: false });
    const othersDevice = deviceOf(await login(other.phone, other.password))?.value as string;
    for (let i = 0; i < 3; i++) expect((await login(acc.phone, 'wrong-guess-123')).statusCode).toBe(401);
    expect((await login(acc.phone, acc.password)).json().error.code).toBe('ACCOUNT_LOCKED');
    // Neither a forged cookie, nor one made for another account, nor one from another key passes.
    const forged = `${'A'.repeat(24)}.${'0'.repeat(64)}`;
    const foreignKey = `${device.split('.').slice(0, 2).join('.')}.s1:${'f'.repeat(43)}`;
    for (const fake of [forged, othersDevice, foreignKey, 'garbage']) {
      expect((await login(acc.phone, acc.password, fake)).json().error.code, fake).toBe('ACCOUNT_LOCKED');
    }
    // The owner's browser signs in through the strangers' lock, which stays for strangers.
    const owner = await login(acc.phone, acc.password, device);
    expect(owner.statusCode).toBe(200);
    expect((await login(acc.phone, acc.password)).json().error.code).toBe('ACCOUNT_LOCKED');
    const [row] = await q(t, 'select failed_logins, locked_until is not null as locked from accounts where id = $1', [
      acc.id,
    ]);
    expect(row).toEqual({ failed_logins: 3, locked: true });
    const audit = await q<{ details: { knownDevice?: boolean } }>(
      t,
      `select details from audit_log where action = 'auth.login' and outcome = 'success' and target_id = $1 order by seq desc limit 1`,
      [acc.id],
    );
    expect(audit[0]?.details.knownDevice).toBe(true);
  });

  it('guesses on a known device lock that device only; an unlock clears every device', async () => {
    const acc = await createAccount(t.app.services, { withSession: false });
    const device = deviceOf(await login(acc.phone, acc.password))?.value as string;
    const second = issueDeviceToken(t.app.services.crypto, await deviceAccount(acc.id));
    for (let i = 0; i < 3; i++) expect((await login(acc.phone, 'wrong-guess-123', device)).statusCode).toBe(401);
    expect((await login(acc.phone, acc.password, device)).json().error.code).toBe('ACCOUNT_LOCKED');
    // The account itself is not locked: a stranger with the right password, or another device, gets in.
    expect((await login(acc.phone, acc.password, second)).statusCode).toBe(200);
    expect((await login(acc.phone, acc.password)).statusCode).toBe(200);
    const rows = await q(t, `select failures from login_throttles where kind = 'device' and key like $1`, [
      `${acc.id}:%`,
    ]);
    expect(rows).toEqual([{ failures: 3 }]);
    await resetLoginFailures(t.app.services.db, acc.id);
    expect((await login(acc.phone, acc.password, device)).statusCode).toBe(200);
  });

  it('a device token counts only within its lifetime and only for the password it was issued under', async () => {
    const acc = await createAccount(t.app.services, { withSession: false });
    const crypto = t.app.services.crypto;
    const bound = await deviceAccount(acc.id);
    const day = 24 * 3600 * 1000;
    const expired = issueDeviceToken(crypto, bound, undefined, Date.now() - 366 * day);
    const future = issueDeviceToken(crypto, bound, undefined, Date.now() + day);
    const lastMonth = issueDeviceToken(crypto, bound, undefined, Date.now() - 30 * day);
    const device = deviceOf(await login(acc.phone, acc.password))?.value as string;
    // The password changes (a security admin's reset): the devices known before it are forgotten.
    const newPassword = 'Another-Pass-2026';
    await q(t, 'update accounts set password_hash = $1 where id = $2', [await hashPassword(newPassword), acc.id]);
    for (let i = 0; i < 3; i++) expect((await login(acc.phone, 'wrong-guess-123')).statusCode).toBe(401);
    for (const stale of [expired, future, lastMonth, device]) {
      expect((await login(acc.phone, newPassword, stale)).json().error.code).toBe('ACCOUNT_LOCKED');
    }
    // A token issued under the current password, a month ago, still counts.
    const current = issueDeviceToken(crypto, await deviceAccount(acc.id), undefined, Date.now() - 30 * day);
    expect((await login(acc.phone, newPassword, current)).statusCode).toBe(200);
  });
});
