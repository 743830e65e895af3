import { describe, expect, it } from 'vitest';
import { ConfigError, DEV_DATA_KEY, loadConfig } from './config.ts';

describe('config', () => {
  it('starts with defaults on a fresh machine', () => {
    const c = loadConfig({});
    expect(c.HOST).toBe('127.0.0.1');
    expect(c.PORT).toBe(3000);
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.DATA_DIR).toBe('./data');
    expect(c.DATA_KEY).toHaveLength(32);
    expect(c.cookieSecure).toBe(false);
  });

  it('lists every bad or missing value in one message', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'x', DATABASE_URL: 'mysql://h/db', PASSWORD_POLICY: 'weak', DATA_KEY: 'short' });
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      message = (e as Error).message;
    }
    for (const key of ['PORT', 'DATABASE_URL', 'PASSWORD_POLICY', 'DATA_KEY']) expect(message).toContain(key);
  });

  it('refuses development keys and a missing database in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL[\s\S]*DATA_KEY[\s\S]*LOOKUP_KEY/);
    const ok = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://u:p@db:5432/hongyun',
      DATA_KEY: 'a'.repeat(64),
      LOOKUP_KEY: 'b'.repeat(64),
    });
    expect(ok.isProduction).toBe(true);
    expect(ok.cookieSecure).toBe(true);
    expect(ok.DATA_KEY.equals(Buffer.from(DEV_DATA_KEY, 'hex'))).toBe(false);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });
});
