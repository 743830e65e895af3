// Switches business modules on/off (or back to inherit) at an organisation for its subtree;
// records event 'org.org.modules_updated' and audit 'org.modules.updated' in the same transaction.
import type { ModuleName } from '@hongyun/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { TxCtx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { MODULES_TOPIC } from '../module-switch-store.ts';
import { orgModuleSettings } from '../module-switches.ts';
import type { OrgRecord } from '../queries.ts';
import { orgModuleSwitches } from '../schema.ts';

export type ModuleChanges = Partial<Record<ModuleName, boolean | null>>;

export async function setOrgModules(ctx: TxCtx, input: { org: OrgRecord; changes: ModuleChanges }) {
  const { org, changes } = input;
  if (org.isDissolved) throw new AppError('ORG_DISSOLVED');
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const before = await orgModuleSettings(tx, org);
    const diff: Record<string, { from: boolean | null; to: boolean | null }> = {};
    for (const [module, to] of Object.entries(changes) as [ModuleName, boolean | null | undefined][]) {
      if (to === undefined) continue;
      const from = before.find((b) => b.module === module)?.setting ?? null;
      if (from === to) continue;
      diff[module] = { from, to };
      if (to === null) {
        await tx
          .delete(orgModuleSwitches)
          .where(and(eq(orgModuleSwitches.orgId, org.id), eq(orgModuleSwitches.module, module)));
      } else {
        await tx
          .insert(orgModuleSwitches)
          .values({ orgId: org.id, module, isEnabled: to, updatedBy: ctx.actor?.accountId ?? null })
          .onConflictDoUpdate({
            target: [orgModuleSwitches.orgId, orgModuleSwitches.module],
            set: { isEnabled: to, updatedBy: ctx.actor?.accountId ?? null, updatedAt: sql`now()` },
          });
      }
    }
    if (Object.keys(diff).length > 0) {
      // Every API process holds the switches in memory: tell them (delivered on commit).
      await ctx.changes.publish(tx, MODULES_TOPIC, String(org.id));
      await recordEvent(txCtx, {
        type: 'org.org.modules_updated',
        orgId: org.id,
        orgPath: org.path,
        subjectType: 'org',
        subjectId: org.id,
        data: { changes: diff },
      });
      await appendAudit(txCtx, {
        action: 'org.modules.updated',
        targetType: 'org',
        targetId: org.id,
        orgId: org.id,
        details: { changes: diff },
      });
    }
    return orgModuleSettings(tx, org);
  });
}
