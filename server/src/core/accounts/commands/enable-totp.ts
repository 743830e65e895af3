// Turns TOTP on after the first correct code; a session held back in 'mfa_setup' becomes active.
// Audits 'auth.totp.enabled'.
import { eq } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { accountChanged } from '../../auth/auth-changes.ts';
import { accounts } from '../../auth/schema.ts';
import { type SessionStage, setSessionStage } from '../../auth/sessions.ts';
import type { Actor } from '../../context.ts';
import { getAccountSecrets } from '../queries.ts';
import { consumeTotpCode } from './consume-totp-code.ts';

export async function enableTotp(
  ctx: Ctx & { actor: Actor },
  input: { code: string; stage: SessionStage },
): Promise<{ stage: SessionStage }> {
  const { actor } = ctx;
  const secrets = await getAccountSecrets(ctx.db, actor.accountId);
  if (secrets.isTotpEnabled) throw new AppError('TOTP_ALREADY_ENABLED');
  if (!secrets.totpSecretEnc) throw new AppError('TOTP_NOT_SET_UP');
  if (!(await consumeTotpCode(ctx.db, ctx.crypto, { id: actor.accountId, ...secrets }, input.code))) {
    throw new AppError('MFA_INVALID');
  }
  const stage: SessionStage = input.stage === 'mfa_setup' ? 'active' : input.stage;
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ isTotpEnabled: true, updatedAt: new Date() })
      .where(eq(accounts.id, actor.accountId));
    await accountChanged({ db: tx, changes: ctx.changes }, actor.accountId);
    if (stage !== input.stage) await setSessionStage({ db: tx, changes: ctx.changes }, actor.sessionId, stage);
    await appendAudit(
      { ...ctx, db: tx },
      { action: 'auth.totp.enabled', targetType: 'account', targetId: actor.accountId },
    );
  });
  return { stage };
}
