import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createAccount } from '../../../test/factories.ts';
import { useTestApp } from '../../../test/harness.ts';
import { findAlert } from '../alerts/queries.ts';
import { closeAlert } from '../commands/alert-lifecycle.ts';
import { supervisionOrgPathCopies } from '../org-paths.ts';
import { supervisionAlerts } from '../schema.ts';
import { makeCity, quizDays, systemCtx } from '../test-fixtures.ts';
import { evaluateAllRules } from './all-rules.ts';
import { evaluateRule } from './run-rule.ts';

// The article's rule over the real 2026 workday calendar: weekends, the Spring Festival and
// National Day with their make-up working days; reminder then report; re-runs; false alarms.

describe('evaluating a streak rule', () => {
  const t = useTestApp();
  const alertsOf = (personId: string) =>
    t.app.services.db.select().from(supervisionAlerts).where(eq(supervisionAlerts.personId, personId));
  // The notify module's rows, read as any reader of the database would (not through its tables' code).
  const inbox = async (accountId: string) =>
    (
      await t.app.services.db.execute<{ template: string }>(
        sql`select template from notifications where account_id = ${accountId} order by created_at, id`,
      )
    ).rows.map((n) => n.template);
  const eventsOf = async (personId: string) =>
    (
      await t.app.services.db.execute<{ type: string }>(
        sql`select type from events where person_id = ${personId} and type like 'supervision.%' order by id`,
      )
    ).rows.map((r) => r.type);

  it('counts working days across National Day and its make-up Saturday; reminds at 3, reports at 5', async () => {
    const s = t.app.services;
    const c = await makeCity(s, '国庆');
    await quizDays(s, c.cadre, ['2026-09-28', '2026-09-29']);
    const run = (day: string) => evaluateRule(systemCtx(s), c.rule, day);

    expect((await run('2026-10-08')).raised).toBe(0); // 09-30, 10-08: two working days
    expect(await run('2026-10-04')).toMatchObject({ isWorkday: false, raised: 0 });
    expect(await run('2026-10-09')).toMatchObject({ raised: 1, escalated: 0, population: 1 });
    let [alert] = await alertsOf(c.cadre.id);
    expect(alert).toMatchObject({ stage: 'reminded', periodKey: '2026-09-30', status: 'open' });
    expect(alert?.evidence.missedDays).toEqual(['2026-09-30', '2026-10-08', '2026-10-09']);
    expect(alert?.evidence.lastDoneDay).toBe('2026-09-29');
    expect(await inbox(c.cadreAccount.id)).toEqual(['supervision.reminder']);
    expect(await inbox(c.head.id)).toEqual([]);

    // The same day again, and the worked Saturday: nothing new.
    expect(await run('2026-10-09')).toMatchObject({ raised: 0, escalated: 0, unchanged: 1 });
    expect(await run('2026-10-10')).toMatchObject({ raised: 0, escalated: 0, unchanged: 1 });
    expect(await run('2026-10-11')).toMatchObject({ isWorkday: false });
    expect(await run('2026-10-12')).toMatchObject({ raised: 0, escalated: 1 });
    [alert] = await alertsOf(c.cadre.id);
    expect(alert?.stage).toBe('reported');
    expect(alert?.evidence.missedDays).toEqual(['2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12']);
    expect(await inbox(c.cadreAccount.id)).toEqual(['supervision.reminder', 'supervision.reported.self']);
    // The unit's head and the city office are told; the other unit's head is not.
    expect(await inbox(c.head.id)).toEqual(['supervision.reported']);
    expect(await inbox(c.office.id)).toEqual(['supervision.reported']);
    expect(await inbox(c.otherHead.id)).toEqual([]);
    expect(await run('2026-10-12')).toMatchObject({ raised: 0, escalated: 0 });
    expect(await alertsOf(c.cadre.id)).toHaveLength(1);
    expect(await eventsOf(c.cadre.id)).toEqual(['supervision.alert.raised', 'supervision.alert.escalated']);
  });

  it('counts across the Spring Festival: its make-up Saturdays are working days, its nine days off are not', async () => {
    const s = t.app.services;
    const c = await makeCity(s, '春节');
    await quizDays(s, c.cadre, ['2026-02-12']);
    const run = (day: string) => evaluateRule(systemCtx(s), c.rule, day);
    expect(await run('2026-02-24')).toMatchObject({ raised: 1 });
    const [alert] = await alertsOf(c.cadre.id);
    expect(alert?.evidence.missedDays).toEqual(['2026-02-13', '2026-02-14', '2026-02-24']);
    expect(await run('2026-02-26')).toMatchObject({ escalated: 1 });
    const [reported] = await alertsOf(c.cadre.id);
    expect(reported?.evidence.missedDays.at(-1)).toBe('2026-02-26');
    expect(reported?.evidence.missedDays).toHaveLength(5);
  });

  it('a quiz done breaks the streak; a new streak is a new alert', async () => {
    const s = t.app.services;
    const c = await makeCity(s, '中断');
    await quizDays(s, c.cadre, ['2026-11-02']);
    const run = (day: string) => evaluateRule(systemCtx(s), c.rule, day);
    await run('2026-11-05'); // 11-03, 04, 05
    await quizDays(s, c.cadre, ['2026-11-06']);
    expect(await run('2026-11-06')).toMatchObject({ raised: 0, escalated: 0, unchanged: 0 });
    expect(await run('2026-11-11')).toMatchObject({ raised: 1 }); // 11-09, 10, 11
    const keys = (await alertsOf(c.cadre.id)).map((a) => a.periodKey).sort();
    expect(keys).toEqual(['2026-11-03', '2026-11-09']);
  });

  it('a false alarm excuses its days: the next days start a new count', async () => {
    const s = t.app.services;
    const c = await makeCity(s, '误报');
    await quizDays(s, c.cadre, ['2026-11-13']);
    const run = (day: string) => evaluateRule(systemCtx(s), c.rule, day);
    await run('2026-11-20'); // 11-16 … 11-20: reported at once
    const [alert] = await alertsOf(c.cadre.id);
    expect(alert?.stage).toBe('reported');
    const row = await findAlert(s.db, alert?.id as string);
    await closeAlert(
      { ...systemCtx(s), db: s.db },
      row as NonNullable<typeof row>,
      'false_alarm',
      '11月16日至20日病休',
    );
    const excused = await s.db.execute<{ day: string }>(
      sql`select day::text from supervision_excused_days where person_id = ${c.cadre.id} order by day`,
    );
    expect(excused.rows.map((r) => r.day)).toEqual([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
    ]);
    // Two more days missed: two, not seven.
    expect(await run('2026-11-24')).toMatchObject({ raised: 0, escalated: 0, unchanged: 0 });
    expect(await run('2026-11-25')).toMatchObject({ raised: 1 });
    const fresh = (await alertsOf(c.cadre.id)).find((a) => a.id !== alert?.id);
    expect(fresh).toMatchObject({ stage: 'reminded', periodKey: '2026-11-23' });
    expect(fresh?.evidence.missedDays).toEqual(['2026-11-23', '2026-11-24', '2026-11-25']);
    expect(fresh?.evidence.excusedDays).toEqual([]);
  });

  it('a closed alert is not raised again while its streak lasts', async () => {
    const s = t.app.services;
    const c = await makeCity(s, '办结');
    await quizDays(s, c.cadre, ['2026-12-01']);
    const run = (day: string) => evaluateRule(systemCtx(s), c.rule, day);
    await run('2026-12-04');
    const [alert] = await alertsOf(c.cadre.id);
    const row = await findAlert(s.db, alert?.id as string);
    await closeAlert({ ...systemCtx(s), db: s.db }, row as NonNullable<typeof row>, 'reminded', '');
    expect(await run('2026-12-08')).toMatchObject({ raised: 0, escalated: 0, unchanged: 1 });
    expect(await alertsOf(c.cadre.id)).toHaveLength(1);
  });

  it('watches only its population: people below county rank and outside its subtree are left alone', async () => {
    const s = t.app.services;
    const c = await makeCity(s, '人群');
    const other = await makeCity(s, '别市');
    await quizDays(s, other.cadre, []);
    // The unit head (section rank) never answers either, and is never alerted by this rule.
    const r = await evaluateRule(systemCtx(s), c.rule, '2026-11-27');
    expect(r.population).toBe(1);
    expect(r.raised).toBe(1);
    const raised = await s.db.select().from(supervisionAlerts).where(eq(supervisionAlerts.ruleId, c.rule.id));
    expect(raised.map((a) => a.personId)).toEqual([c.cadre.id]);
  });

  it('two runs at once raise one alert', async () => {
    const s = t.app.services;
    const c = await makeCity(s, '并发');
    const results = await Promise.all([1, 2, 3].map(() => evaluateRule(systemCtx(s), c.rule, '2026-11-27')));
    expect(results.map((r) => r.raised).sort()).toEqual([0, 0, 1]);
    const rows = await s.db
      .select()
      .from(supervisionAlerts)
      .where(and(eq(supervisionAlerts.ruleId, c.rule.id), eq(supervisionAlerts.personId, c.cadre.id)));
    expect(rows).toHaveLength(1);
  });

  it('the evening cron evaluates every enabled rule on a working day, none on a day off, none where supervision is off', async () => {
    const s = t.app.services;
    const c = await makeCity(s, '定时');
    const off = await makeCity(s, '关闭');
    // Switched off the way an office does it (the switch store hears of it).
    const admin = await createAccount(s, { grants: [{ role: 'system_admin', org: off.city }] });
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/orgs/${off.city.id}/modules`,
      headers: admin.headers,
      payload: { supervision: false },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(await evaluateAllRules(s, '2026-10-03')).toEqual([]);
    const results = await evaluateAllRules(s, '2026-11-27');
    const mine = results.find((r) => r.ruleId === c.rule.id);
    expect(mine).toMatchObject({ raised: 1 });
    expect(results.find((r) => r.ruleId === off.rule.id)).toBeUndefined();
    expect(await alertsOf(off.cadre.id)).toEqual([]);
  });

  it('an org move carries the rule and its alerts to the new path', async () => {
    const s = t.app.services;
    const c = await makeCity(s, '迁移');
    await evaluateRule(systemCtx(s), c.rule, '2026-11-27');
    const move = { oldPath: c.county.path, newPath: `${c.city.path}999999/` };
    const moved = await s.db.transaction(async (tx) => supervisionOrgPathCopies.supervisionAlerts?.(tx, move));
    expect(moved).toBe(1);
    const [alert] = await alertsOf(c.cadre.id);
    expect(alert?.orgPath).toBe(`${move.newPath}${c.unit.id}/`);
  });

  it('counts no day before the metric has any data (a new platform is not a wall of alerts)', async () => {
    const s = t.app.services;
    const c = await makeCity(s, '上线');
    // No learning row anywhere before 2025-06: nothing to judge in March.
    expect(await evaluateRule(systemCtx(s), c.rule, '2025-03-14')).toMatchObject({ raised: 0 });
    // Data from 2025-06-09 (someone else's quiz): the cadre's streak starts there, not 60 days back.
    const other = await makeCity(s, '上线乙');
    await quizDays(s, other.cadre, ['2025-06-09']);
    await evaluateRule(systemCtx(s), c.rule, '2025-06-11');
    const [alert] = await alertsOf(c.cadre.id);
    expect(alert?.evidence.missedDays).toEqual(['2025-06-09', '2025-06-10', '2025-06-11']);
  });
});
