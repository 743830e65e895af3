// Revokes a delegation (sessions acting through it fall back to the delegate at once);
// audits 'delegations.revoked' and records 'accounts.delegation.revoked'.
import { and, eq, isNull } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { accountChanged } from '../../auth/auth-changes.ts';
import { delegations } from '../../auth/schema.ts';
import type { Actor } from '../../context.ts';
import { type DelegationRow, getDelegation } from '../queries.ts';

export async function revokeDelegation(
  ctx: Ctx & { actor: Actor },
  input: { delegation: DelegationRow },
): Promise<DelegationRow> {
  const d = input.delegation;
  await ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const done = await tx
      .update(delegations)
      .set({ revokedAt: new Date() })
      .where(and(eq(delegations.id, d.id), isNull(delegations.revokedAt)))
      .returning({ id: delegations.id });
    if (done.length === 0) throw new AppError('DELEGATION_NOT_FOUND');
    await accountChanged(txCtx, d.delegateAccountId);
    await appendAudit(txCtx, { action: 'delegations.revoked', targetType: 'delegation', targetId: d.id });
    await recordEvent(txCtx, {
      type: 'accounts.delegation.revoked',
      orgPath: d.principalOrgPath,
      personId: d.principalPersonId,
      subjectType: 'delegation',
      subjectId: d.id,
    });
  });
  return getDelegation(ctx.db, d.id);
}
