import { beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '../../core/events/rollups.ts';
import { createAccount, createOrg, createPerson, type OrgRow, type TestAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { studyDay } from './dashboard-fixtures.ts';
import { inactiveSince, listInactive } from './inactive.ts';

type Row = { id: string; name: string; phone: string | null; lastStudiedOn: string | null; org: { id: number } };

describe('people who have not studied for N working days', () => {
  const t = useTestApp();
  let town: OrgRow;
  let village: OrgRow;
  let otherTown: OrgRow;
  let admin: TestAccount;
  const ids: Record<string, string> = {};
  let phoneOfNever = '';

  beforeAll(async () => {
    const s = t.app.services;
    const county = await createOrg(s, { name: '名单测试县委' });
    town = await createOrg(s, { parent: county, name: '名单甲镇' });
    village = await createOrg(s, { parent: town, name: '名单甲村' });
    otherTown = await createOrg(s, { parent: county, name: '名单乙镇' });
    admin = await createAccount(s, { grants: [{ role: 'org_admin', org: town }] });
    // Around the 2026 National Day holiday (10-01 to 10-07, the Saturday 10-10 worked).
    const studied = { before: '2026-09-29', lastDayBefore: '2026-09-30', holiday: '2026-10-03', after: '2026-10-08' };
    for (const [key, day] of Object.entries(studied)) {
      const p = await createPerson(s, { org: village });
      await studyDay(s, p, day);
      ids[key] = p.id;
    }
    const never = await createPerson(s, { org: town });
    ids.never = never.id;
    phoneOfNever = never.phonePlain;
    ids.masses = (await createPerson(s, { org: village, partyStatus: null })).id;
    ids.elsewhere = (await createPerson(s, { org: otherTown })).id;
    const today = await createPerson(s, { org: village });
    await studyDay(s, today, chinaDay());
    ids.today = today.id;
  });

  it('counts N working days back across a holiday: the days off are not days missed', async () => {
    const db = t.app.services.db;
    // On 10-09 the last three working days are 10-09, 10-08 and (over the holiday) 09-30.
    expect(await inactiveSince(db, 3, '2026-10-09')).toEqual({ since: '2026-09-30', isProvisional: false });
    // During the holiday the last working day is still 09-30; on the worked Saturday it counts.
    expect((await inactiveSince(db, 1, '2026-10-05')).since).toBe('2026-09-30');
    expect((await inactiveSince(db, 2, '2026-10-10')).since).toBe('2026-10-09');
    const { since } = await inactiveSince(db, 3, '2026-10-09');
    const { rows, total } = await listInactive(db, { prefix: town.path, since, limit: 50, offset: 0 });
    // Studied 09-30 or later: not listed (the holiday study too). Never studied first, then the oldest.
    expect(rows.map((r) => r.id)).toEqual([ids.never, ids.before]);
    expect(total).toBe(2);
  });

  it('lists the subtree over the route, with org names, last days and phones as the register shows them', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/orgs/${town.id}/learning/inactive?workdays=5`,
      headers: admin.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const listed: Row[] = body.data;
    expect(body.workdays).toBe(5);
    expect(body.since <= chinaDay()).toBe(true);
    expect(listed.map((r) => r.id)).toEqual(expect.arrayContaining([ids.never, ids.before, ids.holiday, ids.after]));
    expect(listed.map((r) => r.id)).not.toContain(ids.today);
    expect(listed.map((r) => r.id)).not.toContain(ids.masses);
    expect(listed.map((r) => r.id)).not.toContain(ids.elsewhere);
    expect(listed[0]).toMatchObject({ id: ids.never, lastStudiedOn: null, org: { id: town.id } });
    // An org admin may see phones (core/people's rule): in full.
    expect(listed[0]?.phone).toBe(phoneOfNever);
    expect(listed.find((r) => r.id === ids.before)?.lastStudiedOn).toBe('2026-09-29');
    const page2 = await t.app.inject({
      method: 'GET',
      url: `/api/orgs/${town.id}/learning/inactive?workdays=5&pageSize=2&page=2`,
      headers: admin.headers,
    });
    expect(page2.json()).toMatchObject({ page: 2, pageSize: 2, total: body.total });
    expect(page2.json().data.map((r: Row) => r.id)).toEqual(listed.slice(2, 4).map((r) => r.id));
  });

  it("answers another township's org exactly like a missing one, and refuses a bad N", async () => {
    const call = (id: number, q = '') =>
      t.app.inject({ method: 'GET', url: `/api/orgs/${id}/learning/inactive${q}`, headers: admin.headers });
    const foreign = await call(otherTown.id);
    const missing = await call(2_000_000_000);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    for (const q of ['?workdays=0', '?workdays=61', '?workdays=x', '?page=0']) {
      expect((await call(town.id, q)).statusCode, q).toBe(400);
    }
  });
});
