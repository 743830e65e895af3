// Checks a TOTP code for an account and burns its step, so the same code is never accepted twice.
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { CryptoService } from '../../../platform/context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { accounts } from '../../auth/schema.ts';
import { matchTotpStep } from '../../auth/totp.ts';

/**
 * True when `code` matches the account's secret within ±1 step AND that step is newer than the last
 * one used; the step is then recorded in the same statement (a concurrent replay loses the race).
 */
export async function consumeTotpCode(
  db: DbOrTx,
  crypto: CryptoService,
  account: { id: string; totpSecretEnc: string | null },
  code: string,
): Promise<boolean> {
  if (!account.totpSecretEnc) return false;
  const step = matchTotpStep(crypto.decrypt(account.totpSecretEnc), code);
  if (step === null) return false;
  const updated = await db
    .update(accounts)
    .set({ totpLastStep: step })
    .where(and(eq(accounts.id, account.id), or(isNull(accounts.totpLastStep), lt(accounts.totpLastStep, step))))
    .returning({ id: accounts.id });
  return updated.length === 1;
}
