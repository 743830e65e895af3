// Disables an account and ends all its sessions at once; audits 'accounts.disabled' and records
// 'accounts.account.disabled'.
import { eq } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { Ctx } from '../../../platform/context.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { accounts } from '../../auth/schema.ts';
import { revokeAccountSessions } from '../../auth/sessions.ts';
import type { Actor } from '../../context.ts';

export async function disableAccount(ctx: Ctx & { actor: Actor }, input: { accountId: string }): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    await tx.update(accounts).set({ isDisabled: true, updatedAt: new Date() }).where(eq(accounts.id, input.accountId));
    await revokeAccountSessions({ db: tx, changes: ctx.changes }, input.accountId);
    await appendAudit(txCtx, { action: 'accounts.disabled', targetType: 'account', targetId: input.accountId });
    await recordEvent(txCtx, { type: 'accounts.account.disabled', subjectType: 'account', subjectId: input.accountId });
  });
}
