// Turns TOTP off with a current code and forgets the secret; audits 'auth.totp.disabled'.
// Under 等保 (mlps) an administrator may not drop the second factor.
import { AdminRoles, type Role } from '@hongyun/contracts';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/chain.ts';
import { accounts } from '../../../platform/auth/schema.ts';
import type { Actor, Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { getAccountSecrets } from '../queries.ts';
import { consumeTotpCode } from './consume-totp-code.ts';

export async function disableTotp(ctx: Ctx & { actor: Actor }, input: { code: string }): Promise<void> {
  const { actor } = ctx;
  const secrets = await getAccountSecrets(ctx.db, actor.accountId);
  if (!secrets.isTotpEnabled) throw new AppError('TOTP_NOT_SET_UP');
  if (ctx.config.PASSWORD_POLICY === 'mlps' && actor.grants.some((g) => AdminRoles.includes(g.role as Role))) {
    throw new AppError('FORBIDDEN', { reason: 'mlps_admin_requires_totp' });
  }
  if (!(await consumeTotpCode(ctx.db, ctx.crypto, { id: actor.accountId, ...secrets }, input.code))) {
    throw new AppError('MFA_INVALID');
  }
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ isTotpEnabled: false, totpSecretEnc: null, updatedAt: new Date() })
      .where(eq(accounts.id, actor.accountId));
    await appendAudit(
      { ...ctx, db: tx },
      { action: 'auth.totp.disabled', targetType: 'account', targetId: actor.accountId },
    );
  });
}
