// Changes the signed-in account's own password and ends all its OTHER sessions; audits
// 'auth.password.changed' (or its failure). The current session moves on from 'password_change'.
import { eq } from 'drizzle-orm';
import { appendAudit, appendAuditNow } from '../../../platform/audit/chain.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { releaseLoginAttempt, reserveLoginAttempt } from '../../auth/lockout.ts';
import { hashPassword, verifyPassword } from '../../auth/password-hash.ts';
import { checkPassword } from '../../auth/password-policy.ts';
import { accounts } from '../../auth/schema.ts';
import { revokeAccountSessions, type SessionStage, setSessionStage } from '../../auth/sessions.ts';
import type { Actor } from '../../context.ts';
import { activeRoles, getAccountSecrets } from '../queries.ts';
import { stageAfterPassword } from './session-stage.ts';

export async function changePassword(
  ctx: Ctx & { actor: Actor },
  input: { currentPassword: string; newPassword: string; stage: SessionStage },
): Promise<{ stage: SessionStage }> {
  const { actor } = ctx;
  const secrets = await getAccountSecrets(ctx.db, actor.accountId);
  // A stolen session must not become an unlimited password oracle: each guess reserves a failure in
  // the sign-in lockout before the check (parallel guesses cannot slip past), none while locked.
  const reservation = await reserveLoginAttempt(ctx.db, ctx.config, actor.accountId);
  if (reservation.locked) {
    const wait = reservation.retryAfterSeconds;
    throw new AppError('ACCOUNT_LOCKED', { retryAfterSeconds: wait }, { 'retry-after': String(wait) });
  }
  if (!(await verifyPassword(input.currentPassword, secrets.passwordHash))) {
    await appendAuditNow(ctx, {
      action: 'auth.password.changed',
      outcome: 'failure',
      targetType: 'account',
      targetId: actor.accountId,
      details: { reason: 'wrong_current', failures: reservation.failures },
    });
    throw new AppError('PASSWORD_WRONG');
  }
  await releaseLoginAttempt(ctx.db, actor.accountId, reservation.failures);
  const problems = checkPassword(ctx.config, input.newPassword, { phone: ctx.crypto.decrypt(secrets.phoneEnc) });
  if (problems.length > 0) throw new AppError('PASSWORD_TOO_WEAK', { problems });
  if (input.newPassword === input.currentPassword) throw new AppError('PASSWORD_REUSED');

  const passwordHash = await hashPassword(input.newPassword);
  const roles = await activeRoles(ctx.db, actor.accountId);
  const next =
    input.stage === 'password_change' || input.stage === 'mfa_setup'
      ? stageAfterPassword(ctx.config, secrets, roles).stage
      : input.stage;
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({
        passwordHash,
        passwordChangedAt: new Date(),
        mustChangePassword: false,
        failedLogins: 0,
        lockedUntil: null,
        firstFailedAt: null,
        updatedAt: new Date(),
      })
      .where(eq(accounts.id, actor.accountId));
    await revokeAccountSessions({ db: tx, changes: ctx.changes }, actor.accountId, actor.sessionId);
    await setSessionStage({ db: tx, changes: ctx.changes }, actor.sessionId, next);
    await appendAudit(
      { ...ctx, db: tx },
      { action: 'auth.password.changed', targetType: 'account', targetId: actor.accountId },
    );
  });
  return { stage: next };
}
