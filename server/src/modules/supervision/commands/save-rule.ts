// An office's acts on warning rules, each audited in the rule's transaction: create, edit, delete
// (a soft delete: its alerts keep naming it). A rule's metric must be one an installed module
// declares; the office it tells must be the rule's organisation or one above it.
import type { SupervisionRuleInput } from '@hongyun/contracts';
import { eq } from 'drizzle-orm';
import type { OrgRecord } from '../../../core/org/index.ts';
import { findOrg } from '../../../core/org/index.ts';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { TxCtx } from '../../../platform/context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/errors.ts';
import { findMetric } from '../metrics.ts';
import type { RuleRow } from '../rules/queries.ts';
import { supervisionRules } from '../schema.ts';

type Action = 'supervision.rule.created' | 'supervision.rule.updated' | 'supervision.rule.deleted';

async function checkInput(db: DbOrTx, org: OrgRecord, input: SupervisionRuleInput): Promise<void> {
  if (!findMetric(input.metric)) throw new AppError('SUPERVISION_UNKNOWN_METRIC', { metric: input.metric });
  const officeId = input.recipients.officeOrgId;
  if (officeId !== null) {
    const office = await findOrg(db, officeId);
    if (!office || !org.path.startsWith(office.path)) throw new AppError('SUPERVISION_OFFICE_NOT_ABOVE');
  }
}

const columns = (org: OrgRecord, input: SupervisionRuleInput) => ({
  orgId: org.id,
  orgPath: org.path,
  name: input.name,
  description: input.description,
  isEnabled: input.isEnabled,
  metric: input.metric,
  population: { ...input.population, minCadreRank: input.population.minCadreRank ?? null },
  condition: input.condition,
  recipients: input.recipients,
  severity: input.severity,
});

async function audited(ctx: TxCtx, action: Action, row: RuleRow, details: Record<string, unknown> = {}) {
  await appendAudit(ctx, {
    action,
    targetType: 'supervision_rule',
    targetId: row.id,
    orgId: row.orgId,
    details: { name: row.name, ...details },
  });
}

export async function createRule(ctx: TxCtx, org: OrgRecord, input: SupervisionRuleInput): Promise<RuleRow> {
  await checkInput(ctx.db, org, input);
  return ctx.db.transaction(async (tx) => {
    const by = ctx.actor?.accountId ?? null;
    const [row] = await tx
      .insert(supervisionRules)
      .values({ ...columns(org, input), createdBy: by, updatedBy: by })
      .returning();
    if (!row) throw new Error('rule not inserted');
    await audited({ ...ctx, db: tx }, 'supervision.rule.created', row);
    return row;
  });
}

export async function updateRule(ctx: TxCtx, rule: RuleRow, org: OrgRecord, input: SupervisionRuleInput) {
  // The built-in rule stays with its root organisation (one per root).
  if (rule.isBuiltIn && org.id !== rule.orgId) throw new AppError('SUPERVISION_BUILT_IN_RULE');
  await checkInput(ctx.db, org, input);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(supervisionRules)
      .set({ ...columns(org, input), updatedBy: ctx.actor?.accountId ?? null, updatedAt: new Date() })
      .where(eq(supervisionRules.id, rule.id))
      .returning();
    if (!row) throw new AppError('NOT_FOUND');
    const changed = Object.keys(columns(org, input)).filter(
      (k) => JSON.stringify(rule[k as keyof RuleRow]) !== JSON.stringify(row[k as keyof RuleRow]),
    );
    await audited({ ...ctx, db: tx }, 'supervision.rule.updated', row, { fields: changed });
    return row;
  });
}

export async function deleteRule(ctx: TxCtx, rule: RuleRow): Promise<void> {
  if (rule.isBuiltIn) throw new AppError('SUPERVISION_BUILT_IN_RULE');
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(supervisionRules)
      .set({ deletedAt: new Date(), updatedBy: ctx.actor?.accountId ?? null })
      .where(eq(supervisionRules.id, rule.id));
    await audited({ ...ctx, db: tx }, 'supervision.rule.deleted', rule);
  });
}
