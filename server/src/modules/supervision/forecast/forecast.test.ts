import type { RulePopulation } from '@hongyun/contracts';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '../../../core/events/rollups.ts';
import { createOrg, createPerson, type OrgRow } from '../../../test/factories.ts';
import { useTestApp } from '../../../test/harness.ts';
import { forecastCalendar, mondayOf, populationOf, runForecast, runWeeklyForecast } from './forecast.ts';
import { forecastCron } from './jobs.ts';
import { ARTICLE_RULE, createRule, drifting, steady, writeDays } from './test-fixtures.ts';

// A week's forecast against the database: who the rule watches (its subtree, the rank, party
// members), an idempotent re-run that replaces the week's rows, the weekly job's choice of rules,
// and that nothing but supervision_forecasts is ever written.

describe('the weekly forecast run', () => {
  const t = useTestApp();
  const week = mondayOf(chinaDay());
  let city: OrgRow;
  let county: OrgRow;
  let other: OrgRow;
  let ruleId: string;
  const ids: Record<string, string> = {};

  const rows = async (rule = ruleId) =>
    (
      await t.app.services.db.execute<{ person_id: string; score: number; computed_at: string; org_path: string }>(
        sql`select person_id, score, computed_at::text, org_path from supervision_forecasts
            where rule_id = ${rule} and week_start = ${week} order by person_id`,
      )
    ).rows;

  beforeAll(async () => {
    const s = t.app.services;
    city = await createOrg(s, { type: 'committee' });
    county = await createOrg(s, { parent: city, type: 'committee' });
    other = await createOrg(s, { parent: city, type: 'committee' });
    const branch = await createOrg(s, { parent: county });
    ruleId = await createRule(s, county);
    const { lookback } = await forecastCalendar(s.db, week);
    expect(lookback).toHaveLength(20);
    const person = async (key: string, org: OrgRow, over: Parameters<typeof createPerson>[1], habit = drifting(20)) => {
      const p = await createPerson(s, { org, ...over });
      ids[key] = p.id;
      await writeDays(s, p, lookback, habit);
    };
    await person('drifting', branch, { cadreRank: 'county' });
    await person('driftingDept', county, { cadreRank: 'department' });
    await person('steady', branch, { cadreRank: 'county' }, steady(20));
    await person('section', branch, { cadreRank: 'section' });
    await person('notMember', branch, { cadreRank: 'county', partyStatus: null });
    await person('elsewhere', other, { cadreRank: 'provincial' });
  });

  it('forecasts only the rule population of its subtree, with scores and reasons', async () => {
    const run = await runForecast(
      t.app.services.db,
      { id: ruleId, orgPath: county.path, ...ARTICLE_RULE, days: 5 },
      week,
    );
    // Watched: the three county-rank-or-above party members in the county's subtree.
    expect(run).toMatchObject({ population: 3, written: 2, likely: 2 });
    expect((await rows()).map((r) => r.person_id).sort()).toEqual([ids.drifting, ids.driftingDept].sort());
    const stored = await t.app.services.db.execute<{ reasons: { code: string }[]; org_id: number }>(
      sql`select reasons, org_id from supervision_forecasts where person_id = ${ids.drifting}`,
    );
    expect(stored.rows[0]?.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['rate_fall', 'recent_gaps', 'reading_fall', 'current_streak']),
    );
  });

  it("reads the population's other filters: 五职 roles, first secretaries, village-stationed, everyone", async () => {
    const s = t.app.services;
    const village = await createOrg(s, { parent: other });
    const head = await createPerson(s, { org: village, fivePersonRole: 'branch_head' });
    const first = await createPerson(s, { org: village, isFirstSecretary: true, isVillageStationed: true });
    const plain = await createPerson(s, { org: village, partyStatus: null });
    const base: RulePopulation = { ...ARTICLE_RULE.population, minCadreRank: null, partyMembersOnly: false };
    const ids = async (over: Partial<RulePopulation>) =>
      (await populationOf(s.db, { orgPath: village.path, population: { ...base, ...over } })).map((p) => p.id).sort();
    expect(await ids({ fivePersonRoles: ['branch_head'] })).toEqual([head.id]);
    expect(await ids({ firstSecretaryOnly: true })).toEqual([first.id]);
    expect(await ids({ villageStationedOnly: true })).toEqual([first.id]);
    expect(await ids({})).toEqual([head.id, first.id, plain.id].sort());
    expect(await ids({ partyMembersOnly: true })).toEqual([head.id, first.id].sort());
  });

  it('a re-run replaces the week: the same rows recomputed, a recovered person gone', async () => {
    const s = t.app.services;
    const rule = { id: ruleId, orgPath: county.path, ...ARTICLE_RULE, days: 5 };
    const first = await rows();
    await new Promise((r) => setTimeout(r, 20));
    await runForecast(s.db, rule, week);
    const second = await rows();
    expect(second.map(({ person_id, score }) => ({ person_id, score }))).toEqual(
      first.map(({ person_id, score }) => ({ person_id, score })),
    );
    expect(second[0]?.computed_at).not.toBe(first[0]?.computed_at);
    // The department cadre took the quiz again every day: the re-run drops them.
    const { lookback } = await forecastCalendar(s.db, week);
    const dept = await s.db.execute<{ org_id: number; org_path: string }>(
      sql`select org_id, org_path from people where id = ${ids.driftingDept}`,
    );
    const d = dept.rows[0] as { org_id: number; org_path: string };
    await writeDays(s, { id: ids.driftingDept as string, orgId: d.org_id, orgPath: d.org_path }, lookback, steady(20));
    await runForecast(s.db, rule, week);
    expect((await rows()).map((r) => r.person_id)).toEqual([ids.drifting]);
  });

  it('the weekly job forecasts enabled live streak rules on the daily quiz only, and writes no alert', async () => {
    const s = t.app.services;
    const off = await createRule(s, county, { isEnabled: false });
    const gone = await createRule(s, county, { deletedAt: new Date() });
    const rate = await createRule(s, county, { condition: { kind: 'rate_below', rate: 0.5, period: 'week' } });
    const studied = await createRule(s, county, { metric: 'learning.studied' });
    const wide = await createRule(s, city, { population: { ...ARTICLE_RULE.population, minCadreRank: 'provincial' } });
    const runs = await runWeeklyForecast(s.db, week);
    expect(runs.map((r) => r.ruleId).sort()).toEqual([ruleId, wide].sort());
    for (const id of [off, gone, rate, studied]) expect(await rows(id)).toEqual([]);
    // The city-wide rule for provincial rank watches only the provincial cadre of the other county.
    expect((await rows(wide)).map((r) => r.person_id)).toEqual([ids.elsewhere]);
    const counts = await s.db.execute<{ alerts: number; notes: number; events: number }>(sql`
      select (select count(*)::int from supervision_alerts) as alerts,
        (select count(*)::int from notifications) as notes,
        (select count(*)::int from events where type like 'supervision.%') as events`);
    expect(counts.rows[0]).toEqual({ alerts: 0, notes: 0, events: 0 });
  });

  it('the cron is Monday 06:30 and forecasts the week of its day', async () => {
    const s = t.app.services;
    expect(forecastCron).toMatchObject({ name: 'supervision.forecast', cron: '30 6 * * 1' });
    await s.db.execute(sql`delete from supervision_forecasts`);
    await forecastCron.run(s);
    expect((await rows()).map((r) => r.person_id)).toEqual([ids.drifting]);
  });

  it("an org move rewrites the forecast rows' paths", async () => {
    const s = t.app.services;
    const { rewriteForecastPaths } = await import('./forecast.ts');
    const moved = await s.db.transaction((tx) =>
      rewriteForecastPaths(tx, { oldPath: county.path, newPath: `${other.path}${county.id}/` }),
    );
    expect(moved).toBe(1);
    expect((await rows())[0]?.org_path.startsWith(`${other.path}${county.id}/`)).toBe(true);
  });

  it('leaves out the days an earlier false alarm excused, as the rule does', async () => {
    const s = t.app.services;
    const { lookback } = await forecastCalendar(s.db, week);
    const [alert] = await t.asOwner(
      `insert into supervision_alerts (rule_id, person_id, org_id, org_path, period_key, stage, severity, day, evidence, status, outcome)
       select $1, id, org_id, org_path, $2, 'reported', 'medium', $2, '{}'::jsonb, 'closed', 'false_alarm' from people where id = $3
       returning id`,
      [ruleId, lookback[10], ids.drifting],
    );
    // Sick for the fortnight's missed days: without them the habit is steady again.
    const missed = drifting(20).flatMap((h, i) => (h.done ? [] : [lookback[i] as string]));
    for (const day of missed) {
      await t.asOwner('insert into supervision_excused_days (person_id, day, alert_id) values ($1, $2, $3)', [
        ids.drifting,
        day,
        alert?.id,
      ]);
    }
    await runForecast(s.db, { id: ruleId, orgPath: county.path, ...ARTICLE_RULE, days: 5 }, week);
    expect(await rows()).toEqual([]);
  });
});
