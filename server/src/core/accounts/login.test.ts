import { describe, expect, it } from 'vitest';
import { createAccount, createOrg, makePhone } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { lockSecondsFor } from '../auth/lockout.ts';
import { LOGIN_RATE_PER_MINUTE } from './routes/auth.ts';
import { bearer, login, q } from './test-helpers.ts';

const lockEnv = { LOCKOUT_THRESHOLD: '3', LOCKOUT_BASE_SECONDS: '60', LOCKOUT_MAX_SECONDS: '200' };

describe('POST /api/auth/login', () => {
  const t = useTestApp(lockEnv);

  it('lists every bad field in a 400', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { phone: 'abc', client: 'x' } });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['body.phone', 'body.password', 'body.client']));
  });

  it('answers an unknown phone like a wrong password, and audits it', async () => {
    const res = await login(t, { phone: '13000000001', password: 'whatever-pass' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('INVALID_CREDENTIALS');
    const rows = await q(t, `select details from audit_log where action = 'auth.login' and outcome = 'failure'`);
    expect(rows.some((r) => (r.details as { reason: string }).reason === 'unknown_account')).toBe(true);
  });

  it('web: sets an HttpOnly SameSite cookie and no token; the cookie signs requests in', async () => {
    const acc = await createAccount(t.app.services, { withSession: false });
    const res = await login(t, {
      phone: `+86 ${acc.phone.slice(0, 3)} ${acc.phone.slice(3)}`,
      password: acc.password,
      client: 'web',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ stage: 'active', reason: null, account: { id: acc.id } });
    expect(res.json().data.token).toBeUndefined();
    expect(res.json().data.account.phoneMasked).toBe(`1*******${acc.phone.slice(-4)}`);
    const header = String(res.headers['set-cookie']);
    expect(header).toMatch(/^hy_session=/);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    expect(header).toMatch(/Path=\//);
    expect(header).not.toMatch(/Secure/); // COOKIE_SECURE defaults to production only
    const cookie = res.cookies.find((c) => c.name === 'hy_session');
    const me = await t.app.inject({ url: '/api/me', cookies: { hy_session: cookie?.value ?? '' } });
    expect(me.statusCode).toBe(200);
    expect(me.json().data.account.id).toBe(acc.id);
  });

  it('app: returns a bearer token; success is audited and recorded', async () => {
    const acc = await createAccount(t.app.services, { withSession: false });
    const res = await login(t, { phone: acc.phone, password: acc.password });
    expect(res.statusCode).toBe(200);
    const token = res.json().data.token as string;
    expect(res.headers['set-cookie']).toBeUndefined();
    expect((await t.app.inject({ url: '/api/me', headers: bearer(token) })).statusCode).toBe(200);
    const audit = await q(t, `select outcome from audit_log where action = 'auth.login' and target_id = $1`, [acc.id]);
    expect(audit.map((r) => r.outcome)).toEqual(['success']);
    const ev = await q(t, `select type from events where actor_account_id = $1`, [acc.id]);
    expect(ev.map((r) => r.type)).toContain('accounts.session.started');
  });

  it('locks after the threshold, refuses even the right password while locked, unlocks when it ends', async () => {
    const acc = await createAccount(t.app.services, { withSession: false });
    for (let i = 0; i < 3; i++) {
      const r = await login(t, { phone: acc.phone, password: 'wrong-password' });
      expect(r.json().error.code).toBe('INVALID_CREDENTIALS');
    }
    const locked = await login(t, { phone: acc.phone, password: acc.password });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('ACCOUNT_LOCKED');
    const wait = locked.json().error.details.retryAfterSeconds;
    expect(wait).toBeGreaterThan(50);
    expect(wait).toBeLessThanOrEqual(60);
    expect(locked.headers['retry-after']).toBe(String(wait));

    // Attempts while locked neither count nor extend the lock.
    const [before] = await q(t, 'select failed_logins, locked_until from accounts where id = $1', [acc.id]);
    await login(t, { phone: acc.phone, password: 'wrong-again' });
    const [after] = await q(t, 'select failed_logins, locked_until from accounts where id = $1', [acc.id]);
    expect(after).toEqual(before);
    expect(before?.failed_logins).toBe(3);

    // Failures persisted in the audit log even though each request failed.
    const fails = await q(
      t,
      `select details from audit_log where action = 'auth.login' and outcome = 'failure' and target_id = $1`,
      [acc.id],
    );
    expect(fails.map((r) => (r.details as { reason: string }).reason)).toEqual([
      'bad_password',
      'bad_password',
      'bad_password',
      'locked',
      'locked',
    ]);

    await q(t, `update accounts set locked_until = now() - interval '1 second' where id = $1`, [acc.id]);
    const ok = await login(t, { phone: acc.phone, password: acc.password });
    expect(ok.statusCode).toBe(200);
    const [reset] = await q(t, 'select failed_logins, locked_until from accounts where id = $1', [acc.id]);
    expect(reset).toEqual({ failed_logins: 0, locked_until: null });
  });

  it('doubles the lock per further failure but never beyond LOCKOUT_MAX_SECONDS', async () => {
    const cfg = { LOCKOUT_THRESHOLD: 3, LOCKOUT_BASE_SECONDS: 60, LOCKOUT_MAX_SECONDS: 200 };
    expect([2, 3, 4, 5, 6, 100, 10000].map((n) => lockSecondsFor(cfg, n))).toEqual([0, 60, 120, 200, 200, 200, 200]);
    const acc = await createAccount(t.app.services, { withSession: false });
    await q(t, 'update accounts set failed_logins = 500 where id = $1', [acc.id]);
    await login(t, { phone: acc.phone, password: 'wrong-password' });
    const [row] = await q<{ secs: number }>(
      t,
      'select extract(epoch from locked_until - now())::float8 as secs from accounts where id = $1',
      [acc.id],
    );
    expect(row?.secs).toBeGreaterThan(190);
    expect(row?.secs).toBeLessThanOrEqual(200);
  });

  it('refuses a disabled account with the right password', async () => {
    const acc = await createAccount(t.app.services, { withSession: false });
    await q(t, 'update accounts set is_disabled = true where id = $1', [acc.id]);
    const res = await login(t, { phone: acc.phone, password: acc.password });
    expect(res.json().error.code).toBe('ACCOUNT_DISABLED');
  });

  it('limits login attempts per IP', async () => {
    // A different unknown phone each time, so the per-phone lockout does not answer first.
    const codes: number[] = [];
    for (let i = 0; i <= LOGIN_RATE_PER_MINUTE; i++) {
      codes.push((await login(t, { phone: makePhone(), password: 'x' }, '192.0.2.7')).statusCode);
    }
    expect(codes.slice(0, LOGIN_RATE_PER_MINUTE).every((c) => c === 401)).toBe(true);
    const last = await login(t, { phone: makePhone(), password: 'x' }, '192.0.2.7');
    expect(last.statusCode).toBe(429);
    expect(last.json().error.code).toBe('RATE_LIMITED');
    expect(last.headers['retry-after']).toBeDefined();
    // Another address is unaffected.
    expect((await login(t, { phone: makePhone(), password: 'x' }, '192.0.2.8')).statusCode).toBe(401);
  });
});

describe('sessions: logout, logout-all, timeouts, disabling', () => {
  const t = useTestApp();

  it('logout ends this session only; 401 without a session', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(401);
    const acc = await createAccount(t.app.services, { withSession: false });
    const a = (await login(t, acc)).json().data.token;
    const b = (await login(t, acc)).json().data.token;
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(a) });
    expect(out.statusCode).toBe(200);
    const again = await t.app.inject({ url: '/api/me', headers: bearer(a) });
    expect(again.statusCode).toBe(401);
    expect(again.json().error.code).toBe('SESSION_EXPIRED');
    expect((await t.app.inject({ url: '/api/me', headers: bearer(b) })).statusCode).toBe(200);
  });

  it('logout-all ends every session of the account', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout-all' })).statusCode).toBe(401);
    const acc = await createAccount(t.app.services, { withSession: false });
    const a = (await login(t, acc)).json().data.token;
    const b = (await login(t, acc)).json().data.token;
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout-all', headers: bearer(a) })).statusCode).toBe(
      200,
    );
    for (const tok of [a, b]) {
      expect((await t.app.inject({ url: '/api/me', headers: bearer(tok) })).json().error.code).toBe('SESSION_EXPIRED');
    }
  });

  it('expires idle sessions and sessions past their absolute lifetime', async () => {
    const acc = await createAccount(t.app.services, { withSession: false });
    const idle = (await login(t, acc)).json().data.token;
    const old = (await login(t, acc)).json().data.token;
    const fresh = (await login(t, acc)).json().data.token;
    const { hashToken } = await import('../auth/sessions.ts');
    await q(t, `update sessions set last_seen_at = now() - interval '31 minutes' where token_hash = $1`, [
      hashToken(idle),
    ]);
    await q(t, `update sessions set expires_at = now() - interval '1 second' where token_hash = $1`, [hashToken(old)]);
    for (const tok of [idle, old]) {
      const r = await t.app.inject({ url: '/api/me', headers: bearer(tok) });
      expect(r.statusCode).toBe(401);
      expect(r.json().error.code).toBe('SESSION_EXPIRED');
    }
    expect((await t.app.inject({ url: '/api/me', headers: bearer(fresh) })).statusCode).toBe(200);
  });

  it('disabling an account ends its sessions at once', async () => {
    const root = await createOrg(t.app.services);
    const admin = await createAccount(t.app.services, { grants: [{ role: 'security_admin', org: root }] });
    const user = await createAccount(t.app.services, { grants: [{ role: 'member', org: root }] });
    expect((await t.app.inject({ url: '/api/me', headers: user.headers })).statusCode).toBe(200);
    const res = await t.app.inject({ method: 'POST', url: `/api/accounts/${user.id}/disable`, headers: admin.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ isDisabled: true, abilities: { canEnable: true, canDisable: false } });
    const next = await t.app.inject({ url: '/api/me', headers: user.headers });
    expect([401, 403]).toContain(next.statusCode);
    const audit = await q(t, `select action from audit_log where target_id = $1 and action = 'accounts.disabled'`, [
      user.id,
    ]);
    expect(audit).toHaveLength(1);
  });
});
