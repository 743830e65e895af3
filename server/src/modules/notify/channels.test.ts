import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.ts';
import { webhookSignature } from './channels.ts';
import { channelsAvailable } from './preferences.ts';

// The channels' configuration: checked at start like every setting, and off until configured.

describe('notification channel settings', () => {
  const base = { NODE_ENV: 'test' };
  it('are off by default', () => {
    expect(channelsAvailable(loadConfig(base))).toEqual({ email: false, webhook: false });
  });
  it('refuse an SMTP host without a sender, a user without a password, a webhook without a secret', () => {
    expect(() => loadConfig({ ...base, SMTP_HOST: 'smtp.example.org' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, SMTP_HOST: 'smtp.example.org' })).toThrow(/SMTP_FROM/);
    expect(() => loadConfig({ ...base, SMTP_HOST: 'h', SMTP_FROM: 'a@b.c', SMTP_USER: 'u' })).toThrow(/SMTP_PASS/);
    expect(() => loadConfig({ ...base, NOTIFY_WEBHOOK_URL: 'https://gw.example.org/sms' })).toThrow(
      /NOTIFY_WEBHOOK_SECRET/,
    );
    expect(() =>
      loadConfig({ ...base, NOTIFY_WEBHOOK_URL: 'https://gw.example.org/sms', NOTIFY_WEBHOOK_SECRET: 'short' }),
    ).toThrow(/NOTIFY_WEBHOOK_SECRET/);
    expect(() => loadConfig({ ...base, NOTIFY_WEBHOOK_URL: 'ftp://gw.example.org' })).toThrow(/NOTIFY_WEBHOOK_URL/);
  });
  it('turn on when configured', () => {
    const c = loadConfig({
      ...base,
      SMTP_HOST: 'smtp.example.org',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      SMTP_FROM: '红云 <notify@example.org>',
      NOTIFY_WEBHOOK_URL: 'https://gw.example.org/sms',
      NOTIFY_WEBHOOK_SECRET: '0123456789abcdef',
    });
    expect(channelsAvailable(c)).toEqual({ email: true, webhook: true });
    expect(c).toMatchObject({
      SMTP_PORT: 465,
      SMTP_SECURE: true,
      NOTIFY_MAX_ATTEMPTS: 8,
      NOTIFY_RETRY_BASE_SECONDS: 30,
    });
  });
});

describe('the webhook signature', () => {
  it('is t=<seconds>,v1=<HMAC-SHA256 hex of "t.body">', () => {
    const body = '{"a":1}';
    const v1 = createHmac('sha256', 'secret-secret-secret').update(`1700000000.${body}`).digest('hex');
    expect(webhookSignature('secret-secret-secret', body, 1_700_000_000)).toBe(`t=1700000000,v1=${v1}`);
  });
});
