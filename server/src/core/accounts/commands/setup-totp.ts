// Starts TOTP setup: stores a new secret (encrypted, not yet enabled) and returns the otpauth:// URI
// for the authenticator app; audits 'auth.totp.setup'.
import { eq } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { accounts } from '../../auth/schema.ts';
import { newTotpSecret } from '../../auth/totp.ts';
import type { Actor } from '../../context.ts';
import { getAccountSecrets } from '../queries.ts';

export async function setupTotp(ctx: Ctx & { actor: Actor }): Promise<{ uri: string; secret: string }> {
  const { actor } = ctx;
  const current = await getAccountSecrets(ctx.db, actor.accountId);
  // Replacing an enabled secret would let a stolen session move the second factor; disable first.
  if (current.isTotpEnabled) throw new AppError('TOTP_ALREADY_ENABLED');
  const { secret, uri } = newTotpSecret(actor.displayName);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ totpSecretEnc: ctx.crypto.active.encrypt(secret), totpLastStep: null, updatedAt: new Date() })
      .where(eq(accounts.id, actor.accountId));
    await appendAudit(
      { ...ctx, db: tx },
      { action: 'auth.totp.setup', targetType: 'account', targetId: actor.accountId },
    );
  });
  return { secret, uri };
}
