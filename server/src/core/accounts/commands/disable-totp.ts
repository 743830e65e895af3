// Turns TOTP off with a current code and forgets the secret; audits 'auth.totp.disabled'.
// Under 等保 (mlps) an administrator may not drop the second factor. Code attempts go through the
// sign-in lockout: a stolen session cannot guess codes freely, and nothing is tried while locked.
import { AdminRoles, type Role } from '@hongyun/contracts';
import { eq } from 'drizzle-orm';
import { appendAudit, appendAuditNow } from '../../../platform/audit/chain.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { accountChanged } from '../../auth/auth-changes.ts';
import { releaseLoginAttempt, reserveLoginAttempt } from '../../auth/lockout.ts';
import { accounts } from '../../auth/schema.ts';
import type { Actor } from '../../context.ts';
import { getAccountSecrets } from '../queries.ts';
import { consumeTotpCode } from './consume-totp-code.ts';

export async function disableTotp(ctx: Ctx & { actor: Actor }, input: { code: string }): Promise<void> {
  const { actor } = ctx;
  const secrets = await getAccountSecrets(ctx.db, actor.accountId);
  if (!secrets.isTotpEnabled) throw new AppError('TOTP_NOT_SET_UP');
  if (ctx.config.PASSWORD_POLICY === 'mlps' && actor.grants.some((g) => AdminRoles.includes(g.role as Role))) {
    throw new AppError('FORBIDDEN', { reason: 'mlps_admin_requires_totp' });
  }
  const reservation = await reserveLoginAttempt(ctx.db, ctx.config, actor.accountId);
  if (reservation.locked) {
    const wait = reservation.retryAfterSeconds;
    throw new AppError('ACCOUNT_LOCKED', { retryAfterSeconds: wait }, { 'retry-after': String(wait) });
  }
  if (!(await consumeTotpCode(ctx.db, ctx.crypto, { id: actor.accountId, ...secrets }, input.code))) {
    // The reserved failure stands; audited in its own transaction so it outlives the error.
    await appendAuditNow(ctx, {
      action: 'auth.totp.disabled',
      outcome: 'failure',
      targetType: 'account',
      targetId: actor.accountId,
      details: { reason: 'mfa_invalid', failures: reservation.failures },
    });
    throw new AppError('MFA_INVALID');
  }
  await releaseLoginAttempt(ctx.db, actor.accountId, reservation.failures);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ isTotpEnabled: false, totpSecretEnc: null, updatedAt: new Date() })
      .where(eq(accounts.id, actor.accountId));
    await accountChanged({ db: tx, changes: ctx.changes }, actor.accountId);
    await appendAudit(
      { ...ctx, db: tx },
      { action: 'auth.totp.disabled', targetType: 'account', targetId: actor.accountId },
    );
  });
}
