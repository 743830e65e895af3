import { sql } from 'drizzle-orm';
import { orgNamesByIds } from '../../../core/org/index.ts';
import type { TxCtx } from '../../../platform/context.ts';
import { type EventInput, recordEvents } from '../../../platform/events/record.ts';
import { notify } from '../../notify/index.ts';
import { alertHeadline } from '../headline.ts';
import { findMetric } from '../metrics.ts';
import { loadRecipients } from '../recipients.ts';
import type { RuleRow } from '../rules/queries.ts';
import type { AlertPlan } from './types.ts';

// Writes an evaluation's decisions in its transaction: new alerts (one per rule, person and
// streak: a concurrent or repeated run inserts nothing twice), escalations, grown streaks; a typed
// event for each raise and escalation, and the notifications the rule asks for.

type Written = { id: string; personId: string; plan: AlertPlan };

async function insertAlerts(ctx: TxCtx, rule: RuleRow, plans: AlertPlan[], day: string): Promise<Written[]> {
  if (plans.length === 0) return [];
  const rows = plans.map((p) => ({
    person_id: p.personId,
    org_id: p.orgId,
    org_path: p.orgPath,
    period_key: p.periodKey,
    stage: p.stage,
    evidence: p.evidence,
  }));
  const r = await ctx.db.execute<{ id: string; personId: string; periodKey: string }>(sql`
    insert into supervision_alerts (rule_id, person_id, org_id, org_path, period_key, stage, severity, day, evidence, reported_at)
    select ${rule.id}, x.person_id, x.org_id, x.org_path, x.period_key, x.stage, ${rule.severity}, ${day}::date, x.evidence,
           case when x.stage = 'reported' then now() end
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as x(person_id uuid, org_id int, org_path text, period_key date, stage text, evidence jsonb)
    on conflict (rule_id, person_id, period_key) do nothing
    returning id, person_id as "personId", period_key::text as "periodKey"`);
  const byKey = new Map(plans.map((p) => [`${p.personId}|${p.periodKey}`, p]));
  return r.rows.flatMap((x) => {
    const plan = byKey.get(`${x.personId}|${x.periodKey}`);
    return plan ? [{ id: x.id, personId: x.personId, plan }] : [];
  });
}

async function updateAlerts(ctx: TxCtx, plans: AlertPlan[], day: string, escalate: boolean): Promise<Written[]> {
  if (plans.length === 0) return [];
  const rows = plans.map((p) => ({ id: p.alertId, evidence: p.evidence }));
  const r = await ctx.db.execute<{ id: string }>(sql`
    update supervision_alerts a set evidence = x.evidence, day = ${day}::date, updated_at = now()
      ${escalate ? sql`, stage = 'reported', reported_at = now()` : sql``}
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id uuid, evidence jsonb)
    where a.id = x.id and a.status <> 'closed' ${escalate ? sql`and a.stage = 'reminded'` : sql``}
    returning a.id`);
  const byId = new Map(plans.map((p) => [p.alertId, p]));
  return r.rows.flatMap((x) => {
    const plan = byId.get(x.id);
    return plan ? [{ id: x.id, personId: plan.personId, plan }] : [];
  });
}

async function announce(ctx: TxCtx, rule: RuleRow, written: Written[], kind: 'raised' | 'escalated'): Promise<void> {
  if (written.length === 0) return;
  const metric = findMetric(rule.metric);
  const label = (lang: 'zh' | 'en') => metric?.label[lang] ?? rule.metric;
  const names = new Map(
    (
      await ctx.db.execute<{ id: string; name: string }>(
        sql`select id, name from people where id = any(${`{${written.map((w) => w.personId).join(',')}}`}::uuid[])`,
      )
    ).rows.map((r) => [r.id, r.name]),
  );
  const reported = written.filter((w) => w.plan.stage === 'reported');
  const orgNames = await orgNamesByIds(ctx, [...new Set(reported.map((w) => w.plan.orgId))]);
  const book = await loadRecipients(
    ctx.db,
    rule.recipients.unitHead ? reported.map((w) => w.plan.orgPath) : [],
    rule.recipients.officeOrgId === null ? [] : [rule.recipients.officeOrgId],
  );
  await recordEvents(
    ctx,
    written.map((w): EventInput => {
      const { plan } = w;
      const data = { alertId: w.id, ruleId: rule.id, ruleName: rule.name, missedDays: plan.evidence.missedDays.length };
      const at = {
        personId: plan.personId,
        orgId: plan.orgId,
        orgPath: plan.orgPath,
        subjectType: 'supervision_alert',
        subjectId: w.id,
      };
      return kind === 'raised'
        ? { type: 'supervision.alert.raised', ...at, data: { ...data, stage: plan.stage, periodKey: plan.periodKey } }
        : { type: 'supervision.alert.escalated', ...at, data };
    }),
  );
  for (const w of written) {
    const { plan } = w;
    const headlines = {
      headlineZh: alertHeadline(plan.evidence, label('zh'), 'zh'),
      headlineEn: alertHeadline(plan.evidence, label('en'), 'en'),
    };
    const rulePart = rule.name.slice(0, 200);
    if (rule.recipients.person) {
      await notify(ctx, {
        recipients: [{ personId: plan.personId }],
        template: plan.stage === 'reported' ? 'supervision.reported.self' : 'supervision.reminder',
        params: { rule: rulePart, ...headlines },
        link: `/m/supervision/${w.id}`,
      });
    }
    if (plan.stage !== 'reported') continue;
    const managers = [
      ...new Set([
        ...(rule.recipients.unitHead ? book.unitHeads(plan.orgPath, plan.personId) : []),
        ...book.office(rule.recipients.officeOrgId),
      ]),
    ];
    if (managers.length === 0) continue;
    await notify(ctx, {
      recipients: managers.map((accountId) => ({ accountId })),
      template: 'supervision.reported',
      params: {
        person: (names.get(plan.personId) ?? '—').slice(0, 200),
        org: (orgNames.get(plan.orgId) ?? '—').slice(0, 200),
        rule: rulePart,
        ...headlines,
      },
      link: `/supervision/alerts/${w.id}`,
    });
  }
}

export async function writePlans(ctx: TxCtx, rule: RuleRow, plans: AlertPlan[], day: string) {
  const raised = await insertAlerts(
    ctx,
    rule,
    plans.filter((p) => p.action === 'raise'),
    day,
  );
  const escalated = await updateAlerts(
    ctx,
    plans.filter((p) => p.action === 'escalate'),
    day,
    true,
  );
  await updateAlerts(
    ctx,
    plans.filter((p) => p.action === 'grow'),
    day,
    false,
  );
  await announce(ctx, rule, raised, 'raised');
  await announce(ctx, rule, escalated, 'escalated');
  return {
    raised: raised.length,
    escalated: escalated.length,
    unchanged: plans.length - raised.length - escalated.length,
  };
}
