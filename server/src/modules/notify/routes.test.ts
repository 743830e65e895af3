import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createAccount, type TestAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { notify } from './commands/notify.ts';

// The notification centre: each user sees only their own; another's is answered like a missing one.

describe('notification routes', () => {
  const t = useTestApp();
  const get = (url: string, a?: TestAccount, lang?: string) =>
    t.app.inject({ url, headers: { ...(a?.headers ?? {}), ...(lang ? { 'accept-language': lang } : {}) } });
  const post = (url: string, a?: TestAccount) => t.app.inject({ method: 'POST', url, headers: a?.headers ?? {} });

  const tell = async (a: TestAccount, days: number, urgency: 'normal' | 'urgent' = 'normal') =>
    notify(
      { db: t.app.services.db },
      {
        recipients: [{ accountId: a.id }],
        template: 'learning.reminder',
        params: { days },
        urgency,
        link: '/m/learning/points',
        channels: [],
      },
    );

  it('answers 401 without a session', async () => {
    for (const [method, url] of [
      ['GET', '/api/notifications'],
      ['GET', '/api/notifications/unread-count'],
      ['POST', '/api/notifications/00000000-0000-4000-8000-000000000000/read'],
      ['POST', '/api/notifications/read-all'],
      ['GET', '/api/me/notification-preferences'],
      ['GET', '/api/notification-deliveries'],
    ] as const) {
      const res = await t.app.inject({ method, url });
      expect({ url, status: res.statusCode, code: res.json().error.code }).toEqual({
        url,
        status: 401,
        code: 'UNAUTHENTICATED',
      });
    }
  });

  it('lists mine newest first, rendered in my language, with page and unread filter', async () => {
    const me = await createAccount(t.app.services);
    const other = await createAccount(t.app.services);
    await tell(me, 1);
    await tell(me, 2, 'urgent');
    await tell(me, 3);
    await tell(other, 9);
    const list = await get('/api/notifications', me);
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body).toMatchObject({ page: 1, pageSize: 20, total: 3, unread: 3 });
    expect(body.data.map((n: { body: string }) => n.body)).toEqual([
      '您已连续 3 个工作日未参加每日答题，请及时学习。',
      '您已连续 2 个工作日未参加每日答题，请及时学习。',
      '您已连续 1 个工作日未参加每日答题，请及时学习。',
    ]);
    expect(body.data[1]).toMatchObject({
      title: '学习提醒',
      urgency: 'urgent',
      link: '/m/learning/points',
      readAt: null,
      template: 'learning.reminder',
    });
    const en = (await get('/api/notifications?pageSize=1&page=2', me, 'en')).json();
    expect(en).toMatchObject({ page: 2, pageSize: 1, total: 3 });
    expect(en.data).toHaveLength(1);
    expect(en.data[0]).toMatchObject({ title: 'Study reminder' });
    expect(en.data[0].body).toContain('for 2 working days');

    const count = await get('/api/notifications/unread-count', me);
    expect(count.json()).toEqual({ data: { unread: 3 } });

    const read = await post(`/api/notifications/${body.data[0].id}/read`, me);
    expect(read.statusCode).toBe(200);
    expect(read.json().data.readAt).toEqual(expect.any(String));
    // Reading again changes nothing.
    const again = await post(`/api/notifications/${body.data[0].id}/read`, me);
    expect(again.json().data.readAt).toBe(read.json().data.readAt);
    expect((await get('/api/notifications/unread-count', me)).json().data.unread).toBe(2);
    const unread = (await get('/api/notifications?filter=unread', me)).json();
    expect(unread.total).toBe(2);
    expect(unread.data.every((n: { readAt: string | null }) => n.readAt === null)).toBe(true);

    const all = await post('/api/notifications/read-all', me);
    expect(all.json()).toEqual({ data: { updated: 2, unread: 0 } });
    expect((await get('/api/notifications/unread-count', me)).json().data.unread).toBe(0);
    // The other account's are untouched.
    expect((await get('/api/notifications/unread-count', other)).json().data.unread).toBe(1);
  });

  it("answers 404 for another's notification, exactly as for a missing one, and changes nothing", async () => {
    const me = await createAccount(t.app.services);
    const other = await createAccount(t.app.services);
    await tell(other, 4);
    const [theirs] = (await get('/api/notifications', other)).json().data;
    const foreign = await post(`/api/notifications/${theirs.id}/read`, me);
    const missing = await post('/api/notifications/00000000-0000-4000-8000-000000000000/read', me);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    expect(foreign.json().error).toMatchObject({ code: 'NOT_FOUND', message: '记录不存在或无权查看' });
    expect(foreign.body).not.toContain('4 个工作日');
    expect((await get('/api/notifications/unread-count', other)).json().data.unread).toBe(1);
    // Not even a system administrator reads another's.
    expect((await get('/api/notifications', me)).json().total).toBe(0);
  });

  it('answers 400 with the fields for bad input', async () => {
    const me = await createAccount(t.app.services);
    const bad = await post('/api/notifications/not-a-uuid/read', me);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    const q = await get('/api/notifications?filter=maybe&pageSize=0', me);
    expect(q.statusCode).toBe(400);
    const fields = q.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['querystring.filter', 'querystring.pageSize']));
    const en = await t.app.inject({
      url: '/api/notifications?filter=maybe',
      headers: { ...me.headers, 'accept-language': 'en' },
    });
    expect(en.json().error.message).toMatch(/[A-Za-z]/);
  });

  it('reads and sets my preferences; email on needs an address', async () => {
    const me = await createAccount(t.app.services);
    const url = '/api/me/notification-preferences';
    const defaults = await get(url, me);
    expect(defaults.json().data).toEqual({
      email: { enabled: false, address: null },
      webhook: { enabled: true },
      quietHours: { enabled: true, start: '22:00', end: '07:00' },
      available: { email: false, webhook: false },
    });
    const put = (payload: unknown) =>
      t.app.inject({ method: 'PUT', url, headers: me.headers, payload: payload as object });
    const noAddress = await put({
      email: { enabled: true, address: null },
      webhook: { enabled: false },
      quietHours: { enabled: true, start: '21:30', end: '06:00' },
    });
    expect(noAddress.statusCode).toBe(400);
    expect(noAddress.json().error.details.map((d: { field: string }) => d.field)).toContain('body.email.address');
    const badTime = await put({
      email: { enabled: false, address: null },
      webhook: { enabled: false },
      quietHours: { enabled: true, start: '25:00', end: '6:00' },
    });
    expect(badTime.statusCode).toBe(400);
    const ok = await put({
      email: { enabled: true, address: 'li@example.org' },
      webhook: { enabled: false },
      quietHours: { enabled: true, start: '21:30', end: '06:00' },
    });
    expect(ok.statusCode).toBe(200);
    expect((await get(url, me)).json().data).toMatchObject({
      email: { enabled: true, address: 'li@example.org' },
      webhook: { enabled: false },
      quietHours: { enabled: true, start: '21:30', end: '06:00' },
    });
    const rows = await t.app.services.db.execute(
      sql`select 1 from notification_preferences where account_id = ${me.id}`,
    );
    expect(rows.rows).toHaveLength(1);
  });
});
