import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { connect, type Database } from '../../platform/db/client.ts';
import { makePhone } from '../../test/factories.ts';
import { type TestEnv, useTestApp } from '../../test/harness.ts';
import { startWorker } from '../../worker.ts';
import { LOGIN_RATE_PER_MINUTE } from './routes/auth.ts';
import { login, q } from './test-helpers.ts';

const lockEnv = { LOCKOUT_THRESHOLD: '3', LOCKOUT_BASE_SECONDS: '60', LOCKOUT_MAX_SECONDS: '200' };

// Two API processes behind a load balancer: two apps, each with its own pool, on one database.
describe('sign-in throttles are shared by every process', () => {
  const t = useTestApp(lockEnv);
  let database: Database;
  let second: TestEnv;
  beforeAll(async () => {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: t.url, ...lockEnv });
    database = connect(t.url, 5);
    const app: App = await buildApp(config, database);
    await app.ready();
    second = { ...t, app, database };
  });
  afterAll(async () => {
    await second?.app.close();
    await database?.close();
  });

  it('two instances together allow no more than the per-IP limit, even in parallel', async () => {
    const ip = '198.51.100.9';
    const total = LOGIN_RATE_PER_MINUTE * 2;
    const results = await Promise.all(
      Array.from({ length: total }, (_, i) => login(i % 2 ? second : t, { phone: makePhone(), password: 'x' }, ip)),
    );
    const allowed = results.filter((r) => r.statusCode === 401).length;
    const limited = results.filter((r) => r.statusCode === 429);
    expect(allowed).toBe(LOGIN_RATE_PER_MINUTE);
    expect(limited.length).toBe(total - LOGIN_RATE_PER_MINUTE);
    for (const r of limited) {
      expect(r.json().error.code).toBe('RATE_LIMITED');
      expect(Number(r.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Number(r.headers['retry-after'])).toBeLessThanOrEqual(60);
    }
    // Both instances refuse now; the row holds the IP, not a phone.
    expect((await login(t, { phone: makePhone(), password: 'x' }, ip)).statusCode).toBe(429);
    expect((await login(second, { phone: makePhone(), password: 'x' }, ip)).statusCode).toBe(429);
    const [row] = await q(t, `select count from login_throttles where kind = 'ip' and key = $1`, [ip]);
    expect(row?.count).toBe(total + 2);
  });

  it('a new window starts once the old one is over', async () => {
    const ip = '198.51.100.10';
    for (let i = 0; i <= LOGIN_RATE_PER_MINUTE; i++) await login(t, { phone: makePhone(), password: 'x' }, ip);
    expect((await login(second, { phone: makePhone(), password: 'x' }, ip)).statusCode).toBe(429);
    await q(t, `update login_throttles set window_start = now() - interval '61 seconds' where key = $1`, [ip]);
    expect((await login(second, { phone: makePhone(), password: 'x' }, ip)).statusCode).toBe(401);
    const [row] = await q(t, `select count from login_throttles where kind = 'ip' and key = $1`, [ip]);
    expect(row?.count).toBe(1);
  });

  it('an unknown phone locks across instances: parallel guesses check at most LOCKOUT_THRESHOLD', async () => {
    const phone = makePhone();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => login(i % 2 ? second : t, { phone, password: `wrong-${i}` })),
    );
    const codes = results.map((r) => r.json().error.code as string);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS').length).toBe(3);
    expect(codes.filter((c) => c === 'ACCOUNT_LOCKED').length).toBe(17);
    const locked = await login(second, { phone, password: 'x' });
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(50);
    // Keyed by the lookup hash: the phone itself is stored nowhere in the table.
    const rows = await q<{ key: string; failures: number }>(
      t,
      `select key, failures from login_throttles where kind = 'phone'`,
    );
    expect(rows.some((r) => r.key.includes(phone))).toBe(false);
    expect(rows.some((r) => r.key === t.app.services.crypto.active.lookupHash(phone) && r.failures === 3)).toBe(true);
  });

  it('an unknown phone: the run decays after 24 h, the lock doubles and is capped', async () => {
    const phone = makePhone();
    const key = t.app.services.crypto.active.lookupHash(phone);
    await login(t, { phone, password: 'x' });
    await q(
      t,
      `update login_throttles set failures = 2, first_failed_at = now() - interval '25 hours' where key = $1`,
      [key],
    );
    expect((await login(second, { phone, password: 'x' })).json().error.code).toBe('INVALID_CREDENTIALS');
    const [fresh] = await q(t, 'select failures, locked_until from login_throttles where key = $1', [key]);
    expect(fresh).toEqual({ failures: 1, locked_until: null });
    // 3rd failure locks 60 s, 4th 120 s, 5th would be 240 s but is capped at 200 s.
    const lockAfterNext = async () => {
      expect((await login(t, { phone, password: 'x' })).json().error.code).toBe('INVALID_CREDENTIALS');
      const [r] = await q<{ s: number }>(
        t,
        'select round(extract(epoch from locked_until - now()))::int as s from login_throttles where key = $1',
        [key],
      );
      await q(t, `update login_throttles set locked_until = now() - interval '1 second' where key = $1`, [key]);
      return r?.s;
    };
    await login(t, { phone, password: 'x' });
    expect(await lockAfterNext()).toBeCloseTo(60, -1);
    expect(await lockAfterNext()).toBeCloseTo(120, -1);
    expect(await lockAfterNext()).toBeCloseTo(200, -1);
  });

  it('the worker deletes rows idle for two days, but not a lock that is still running', async () => {
    await q(
      t,
      `insert into login_throttles (kind, key, window_start, count, updated_at) values
         ('ip', 'stale-ip', now() - interval '3 days', 5, now() - interval '3 days'),
         ('ip', 'recent-ip', now() - interval '1 day', 5, now() - interval '1 day')`,
    );
    await q(
      t,
      `insert into login_throttles (kind, key, failures, first_failed_at, locked_until, updated_at) values
         ('phone', 'stale-phone', 4, now() - interval '3 days', now() - interval '3 days', now() - interval '3 days'),
         ('phone', 'locked-phone', 9, now() - interval '3 days', now() + interval '1 hour', now() - interval '3 days')`,
    );
    const worker = startWorker(t.app.services);
    const keys = async () =>
      (
        await q<{ key: string }>(
          t,
          `select key from login_throttles where key in ('stale-ip', 'recent-ip', 'stale-phone', 'locked-phone') order by key`,
        )
      ).map((r) => r.key);
    for (let i = 0; i < 150 && (await keys()).length > 2; i++) await new Promise((r) => setTimeout(r, 100));
    await worker.stop();
    expect(await keys()).toEqual(['locked-phone', 'recent-ip']);
  });
});
