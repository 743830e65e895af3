import { and, eq, isNull, sql } from 'drizzle-orm';
import { isWorkday } from '../../core/calendar/index.ts';
import { chinaDay } from '../../core/events/rollups.ts';
import type { Services } from '../../platform/context.ts';
import { findAlert } from './alerts/queries.ts';
import { closeAlert } from './commands/alert-lifecycle.ts';
import { addDays } from './evaluate/days.ts';
import { evaluateRule } from './evaluate/run-rule.ts';
import { mondayOf, runWeeklyForecast } from './forecast/forecast.ts';
import { seedRecordsDemo } from './records/seed.ts';
import { ensureBuiltInRules } from './rules/built-in.ts';
import { supervisionAlerts, supervisionRules } from './schema.ts';

// Demo supervision on top of the demo city and its two weeks of learning: the built-in rule, a
// rule for first secretaries' study, both evaluated over the last three working days (so the demo
// cadre, 13800000015, was reminded and then reported), and a few alerts already closed so the
// dashboard has outcomes. Seeds once: any alert marks a seeded database.

const FIRST_SECRETARIES = {
  name: '第一书记连续 5 个工作日未参加学习',
  description: '驻村第一书记连续 5 个工作日没有阅读、观看视频或答题记录的，报告乡镇党委和市委党建办。',
  metric: 'learning.studied',
  population: {
    minCadreRank: null,
    fivePersonRoles: [],
    firstSecretaryOnly: true,
    villageStationedOnly: false,
    partyMembersOnly: true,
  },
  condition: { kind: 'streak' as const, days: 5, remindAfter: null },
  severity: 'medium' as const,
};

export async function seedSupervisionDemo(services: Services, say: (msg: string) => void): Promise<void> {
  const db = services.db;
  await ensureBuiltInRules(db);
  const [seeded] = await db.select({ id: supervisionAlerts.id }).from(supervisionAlerts).limit(1);
  if (seeded) return;
  const [builtIn] = await db
    .select()
    .from(supervisionRules)
    .where(and(eq(supervisionRules.isBuiltIn, true), isNull(supervisionRules.deletedAt)));
  if (!builtIn) return;
  const [extra] = await db
    .insert(supervisionRules)
    .values({
      ...FIRST_SECRETARIES,
      orgId: builtIn.orgId,
      orgPath: builtIn.orgPath,
      recipients: { person: true, unitHead: true, officeOrgId: builtIn.orgId },
    })
    .returning();
  // The last three working days that have ended, oldest first.
  const days: string[] = [];
  for (let d = addDays(chinaDay(), -1); days.length < 3; d = addDays(d, -1))
    if (await isWorkday(db, d)) days.unshift(d);
  const ctx = { ...services, actor: null, requestId: 'demo-seed', ip: null, lang: 'zh' as const };
  let raised = 0;
  for (const rule of [builtIn, extra].filter((r) => r !== undefined)) {
    for (const day of days) raised += (await evaluateRule(ctx, rule, day)).raised;
  }
  // A few of the first secretaries' alerts closed, for the dashboard's outcome mix.
  const some = await db.execute<{ id: string }>(
    sql`select id from supervision_alerts where rule_id = ${extra?.id ?? null} order by id limit 3`,
  );
  const outcomes = [
    ['talk', '已由乡镇党委书记约谈'],
    ['reminded', '已电话提醒'],
    ['false_alarm', '该同志在市里参加集中培训，已核实'],
  ] as const;
  for (const [i, r] of some.rows.entries()) {
    const row = await findAlert(db, r.id);
    const [outcome, note] = outcomes[i] ?? outcomes[0];
    if (row) await closeAlert({ ...ctx, db }, row, outcome, note);
  }
  say(`demo supervision: 2 rules evaluated for ${days.join(', ')}; ${raised} alerts`);
  // This week's risk forecast (the Monday cron's work), so 风险预测 is not empty on a first start.
  const forecast = await runWeeklyForecast(db, mondayOf(chinaDay()));
  say(
    `demo supervision: forecast for the week of ${mondayOf(chinaDay())}, ${forecast.reduce((n, r) => n + r.written, 0)} people`,
  );
  // Incentive and discipline records and integrity items, after the alerts they may cite.
  await seedRecordsDemo(services, say);
}
