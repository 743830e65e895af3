import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createOrg, type TestAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { isWorkday } from './index.ts';
import { calendarStatus } from './queries.ts';
import { packageCalendar } from './seed.ts';

describe('calendar routes', () => {
  const t = useTestApp();
  let admin: TestAccount;
  let member: TestAccount;
  const call = (method: 'GET' | 'PUT' | 'DELETE', url: string, who?: TestAccount, payload?: object) =>
    t.app.inject({ method, url, headers: who?.headers ?? {}, payload });

  beforeAll(async () => {
    const root = await createOrg(t.app.services, { name: '日历测试县委' });
    admin = await createAccount(t.app.services, { grants: [{ role: 'system_admin', org: root }] });
    member = await createAccount(t.app.services, { grants: [{ role: 'member', org: root }] });
  });

  it('answers 401 without a session', async () => {
    expect((await call('GET', '/api/calendar?year=2026')).statusCode).toBe(401);
    expect((await call('PUT', '/api/calendar/years/2026', undefined, { confirmed: true })).statusCode).toBe(401);
  });

  it("lists a year's holidays and make-up days, named, for any signed-in user", async () => {
    const res = await call('GET', '/api/calendar?year=2026', member);
    expect(res.statusCode).toBe(200);
    const data = res.json().data;
    expect(data).toMatchObject({ year: 2026, confirmed: true, source: 'package' });
    const byDay = new Map(data.days.map((d: { day: string }) => [d.day, d]));
    expect(byDay.get('2026-10-01')).toMatchObject({ isWorkday: false, nameZh: '国庆节', differsFromRule: true });
    expect(byDay.get('2026-02-14')).toMatchObject({ isWorkday: true, nameZh: '春节', differsFromRule: true });
    expect(byDay.has('2026-03-11')).toBe(false);
  });

  it('answers 400 to a bad year, day or body', async () => {
    for (const url of ['/api/calendar?year=12', '/api/calendar?year=abc']) {
      expect((await call('GET', url, member)).json().error.code, url).toBe('VALIDATION_FAILED');
    }
    const badDay = await call('PUT', '/api/calendar/days/2026-02-30', admin, { isWorkday: true, nameZh: '补班' });
    expect(badDay.statusCode).toBe(400);
    const badBody = await call('PUT', '/api/calendar/days/2026-03-02', admin, { isWorkday: 'yes', nameZh: '' });
    expect(badBody.json().error.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['body.isWorkday', 'body.nameZh']),
    );
  });

  it('lets only system admins edit (403 otherwise)', async () => {
    const edit = await call('PUT', '/api/calendar/days/2026-03-02', member, { isWorkday: false, nameZh: '假日' });
    expect(edit.statusCode).toBe(403);
    expect((await call('DELETE', '/api/calendar/days/2026-10-01', member)).statusCode).toBe(403);
    expect((await call('PUT', '/api/calendar/years/2027', member, { confirmed: true })).statusCode).toBe(403);
    expect(await isWorkday(t.app.services.db, '2026-03-02')).toBe(true);
  });

  it("an admin's edit changes the answer, is audited, and a revert goes back to the weekday rule", async () => {
    const set = await call('PUT', '/api/calendar/days/2026-03-02', admin, {
      isWorkday: false,
      nameZh: '抗灾假',
      nameEn: 'Flood day',
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().data).toMatchObject({
      day: '2026-03-02',
      isWorkday: false,
      source: 'admin',
      differsFromRule: true,
    });
    expect(await isWorkday(t.app.services.db, '2026-03-02')).toBe(false);

    // National Day reverted: 1 October 2026 is a Thursday, so a working day by the rule.
    const reverted = await call('DELETE', '/api/calendar/days/2026-10-01', admin);
    expect(reverted.json().data).toMatchObject({ isWorkday: true, nameZh: null, differsFromRule: false });
    expect(await isWorkday(t.app.services.db, '2026-10-01')).toBe(true);
    const year = (await call('GET', '/api/calendar?year=2026', member)).json().data;
    expect(year.days.map((d: { day: string }) => d.day)).not.toContain('2026-10-01');

    const audit = await t.app.services.db.execute<{ action: string; target_id: string }>(
      sql`select action, target_id from audit_log where action like 'calendar.%' order by seq`,
    );
    expect(audit.rows).toEqual([
      { action: 'calendar.day.set', target_id: '2026-03-02' },
      { action: 'calendar.day.reverted', target_id: '2026-10-01' },
    ]);
  });

  it("confirms a year, and warns from November while next year's dates are missing", async () => {
    const next = packageCalendar().years.at(-1)! + 1;
    const november = new Date(`${next - 1}-11-02T04:00:00Z`);
    const db = t.app.services.db;
    expect(await calendarStatus(db, november)).toMatchObject({
      nextYear: next,
      nextYearConfirmed: false,
      warnNextYear: true,
    });
    expect((await calendarStatus(db, new Date(`${next - 1}-10-30T04:00:00Z`))).warnNextYear).toBe(false);
    const res = await call('PUT', `/api/calendar/years/${next}`, admin, { confirmed: true });
    expect(res.json().data).toEqual({ year: next, confirmed: true, source: 'admin' });
    expect(await calendarStatus(db, november)).toMatchObject({ nextYearConfirmed: true, warnNextYear: false });
    const status = await call('GET', '/api/calendar/status', member);
    expect(status.statusCode).toBe(200);
    expect(status.json().data).toHaveProperty('warnNextYear');
  });
});
