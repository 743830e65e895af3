// Sets a new initial password chosen by a security admin (to be changed at next login) and ends the
// account's sessions; audits 'accounts.password_reset'. The password itself is never recorded.
import { eq } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { hashPassword } from '../../auth/password-hash.ts';
import { checkPassword } from '../../auth/password-policy.ts';
import { accounts } from '../../auth/schema.ts';
import { revokeAccountSessions } from '../../auth/sessions.ts';
import type { Actor } from '../../context.ts';
import { getAccountSecrets } from '../queries.ts';

export async function resetPassword(
  ctx: Ctx & { actor: Actor },
  input: { accountId: string; initialPassword: string },
): Promise<void> {
  const secrets = await getAccountSecrets(ctx.db, input.accountId);
  const problems = checkPassword(ctx.config, input.initialPassword, { phone: ctx.crypto.decrypt(secrets.phoneEnc) });
  if (problems.length > 0) throw new AppError('PASSWORD_TOO_WEAK', { problems });
  const passwordHash = await hashPassword(input.initialPassword);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({
        passwordHash,
        mustChangePassword: true,
        passwordChangedAt: new Date(),
        failedLogins: 0,
        lockedUntil: null,
        updatedAt: new Date(),
      })
      .where(eq(accounts.id, input.accountId));
    await revokeAccountSessions({ db: tx, changes: ctx.changes }, input.accountId);
    await appendAudit(
      { ...ctx, db: tx },
      { action: 'accounts.password_reset', targetType: 'account', targetId: input.accountId },
    );
  });
}
