// Ends this session, or with `everywhere` every session of the account; audits 'auth.logout'.

import { appendAudit } from '../../../platform/audit/chain.ts';
import type { Ctx } from '../../../platform/context.ts';
import { revokeAccountSessions, revokeSession } from '../../auth/sessions.ts';
import type { Actor } from '../../context.ts';

export async function logOut(ctx: Ctx & { actor: Actor }, input: { everywhere: boolean }): Promise<void> {
  const { actor } = ctx;
  await ctx.db.transaction(async (tx) => {
    if (input.everywhere) await revokeAccountSessions({ db: tx, changes: ctx.changes }, actor.accountId);
    else await revokeSession({ db: tx, changes: ctx.changes }, actor.sessionId);
    await appendAudit(
      { ...ctx, db: tx },
      {
        action: 'auth.logout',
        targetType: 'account',
        targetId: actor.accountId,
        details: { everywhere: input.everywhere },
      },
    );
  });
}
