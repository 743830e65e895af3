import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createAccount, createOrg, createPerson } from '../../../test/factories.ts';
import { useTestApp } from '../../../test/harness.ts';
import { setPreferences } from '../preferences.ts';
import { afterQuietHours } from '../quiet-hours.ts';
import { notify } from './notify.ts';

// notify(): in-app rows and outbox rows in the caller's transaction; quiet hours defer the
// non-urgent external deliveries only.

const PREFS = {
  email: { enabled: true, address: 'zhang@example.org' },
  webhook: { enabled: true },
  quietHours: { enabled: true, start: '22:00', end: '07:00' },
};
// 23:30 China time (15:30 UTC), inside 22:00–07:00.
const NIGHT = new Date('2026-12-03T15:30:00Z');

describe('notify()', () => {
  const t = useTestApp();
  const count = async (table: 'notifications' | 'notification_deliveries', accountId: string) =>
    (
      await t.app.services.db.execute<{ n: number }>(
        sql`select count(*)::int as n from ${sql.identifier(table)} where account_id = ${accountId}`,
      )
    ).rows[0]?.n;

  it('writes nothing when the caller’s transaction rolls back, and everything when it commits', async () => {
    const s = t.app.services;
    const a = await createAccount(s);
    await setPreferences(s.db, a.id, PREFS);
    const input = {
      recipients: [{ accountId: a.id }],
      template: 'system.announcement' as const,
      params: { title: '通知', text: '明天开会' },
    };
    await expect(
      s.db.transaction(async (tx) => {
        const r = await notify({ db: tx }, input);
        expect(r).toEqual({ notifications: 1, deliveries: 2 });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await count('notifications', a.id)).toBe(0);
    expect(await count('notification_deliveries', a.id)).toBe(0);
    await s.db.transaction(async (tx) => {
      await notify({ db: tx }, input);
    });
    expect(await count('notifications', a.id)).toBe(1);
    expect(await count('notification_deliveries', a.id)).toBe(2);
  });

  it('reaches a person through their account, skips disabled accounts and checks the params', async () => {
    const s = t.app.services;
    const org = await createOrg(s);
    const person = await createPerson(s, { org });
    const a = await createAccount(s, { person });
    const off = await createAccount(s);
    await s.db.execute(sql`update accounts set is_disabled = true where id = ${off.id}`);
    const r = await notify(
      { db: s.db },
      {
        recipients: [{ personId: person.id }, { accountId: off.id }],
        template: 'learning.reminder',
        params: { days: 5 },
        channels: [],
      },
    );
    expect(r).toEqual({ notifications: 1, deliveries: 0 });
    expect(await count('notifications', a.id)).toBe(1);
    await expect(
      notify({ db: s.db }, { recipients: [{ accountId: a.id }], template: 'learning.reminder', params: { days: 0 } }),
    ).rejects.toThrow();
    await expect(
      notify(
        { db: s.db },
        {
          recipients: [{ accountId: a.id }],
          template: 'learning.reminder',
          params: { days: 1 },
          link: 'https://evil.example',
        },
      ),
    ).rejects.toThrow();
  });

  it('defers a non-urgent external delivery to the end of quiet hours, but not an urgent one', async () => {
    const s = t.app.services;
    const a = await createAccount(s);
    await setPreferences(s.db, a.id, PREFS);
    const send = (urgency: 'normal' | 'urgent') =>
      notify(
        { db: s.db },
        { recipients: [{ accountId: a.id }], template: 'learning.reminder', params: { days: 3 }, urgency },
        { now: NIGHT },
      );
    await send('normal');
    await send('urgent');
    const rows = (
      await s.db.execute<{ urgency: string; channel: string; due: string }>(
        sql`select urgency, channel, to_char(next_attempt_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as due
              from notification_deliveries where account_id = ${a.id} order by urgency, channel`,
      )
    ).rows;
    expect(rows).toEqual([
      // 07:00 China time the next morning.
      { urgency: 'normal', channel: 'email', due: '2026-12-03T23:00' },
      { urgency: 'normal', channel: 'webhook', due: '2026-12-03T23:00' },
      { urgency: 'urgent', channel: 'email', due: '2026-12-03T15:30' },
      { urgency: 'urgent', channel: 'webhook', due: '2026-12-03T15:30' },
    ]);
    // The in-app rows are there at once, both of them.
    expect(await count('notifications', a.id)).toBe(2);
  });

  it('sends only on the channels a person has on', async () => {
    const s = t.app.services;
    const a = await createAccount(s);
    await setPreferences(s.db, a.id, {
      ...PREFS,
      email: { enabled: false, address: 'x@example.org' },
      webhook: { enabled: false },
    });
    const r = await notify(
      { db: s.db },
      { recipients: [{ accountId: a.id }], template: 'learning.reminder', params: { days: 3 } },
    );
    expect(r).toEqual({ notifications: 1, deliveries: 0 });
  });
});

describe('quiet hours (China time)', () => {
  const at = (iso: string) => new Date(iso);
  it('spans midnight, and ends at its end', () => {
    const w = { start: '22:00', end: '07:00' };
    expect(afterQuietHours(at('2026-12-03T15:30:00Z'), w).toISOString()).toBe('2026-12-03T23:00:00.000Z'); // 23:30
    expect(afterQuietHours(at('2026-12-03T20:00:00Z'), w).toISOString()).toBe('2026-12-03T23:00:00.000Z'); // 04:00
    expect(afterQuietHours(at('2026-12-04T01:00:00Z'), w).toISOString()).toBe('2026-12-04T01:00:00.000Z'); // 09:00
    expect(afterQuietHours(at('2026-12-03T14:00:00Z'), w).toISOString()).toBe('2026-12-03T23:00:00.000Z'); // 22:00
    expect(afterQuietHours(at('2026-12-03T23:00:00Z'), w).toISOString()).toBe('2026-12-03T23:00:00.000Z'); // 07:00
  });
  it('within one day, and none when start equals end or off', () => {
    expect(afterQuietHours(at('2026-12-04T04:30:00Z'), { start: '12:00', end: '14:00' }).toISOString()).toBe(
      '2026-12-04T06:00:00.000Z',
    );
    const now = at('2026-12-04T04:30:00Z');
    expect(afterQuietHours(now, { start: '12:00', end: '12:00' })).toBe(now);
    expect(afterQuietHours(now, null)).toBe(now);
  });
});

describe('notify() to a whole city', () => {
  const t = useTestApp();
  it('reaches 12,000 accounts in one call (one insert of them all would pass the 65,535 parameters a statement may have)', async () => {
    const s = t.app.services;
    const made = await s.db.execute<{ id: string }>(
      sql`insert into accounts (display_name, phone_hash, phone_enc, phone_last4, password_hash)
          select '城市' || g, 'bulk-hash-' || g, 'x', lpad((g % 10000)::text, 4, '0'), 'x'
            from generate_series(1, 12000) g returning id`,
    );
    const recipients = made.rows.map((r) => ({ accountId: r.id }));
    const r = await notify(
      { db: s.db },
      {
        recipients,
        template: 'system.announcement',
        params: { title: '全市通知', text: '明天上午开会' },
        urgency: 'urgent',
      },
    );
    // Default preferences: the in-app row and the gateway text for each.
    expect(r).toEqual({ notifications: 12_000, deliveries: 12_000 });
    await expect(
      notify(
        { db: s.db },
        { recipients: [{ accountId: 'not-a-uuid' }], template: 'learning.reminder', params: { days: 1 } },
      ),
    ).rejects.toThrow();
  });
});
