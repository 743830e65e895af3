import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { connect } from '../../platform/db/client.ts';
import { createAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { notify } from './commands/notify.ts';
import { backoffSeconds, CLAIM_LEASE_SECONDS, deliverDue } from './deliver.ts';
import { setPreferences } from './preferences.ts';

// The outbox end to end: email to a local SMTP server, the webhook to a local HTTP server that
// checks the signature, retries with back-off, failure after the last attempt, and a delivery
// that survives a restart (another app instance picks the row up).

type Mail = { to: string; subject: string; text: string; from: string };
const mails: Mail[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, _session, done) {
    simpleParser(stream)
      .then((m) => {
        const to = Array.isArray(m.to) ? m.to[0] : m.to;
        mails.push({ to: to?.text ?? '', subject: m.subject ?? '', text: m.text ?? '', from: m.from?.text ?? '' });
        done();
      })
      .catch(done);
  },
});
await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
const smtpPort = (smtp.server.address() as AddressInfo).port;

const SECRET = 'test-webhook-secret-0123456789';
type Hook = { body: Record<string, unknown>; signatureOk: boolean; idempotencyKey: string | undefined };
const hooks: Hook[] = [];
const hookState = { failWith: 0 };
const hookServer = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const raw = Buffer.concat(chunks).toString('utf8');
    const header = String(req.headers['x-hongyun-signature'] ?? '');
    const parts = Object.fromEntries(header.split(',').map((p) => p.split('=') as [string, string]));
    const expected = createHmac('sha256', SECRET).update(`${parts.t}.${raw}`).digest();
    const given = Buffer.from(parts.v1 ?? '', 'hex');
    const fresh = Math.abs(Date.now() / 1000 - Number(parts.t)) < 300;
    const signatureOk = fresh && given.length === expected.length && timingSafeEqual(given, expected);
    hooks.push({ body: JSON.parse(raw), signatureOk, idempotencyKey: req.headers['idempotency-key'] as string });
    res.statusCode = hookState.failWith || (signatureOk ? 204 : 401);
    res.end();
  });
});
await new Promise<void>((resolve) => hookServer.listen(0, '127.0.0.1', resolve));
const hookPort = (hookServer.address() as AddressInfo).port;

afterAll(async () => {
  await new Promise<void>((r) => smtp.close(() => r()));
  await new Promise<void>((r) => hookServer.close(() => r()));
});

const env = {
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(smtpPort),
  SMTP_FROM: '红云通知 <notify@hongyun.test>',
  NOTIFY_WEBHOOK_URL: `http://127.0.0.1:${hookPort}/sms`,
  NOTIFY_WEBHOOK_SECRET: SECRET,
  NOTIFY_MAX_ATTEMPTS: '3',
  NOTIFY_RETRY_BASE_SECONDS: '60',
};

const PREFS = {
  email: { enabled: true, address: 'wang@example.org' },
  webhook: { enabled: true },
  quietHours: { enabled: false, start: '22:00', end: '07:00' },
};

describe('notification deliveries', () => {
  const t = useTestApp(env);

  const deliveries = async (notificationId?: string) =>
    (
      await t.app.services.db.execute<{
        id: string;
        channel: string;
        status: string;
        attempts: number;
        next_attempt_at: Date;
        last_error: string | null;
      }>(sql`select id, channel, status, attempts, next_attempt_at, last_error from notification_deliveries
              where ${notificationId ? sql`notification_id = ${notificationId}` : sql`true`} order by channel`)
    ).rows;

  const notifyOne = async (accountId: string, channels?: ('email' | 'webhook')[]) => {
    await notify(
      { db: t.app.services.db },
      {
        recipients: [{ accountId }],
        template: 'learning.reminder',
        params: { days: 5 },
        link: '/m/learning/points',
        urgency: 'urgent',
        ...(channels ? { channels } : {}),
      },
    );
    const [row] = (
      await t.app.services.db.execute<{ id: string }>(
        sql`select id from notifications where account_id = ${accountId} order by created_at desc limit 1`,
      )
    ).rows;
    return row?.id as string;
  };

  it('sends an email through SMTP with the recipient, subject and body', async () => {
    const s = t.app.services;
    const a = await createAccount(s);
    await setPreferences(s.db, a.id, PREFS);
    const id = await notifyOne(a.id, ['email']);
    const r = await deliverDue(s);
    expect(r.sent).toBe(1);
    const mail = mails.at(-1);
    expect(mail).toMatchObject({ to: 'wang@example.org', subject: '学习提醒' });
    expect(mail?.from).toContain('notify@hongyun.test');
    expect(mail?.text).toContain('您已连续 5 个工作日未参加每日答题');
    expect(mail?.text).toContain('/m/learning/points');
    expect(await deliveries(id)).toEqual([expect.objectContaining({ channel: 'email', status: 'sent', attempts: 1 })]);
  });

  it('renders the email in the account’s language', async () => {
    const s = t.app.services;
    const a = await createAccount(s);
    await s.db.execute(sql`update accounts set locale = 'en' where id = ${a.id}`);
    await setPreferences(s.db, a.id, { ...PREFS, email: { enabled: true, address: 'en@example.org' } });
    await notifyOne(a.id, ['email']);
    await deliverDue(s);
    expect(mails.at(-1)).toMatchObject({ to: 'en@example.org', subject: 'Study reminder' });
  });

  it('POSTs the webhook signed with HMAC-SHA256 over timestamp.body, to the account’s phone', async () => {
    const s = t.app.services;
    const a = await createAccount(s);
    const id = await notifyOne(a.id, ['webhook']);
    expect(await deliverDue(s)).toMatchObject({ sent: 1 });
    const hook = hooks.at(-1);
    expect(hook?.signatureOk).toBe(true);
    expect(hook?.body).toMatchObject({
      notificationId: id,
      to: { phone: a.phone },
      subject: '学习提醒',
      urgency: 'urgent',
    });
    const [d] = await deliveries(id);
    expect(hook?.idempotencyKey).toBe(d?.id);
    expect(d).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('retries a failing destination with back-off, then marks it failed; an admin retries it', async () => {
    const s = t.app.services;
    const a = await createAccount(s);
    const id = await notifyOne(a.id, ['webhook']);
    hookState.failWith = 503;
    try {
      const start = new Date();
      expect(await deliverDue(s, { now: start })).toMatchObject({ sent: 0, retried: 1 });
      let [d] = await deliveries(id);
      expect(d).toMatchObject({ status: 'pending', attempts: 1, last_error: 'webhook answered HTTP 503' });
      const wait1 = (new Date(d?.next_attempt_at as Date).getTime() - start.getTime()) / 1000;
      expect(wait1).toBeGreaterThanOrEqual(48); // 60 s ± 20 %
      expect(wait1).toBeLessThanOrEqual(72);
      // Not due yet: nothing is sent again.
      expect(await deliverDue(s, { now: new Date(start.getTime() + 30_000) })).toMatchObject({ retried: 0 });
      const second = new Date(start.getTime() + 75_000);
      expect(await deliverDue(s, { now: second })).toMatchObject({ retried: 1 });
      [d] = await deliveries(id);
      const wait2 = (new Date(d?.next_attempt_at as Date).getTime() - second.getTime()) / 1000;
      expect(wait2).toBeGreaterThanOrEqual(96); // 120 s ± 20 %
      expect(wait2).toBeLessThanOrEqual(144);
      expect(await deliverDue(s, { now: new Date(second.getTime() + 150_000) })).toMatchObject({ failed: 1 });
      [d] = await deliveries(id);
      expect(d).toMatchObject({ status: 'failed', attempts: 3 });
      // A failed row is never picked up again on its own.
      expect(await deliverDue(s, { now: new Date(second.getTime() + 86_400_000) })).toEqual({
        sent: 0,
        retried: 0,
        failed: 0,
      });

      // The system administrator sees it and puts it back.
      const { createOrg } = await import('../../test/factories.ts');
      const root = await createOrg(s);
      const admin = await createAccount(s, { grants: [{ role: 'system_admin', org: root }] });
      const list = await t.app.inject({ url: '/api/notification-deliveries?status=failed', headers: admin.headers });
      expect(list.statusCode).toBe(200);
      expect(list.json().channels).toEqual({ email: true, webhook: true });
      const row = list.json().data.find((x: { notificationId: string }) => x.notificationId === id);
      expect(row).toMatchObject({
        status: 'failed',
        attempts: 3,
        lastError: 'webhook answered HTTP 503',
        destination: `***${a.phone.slice(-4)}`,
      });
      hookState.failWith = 0;
      const retried = await t.app.inject({
        method: 'POST',
        url: `/api/notification-deliveries/${row.id}/retry`,
        headers: admin.headers,
      });
      expect(retried.statusCode).toBe(200);
      expect(retried.json().data).toMatchObject({ status: 'pending', attempts: 0 });
      const again = await t.app.inject({
        method: 'POST',
        url: `/api/notification-deliveries/${row.id}/retry`,
        headers: admin.headers,
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('NOTIFY_DELIVERY_NOT_FAILED');
      // The retry is in the audit log (which only the owner may read here).
      const audited = await t.asOwner(
        "select action, target_id, details from audit_log where action = 'notify.delivery.retried' and target_id = $1",
        [row.id],
      );
      expect(audited).toEqual([
        { action: 'notify.delivery.retried', target_id: row.id, details: { channel: 'webhook' } },
      ]);
      expect(await deliverDue(s)).toMatchObject({ sent: 1 });
      // Others may not see the outbox.
      const member = await createAccount(s);
      expect((await t.app.inject({ url: '/api/notification-deliveries', headers: member.headers })).statusCode).toBe(
        403,
      );
    } finally {
      hookState.failWith = 0;
    }
  });

  it('a delivery survives a restart: a new app instance sends the row the old one left pending', async () => {
    const s = t.app.services;
    const a = await createAccount(s);
    await setPreferences(s.db, a.id, PREFS);
    const id = await notifyOne(a.id, ['email']);
    // The first process claims the row and dies before sending: the claim's lease is all that remains.
    await s.db.execute(
      sql`update notification_deliveries set attempts = attempts + 1,
            next_attempt_at = now() + make_interval(secs => ${CLAIM_LEASE_SECONDS}) where notification_id = ${id}`,
    );
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: t.url,
      DATA_DIR: s.config.DATA_DIR,
      FILES_DIR: s.config.FILES_DIR ?? '',
      ...env,
    });
    const database = connect(t.url, 2);
    const second = await buildApp(config, database);
    try {
      await second.ready();
      const before = mails.length;
      // Within the lease the row is left alone; once it has run out, the new instance sends it.
      expect((await deliverDue(second.services)).sent).toBe(0);
      const later = new Date(Date.now() + (CLAIM_LEASE_SECONDS + 5) * 1000);
      expect((await deliverDue(second.services, { now: later })).sent).toBe(1);
      expect(mails.length).toBe(before + 1);
      expect(mails.at(-1)?.to).toBe('wang@example.org');
      expect(await deliveries(id)).toEqual([expect.objectContaining({ status: 'sent', attempts: 2 })]);
    } finally {
      await second.close();
      await database.close();
    }
  });

  it('an unreachable SMTP server is a retried failure, never an exception', async () => {
    const s = t.app.services;
    const a = await createAccount(s);
    await setPreferences(s.db, a.id, PREFS);
    const id = await notifyOne(a.id, ['email']);
    const broken = { ...s, config: { ...s.config, SMTP_PORT: 1 } };
    const r = await deliverDue(broken);
    expect(r.retried).toBeGreaterThanOrEqual(1);
    const [d] = await deliveries(id);
    expect(d).toMatchObject({ status: 'pending', attempts: 1 });
    expect(d?.last_error).toBeTruthy();
    // Due a second ago: the claim compares with the process's clock in whole milliseconds, which
    // can read a little before PostgreSQL's now() in microseconds.
    await s.db.execute(
      sql`update notification_deliveries set next_attempt_at = now() - interval '1 second' where id = ${d?.id as string}`,
    );
    expect((await deliverDue(s)).sent).toBe(1);
    expect((await deliveries(id))[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('backs off exponentially with jitter, at most an hour', () => {
    expect(backoffSeconds(1, 30, () => 0.5)).toBe(30);
    expect(backoffSeconds(2, 30, () => 0.5)).toBe(60);
    expect(backoffSeconds(4, 30, () => 0.5)).toBe(240);
    expect(backoffSeconds(20, 30, () => 0.5)).toBe(3600);
    expect(backoffSeconds(1, 30, () => 0)).toBe(24);
    expect(backoffSeconds(1, 30, () => 1)).toBe(36);
  });
});

describe('channels that are not configured', () => {
  const t = useTestApp();
  it('are reported off, and their deliveries wait pending', async () => {
    const s = t.app.services;
    const a = await createAccount(s);
    await setPreferences(s.db, a.id, PREFS);
    await notify(
      { db: s.db },
      { recipients: [{ accountId: a.id }], template: 'learning.reminder', params: { days: 2 }, urgency: 'urgent' },
    );
    expect(await deliverDue(s)).toEqual({ sent: 0, retried: 0, failed: 0 });
    const rows = (
      await s.db.execute<{ channel: string; status: string; attempts: number }>(
        sql`select channel, status, attempts from notification_deliveries where account_id = ${a.id} order by channel`,
      )
    ).rows;
    expect(rows).toEqual([
      { channel: 'email', status: 'pending', attempts: 0 },
      { channel: 'webhook', status: 'pending', attempts: 0 },
    ]);
    const prefs = await t.app.inject({ url: '/api/me/notification-preferences', headers: a.headers });
    expect(prefs.json().data.available).toEqual({ email: false, webhook: false });
  });
});
