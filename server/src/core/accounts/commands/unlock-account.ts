// Clears an account's failed-login count and lock; audits 'accounts.unlocked'.

import { appendAudit } from '../../../platform/audit/chain.ts';
import type { Ctx } from '../../../platform/context.ts';
import { resetLoginFailures } from '../../auth/lockout.ts';
import type { Actor } from '../../context.ts';

export async function unlockAccount(ctx: Ctx & { actor: Actor }, input: { accountId: string }): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await resetLoginFailures(tx, input.accountId);
    await appendAudit(
      { ...ctx, db: tx },
      { action: 'accounts.unlocked', targetType: 'account', targetId: input.accountId },
    );
  });
}
