import { beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '../../../core/events/rollups.ts';
import { createAccount, createOrg, createPerson, type OrgRow, type TestAccount } from '../../../test/factories.ts';
import { useTestApp } from '../../../test/harness.ts';
import { addDays, forecastCalendar, mondayOf, runWeeklyForecast } from './forecast.ts';
import { createRule, drifting, writeDays } from './test-fixtures.ts';

// GET /api/supervision/forecast: 401 without a session, 400 for a bad query, another subtree's org
// or rule answered exactly like a missing one, and the list of the caller's subtree in their
// language.

describe('the forecast list', () => {
  const t = useTestApp();
  const week = mondayOf(chinaDay());
  let county: OrgRow;
  let branch: OrgRow;
  let other: OrgRow;
  let office: TestAccount;
  let secretary: TestAccount;
  let member: TestAccount;
  let ruleId: string;
  let otherRule: string;
  const get = (url: string, a?: TestAccount, lang = 'zh') =>
    t.app.inject({ url, headers: { ...(a?.headers ?? {}), 'accept-language': lang } });

  beforeAll(async () => {
    const s = t.app.services;
    const city = await createOrg(s, { type: 'committee', name: '测试市委' });
    county = await createOrg(s, { parent: city, type: 'committee', name: '测试县委' });
    branch = await createOrg(s, { parent: county, name: '县政府办党支部' });
    other = await createOrg(s, { parent: city, type: 'committee', name: '另一县委' });
    office = await createAccount(s, { grants: [{ role: 'party_office', org: county }] });
    secretary = await createAccount(s, { grants: [{ role: 'branch_secretary', org: branch }] });
    member = await createAccount(s, { grants: [{ role: 'member', org: branch }] });
    ruleId = await createRule(s, county);
    otherRule = await createRule(s, other);
    const { lookback } = await forecastCalendar(s.db, week);
    for (const [org, name] of [
      [branch, '张三'],
      [county, '李四'],
      [other, '王五'],
    ] as const) {
      const p = await createPerson(s, { org, name, cadreRank: 'county', position: '副县长' });
      await writeDays(s, p, lookback, drifting(20));
    }
    await runWeeklyForecast(s.db, week);
  });

  it('answers 401 without a session', async () => {
    const res = await get('/api/supervision/forecast');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('answers 400 naming each bad field: a week that is not a Monday, page sizes, ids', async () => {
    const res = await get(
      `/api/supervision/forecast?week=${addDays(week, 1)}&pageSize=0&ruleId=nope&orgId=abc&page=0`,
      office,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    const fields = res.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'querystring.week',
        'querystring.pageSize',
        'querystring.ruleId',
        'querystring.orgId',
        'querystring.page',
      ]),
    );
  });

  it("answers another subtree's org or rule exactly like a missing one", async () => {
    const strip = (r: Awaited<ReturnType<typeof get>>) => ({ status: r.statusCode, body: r.json() });
    const missingOrg = strip(await get('/api/supervision/forecast?orgId=2147483000', office));
    expect(missingOrg.status).toBe(404);
    expect(strip(await get(`/api/supervision/forecast?orgId=${other.id}`, office))).toEqual(missingOrg);
    const missingRule = strip(
      await get('/api/supervision/forecast?ruleId=00000000-0000-4000-8000-000000000000', office),
    );
    expect(missingRule).toEqual(missingOrg);
    expect(strip(await get(`/api/supervision/forecast?ruleId=${otherRule}`, office))).toEqual(missingOrg);
    // Someone with no reader role anywhere is refused outright.
    expect((await get('/api/supervision/forecast', member)).statusCode).toBe(403);
  });

  it("lists the caller's subtree for the latest week, highest first, with reasons in their language", async () => {
    const res = await get('/api/supervision/forecast', office);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ week, page: 1, total: 2, threshold: 0.5 });
    expect(body.computedAt).not.toBeNull();
    expect(body.data.map((e: { personName: string }) => e.personName).sort()).toEqual(['张三', '李四']);
    const zhang = body.data.find((e: { personName: string }) => e.personName === '张三');
    expect(zhang).toMatchObject({ orgName: '县政府办党支部', position: '副县长', cadreRank: 'county', ruleId });
    expect(zhang.score).toBeGreaterThanOrEqual(0.5);
    expect(zhang.reasons.map((r: { text: string }) => r.text)).toEqual(
      expect.arrayContaining([
        '近两周答题率 40%，此前两周 100%',
        '最近 10 个工作日有 6 天未答题',
        '近两周日均阅读 2 分钟，此前 10 分钟',
      ]),
    );
    const bands = Object.fromEntries(body.bands.map((b: { band: string; count: number }) => [b.band, b.count]));
    expect(bands.high + bands.medium + bands.watch).toBe(2);
    const en = (await get('/api/supervision/forecast', office, 'en')).json();
    expect(en.data[0].reasons.map((r: { text: string }) => r.text)).toContain(
      'No quiz on 6 of the last 10 working days',
    );
    expect(en.bands.map((b: { label: string }) => b.label)).toEqual(['High', 'Likely', 'Watch']);
  });

  it("narrows to an org, a rule and a page; a branch secretary sees only the branch's people", async () => {
    const one = (await get(`/api/supervision/forecast?orgId=${branch.id}&ruleId=${ruleId}&pageSize=1`, office)).json();
    expect(one).toMatchObject({ total: 1, pageSize: 1 });
    expect(one.data.map((e: { personName: string }) => e.personName)).toEqual(['张三']);
    const paged = (await get('/api/supervision/forecast?pageSize=1&page=2', office)).json();
    expect(paged).toMatchObject({ total: 2, page: 2 });
    expect(paged.data).toHaveLength(1);
    const mine = (await get('/api/supervision/forecast', secretary)).json();
    expect(mine.data.map((e: { personName: string }) => e.personName)).toEqual(['张三']);
    // The county's rule watches the branch, so the secretary may filter by it; an empty week is empty.
    expect((await get(`/api/supervision/forecast?ruleId=${ruleId}`, secretary)).statusCode).toBe(200);
    const before = (await get(`/api/supervision/forecast?week=${addDays(week, -7)}`, office)).json();
    expect(before).toMatchObject({ total: 0, data: [], computedAt: null, week: addDays(week, -7) });
  });
});
