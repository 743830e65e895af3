import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runJob } from '../../platform/jobs/runner.ts';
import { createAccount, createPerson, type TestAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { type City, makeCity, quizDays } from './test-fixtures.ts';

// The supervision API end to end: an office edits and runs the rule, the cadre reads and answers
// the alert, the unit head closes it; who sees what, and the refusals.

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('supervision routes', () => {
  const t = useTestApp();
  let c: City;
  let member: TestAccount;
  let alertId = '';
  const send = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    headers: Record<string, string> = {},
    payload?: object,
  ) => t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  const seen = (r: { statusCode: number; json: () => { error?: { code: string } } }) => ({
    status: r.statusCode,
    code: r.json().error?.code,
  });
  const ruleBody = () => ({
    orgId: c.city.id,
    name: c.rule.name,
    description: '',
    isEnabled: true,
    metric: 'learning.daily-quiz',
    population: { minCadreRank: 'county' },
    condition: { kind: 'streak', days: 4, remindAfter: 2 },
    recipients: { person: true, unitHead: true, officeOrgId: c.city.id },
    severity: 'high',
  });

  beforeAll(async () => {
    c = await makeCity(t.app.services, '路由');
    member = await createAccount(t.app.services, {
      person: await createPerson(t.app.services, { org: c.unit }),
      grants: [{ role: 'member', org: c.unit }],
    });
    await quizDays(t.app.services, c.cadre, ['2026-11-23']);
  });

  it('lists the metrics and the built-in rule; refuses without a session or a watching role', async () => {
    expect((await send('GET', '/api/supervision/rules')).statusCode).toBe(401);
    expect(seen(await send('GET', '/api/supervision/rules', member.headers))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    });
    expect(seen(await send('GET', '/api/supervision/metrics', member.headers))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    });
    const metrics = (await send('GET', '/api/supervision/metrics', c.office.headers)).json().data;
    expect(metrics.map((m: { key: string }) => m.key)).toEqual(['learning.daily-quiz', 'learning.studied']);
    const list = await send('GET', '/api/supervision/rules', c.office.headers);
    expect(list.statusCode, list.body).toBe(200);
    const [rule] = list.json().data;
    expect(rule).toMatchObject({ id: c.rule.id, isBuiltIn: true, canEdit: true, metricLabel: '完成每日答题' });
    expect(rule.summary).toBe(
      '县处级及以上干部连续 5 个工作日未完成每日答题：第 3 个工作日提醒本人，第 5 个工作日上报',
    );
    // The unit head reads the city's rule (it watches their people) but may not edit it.
    const forHead = (await send('GET', `/api/supervision/rules/${c.rule.id}`, c.head.headers)).json().data;
    expect(forHead.canEdit).toBe(false);
    expect(seen(await send('PUT', `/api/supervision/rules/${c.rule.id}`, c.head.headers, ruleBody()))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    });
  });

  it('validates a rule at the edge and in the command', async () => {
    const bad = await send('PUT', `/api/supervision/rules/${c.rule.id}`, c.office.headers, {
      ...ruleBody(),
      condition: { kind: 'streak', days: 3, remindAfter: 3 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'body.condition.remindAfter', code: 'supervision.remind_before_report' }),
      ]),
    );
    expect(
      seen(
        await send('POST', '/api/supervision/rules', c.office.headers, { ...ruleBody(), metric: 'village.nothing' }),
      ),
    ).toEqual({
      status: 400,
      code: 'SUPERVISION_UNKNOWN_METRIC',
    });
    const below = {
      ...ruleBody(),
      orgId: c.county.id,
      recipients: { person: true, unitHead: true, officeOrgId: c.unit.id },
    };
    expect(seen(await send('POST', '/api/supervision/rules', c.office.headers, below))).toEqual({
      status: 400,
      code: 'SUPERVISION_OFFICE_NOT_ABOVE',
    });
    expect(seen(await send('DELETE', `/api/supervision/rules/${c.rule.id}`, c.office.headers))).toEqual({
      status: 409,
      code: 'SUPERVISION_BUILT_IN_RULE',
    });
    expect(
      seen(await send('POST', `/api/supervision/rules/${c.rule.id}/run`, c.office.headers, { day: '2999-01-04' })),
    ).toEqual({
      status: 400,
      code: 'SUPERVISION_DAY_IN_FUTURE',
    });
  });

  it('an office edits the rule and runs it; the run is audited and repeatable', async () => {
    const put = await send('PUT', `/api/supervision/rules/${c.rule.id}`, c.office.headers, ruleBody());
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().data.condition).toEqual({ kind: 'streak', days: 4, remindAfter: 2 });
    const run = await send('POST', `/api/supervision/rules/${c.rule.id}/run`, c.office.headers, { day: '2026-11-27' });
    expect(run.json().data).toMatchObject({ isWorkday: true, population: 1, raised: 1 });
    const again = await send('POST', `/api/supervision/rules/${c.rule.id}/run`, c.office.headers, {
      day: '2026-11-27',
    });
    expect(again.json().data).toMatchObject({ raised: 0, unchanged: 1 });
    const audit = await t.app.services.db.execute<{ action: string }>(
      sql`select action from audit_log where target_id = ${c.rule.id} order by seq`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'supervision.rule.updated',
      'supervision.rule.run',
      'supervision.rule.run',
    ]);
  });

  it('the office opens the alert and reads its explanation', async () => {
    const list = (await send('GET', '/api/supervision/alerts', c.office.headers)).json();
    expect(list.total).toBe(1);
    const [alert] = list.data;
    alertId = alert.id;
    expect(alert).toMatchObject({
      personName: c.cadre.name,
      stage: 'reported',
      status: 'open',
      can: { explain: false, close: true },
    });
    expect(alert.headline).toBe('连续 4 个工作日（11月24日—11月27日）未完成每日答题');
    expect(alert.evidence).toMatchObject({
      lastDoneDay: '2026-11-23',
      missedDays: ['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'],
    });
    const opened = await send('POST', `/api/supervision/alerts/${alertId}/seen`, c.office.headers);
    expect(opened.json().data.status).toBe('seen');
  });

  it('the cadre sees it as their own and answers; only they may', async () => {
    const mine = (await send('GET', '/api/supervision/alerts?scope=mine', c.cadreAccount.headers)).json();
    expect(mine.data.map((a: { id: string }) => a.id)).toEqual([alertId]);
    expect(mine.data[0].can).toEqual({ explain: true, close: false });
    expect((await send('GET', '/api/supervision/alerts?scope=mine', member.headers)).json().total).toBe(0);
    // Not a manager: the managed list is refused.
    expect(seen(await send('GET', '/api/supervision/alerts', c.cadreAccount.headers))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    });
    const url = `/api/supervision/alerts/${alertId}/explanation`;
    expect(seen(await send('POST', url, c.cadreAccount.headers, { explanation: ' ' }))).toMatchObject({ status: 400 });
    expect(seen(await send('POST', url, c.head.headers, { explanation: '代为说明' }))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    });
    const ok = await send('POST', url, c.cadreAccount.headers, { explanation: '11月24日至27日在省里参加培训' });
    expect(ok.json().data).toMatchObject({ status: 'explained', explanation: '11月24日至27日在省里参加培训' });
    // The person may not close their own alert.
    const close = `/api/supervision/alerts/${alertId}/close`;
    expect(seen(await send('POST', close, c.cadreAccount.headers, { outcome: 'no_action' }))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    });
  });

  it('another unit head sees nothing of it, as if it did not exist', async () => {
    expect((await send('GET', '/api/supervision/alerts', c.otherHead.headers)).json().total).toBe(0);
    for (const [method, path, body] of [
      ['GET', '', undefined],
      ['POST', '/seen', undefined],
      ['POST', '/close', { outcome: 'talk', note: '' }],
    ] as const) {
      const foreign = await send(method, `/api/supervision/alerts/${alertId}${path}`, c.otherHead.headers, body);
      const missing = await send(method, `/api/supervision/alerts/${MISSING}${path}`, c.otherHead.headers, body);
      expect(seen(foreign)).toEqual(seen(missing));
      expect(foreign.statusCode).toBe(404);
    }
    const stats = await send('GET', `/api/supervision/alerts/stats?orgId=${c.unit.id}`, c.otherHead.headers);
    expect(seen(stats)).toEqual({ status: 404, code: 'NOT_FOUND' });
  });

  it('the unit head closes it as a false alarm with a reason; its days are excused', async () => {
    const close = `/api/supervision/alerts/${alertId}/close`;
    const noReason = await send('POST', close, c.head.headers, { outcome: 'false_alarm', note: '' });
    expect(noReason.statusCode).toBe(400);
    const ok = await send('POST', close, c.head.headers, { outcome: 'false_alarm', note: '参加省委党校培训，已核实' });
    expect(ok.json().data).toMatchObject({
      status: 'closed',
      outcome: 'false_alarm',
      can: { explain: false, close: false },
    });
    expect(seen(await send('POST', close, c.head.headers, { outcome: 'talk', note: '' }))).toEqual({
      status: 409,
      code: 'SUPERVISION_ALERT_CLOSED',
    });
    const excused = await t.app.services.db.execute<{ n: number }>(
      sql`select count(*)::int as n from supervision_excused_days where alert_id = ${alertId}`,
    );
    expect(excused.rows[0]?.n).toBe(4);
    const types = await t.app.services.db.execute<{ type: string }>(
      sql`select type from events where subject_id = ${alertId} order by id`,
    );
    expect(types.rows.map((r) => r.type)).toEqual([
      'supervision.alert.raised',
      'supervision.alert.seen',
      'supervision.alert.explained',
      'supervision.alert.closed',
    ]);
    // The unit head heard of the explanation, the cadre of the outcome.
    const told = await t.app.services.db.execute<{ account: string; template: string }>(
      sql`select account_id as account, template from notifications where template in ('supervision.explained', 'supervision.closed')`,
    );
    expect(told.rows).toEqual(
      expect.arrayContaining([
        { account: c.head.id, template: 'supervision.explained' },
        { account: c.cadreAccount.id, template: 'supervision.closed' },
      ]),
    );
    expect(told.rows).toHaveLength(2);
  });

  it('counts alerts for the dashboard and exports them to Excel', async () => {
    const stats = (
      await send(
        'GET',
        `/api/supervision/alerts/stats?orgId=${c.city.id}&from=2026-11-01&to=2026-11-30`,
        c.office.headers,
      )
    ).json().data;
    expect(stats).toMatchObject({ total: 1, unclosed: 0, reported: 1 });
    expect(stats.byOutcome.find((o: { key: string }) => o.key === 'false_alarm').count).toBe(1);
    expect(stats.byOrg).toEqual([expect.objectContaining({ orgId: c.county.id, count: 1, unclosed: 0 })]);
    expect(stats.byWeek).toEqual([{ week: '2026-11-23', reminded: 0, reported: 1 }]);
    const started = await send('POST', '/api/supervision/alerts/exports', c.office.headers, { orgId: c.city.id });
    expect(started.statusCode, started.body).toBe(202);
    await runJob(t.app.services, started.json().data.id);
    const job = (await send('GET', `/api/jobs/${started.json().data.id}`, c.office.headers)).json().data;
    expect(job).toMatchObject({ status: 'succeeded', result: { rows: 1 } });
    const file = await send('GET', `/api/files/${job.result.fileId}`, c.office.headers);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const rows: string[][] = [];
    book.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(rows[1]?.slice(0, 1)).toEqual([c.cadre.name]);
    expect(rows[1]).toContain('误报（请假、病休等）');
    expect(rows[1]).toContain('11月24日至27日在省里参加培训');
    expect((await send('GET', `/api/files/${job.result.fileId}`, c.otherHead.headers)).statusCode).toBe(404);
  });
});
