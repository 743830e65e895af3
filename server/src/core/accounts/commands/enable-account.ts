// Re-enables a disabled account; audits 'accounts.enabled' and records 'accounts.account.enabled'.
import { eq } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { Ctx } from '../../../platform/context.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { accountChanged } from '../../auth/auth-changes.ts';
import { accounts } from '../../auth/schema.ts';
import type { Actor } from '../../context.ts';

export async function enableAccount(ctx: Ctx & { actor: Actor }, input: { accountId: string }): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    await tx.update(accounts).set({ isDisabled: false, updatedAt: new Date() }).where(eq(accounts.id, input.accountId));
    await accountChanged(txCtx, input.accountId);
    await appendAudit(txCtx, { action: 'accounts.enabled', targetType: 'account', targetId: input.accountId });
    await recordEvent(txCtx, { type: 'accounts.account.enabled', subjectType: 'account', subjectId: input.accountId });
  });
}
