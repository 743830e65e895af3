// An alert's life after it is raised: a manager opens it (seen), the person answers it
// (explanation), a unit head or office closes it with an outcome. Each step is one conditional
// UPDATE (a concurrent close wins once) and a typed event in the same transaction. A false alarm
// excuses the alert's missed days: no rule counts them against the person again.
import { type AlertOutcome, AlertOutcomeLabels } from '@hongyun/contracts';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { TxCtx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { notify } from '../../notify/index.ts';
import type { AlertRow } from '../alerts/queries.ts';
import { loadRecipients } from '../recipients.ts';
import { supervisionAlerts } from '../schema.ts';

const ref = (r: AlertRow) => ({ alertId: r.alert.id, ruleId: r.alert.ruleId, ruleName: r.rule.name });
const where = (r: AlertRow) => ({
  personId: r.alert.personId,
  orgId: r.alert.orgId,
  orgPath: r.alert.orgPath,
  subjectType: 'supervision_alert',
  subjectId: r.alert.id,
});

/** A manager opened it: open → seen, once (the person's own reading changes nothing). */
export async function markAlertSeen(ctx: TxCtx, r: AlertRow): Promise<void> {
  if (r.alert.status !== 'open' || ctx.actor?.personId === r.alert.personId) return;
  await ctx.db.transaction(async (tx) => {
    const changed = await tx
      .update(supervisionAlerts)
      .set({ status: 'seen', seenAt: new Date(), seenBy: ctx.actor?.accountId ?? null, updatedAt: new Date() })
      .where(and(eq(supervisionAlerts.id, r.alert.id), eq(supervisionAlerts.status, 'open')))
      .returning({ id: supervisionAlerts.id });
    if (changed.length > 0)
      await recordEvent({ ...ctx, db: tx }, { type: 'supervision.alert.seen', ...where(r), data: ref(r) });
  });
}

/** The person says why (leave, travel, sickness…); again until it is closed. */
export async function explainAlert(ctx: TxCtx, r: AlertRow, explanation: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const now = new Date();
    const changed = await tx
      .update(supervisionAlerts)
      .set({
        explanation,
        explainedAt: now,
        explainedBy: ctx.actor?.accountId ?? null,
        status: 'explained',
        updatedAt: now,
      })
      .where(and(eq(supervisionAlerts.id, r.alert.id), ne(supervisionAlerts.status, 'closed')))
      .returning({ id: supervisionAlerts.id });
    if (changed.length === 0) throw new AppError('SUPERVISION_ALERT_CLOSED');
    await recordEvent({ ...ctx, db: tx }, { type: 'supervision.alert.explained', ...where(r), data: ref(r) });
    // A reported alert's unit head hears of the answer (a reminder only concerns the person).
    if (r.alert.stage !== 'reported') return;
    const heads = (await loadRecipients(tx, [r.alert.orgPath], [])).unitHeads(r.alert.orgPath, r.alert.personId);
    await notify(
      { db: tx },
      {
        recipients: heads.map((accountId) => ({ accountId })),
        template: 'supervision.explained',
        params: { person: (r.personName ?? '—').slice(0, 200), rule: r.rule.name.slice(0, 200), explanation },
        link: `/supervision/alerts/${r.alert.id}`,
      },
    );
  });
}

export async function closeAlert(ctx: TxCtx, r: AlertRow, outcome: AlertOutcome, note: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const now = new Date();
    const changed = await tx
      .update(supervisionAlerts)
      .set({
        status: 'closed',
        outcome,
        outcomeNote: note || null,
        closedAt: now,
        closedBy: ctx.actor?.accountId ?? null,
        updatedAt: now,
      })
      .where(and(eq(supervisionAlerts.id, r.alert.id), ne(supervisionAlerts.status, 'closed')))
      .returning({ evidence: supervisionAlerts.evidence });
    const row = changed[0];
    if (!row) throw new AppError('SUPERVISION_ALERT_CLOSED');
    let excused = 0;
    if (outcome === 'false_alarm' && row.evidence.missedDays.length > 0) {
      const res = await tx.execute(sql`
        insert into supervision_excused_days (person_id, day, alert_id)
        select ${r.alert.personId}::uuid, d::date, ${r.alert.id}::uuid
        from unnest(${`{${row.evidence.missedDays.join(',')}}`}::text[]) as d
        on conflict do nothing`);
      excused = res.rowCount ?? 0;
    }
    await recordEvent(
      { ...ctx, db: tx },
      { type: 'supervision.alert.closed', ...where(r), data: { ...ref(r), outcome, excusedDays: excused } },
    );
    await notify(
      { db: tx },
      {
        recipients: [{ personId: r.alert.personId }],
        template: 'supervision.closed',
        params: {
          rule: r.rule.name.slice(0, 200),
          outcomeZh: AlertOutcomeLabels[outcome].zh,
          outcomeEn: AlertOutcomeLabels[outcome].en,
          note,
        },
        link: `/m/supervision/${r.alert.id}`,
      },
    );
  });
}
