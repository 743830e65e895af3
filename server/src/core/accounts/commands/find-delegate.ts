// Finds the account a phone number signs in to, so an org admin or branch secretary can name a
// relative as an elderly member's delegate. Phone → account is an existence oracle, so each lookup is
// rate-limited per looking account, audited ('accounts.delegate_lookup', only the last four digits)
// and answers no more than a masked name and phone to confirm "is this your relative". Only an
// account that touches no organisation yet (a relative's own account) or one already in the caller's
// subtrees is answered; any other is NOT_FOUND like an unknown phone, so the lookup is no city-wide
// directory of ids to grant roles to. No event.
import { appendAuditNow } from '../../../platform/audit/chain.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { hitRateLimit } from '../../auth/rate-limit.ts';
import type { Actor } from '../../context.ts';
import { isAccountOpenTo } from '../policy.ts';
import { maskPhone } from '../presenter.ts';
import { findAccountByPhone, getAccount } from '../queries.ts';

/** Lookups per looking account per hour: a family or two a day, never a directory walk. */
export const DELEGATE_LOOKUPS_PER_HOUR = 20;

/** 李* / 欧阳** : the first character stays so a secretary can confirm the family name. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(Math.min(chars.length - 1, 3))}`;
}

export async function findDelegate(
  ctx: Ctx & { actor: Actor },
  input: { phone: string; principal: { id: string; orgId: number | null } },
) {
  const hit = await hitRateLimit(
    ctx.outsideDb,
    `delegate:${ctx.actor.accountId}`,
    { limit: DELEGATE_LOOKUPS_PER_HOUR, windowMs: 3600_000 },
    'lookup',
  );
  if (!hit.allowed) {
    throw new AppError(
      'RATE_LIMITED',
      { retryAfterSeconds: hit.retryAfterSeconds },
      { 'retry-after': String(hit.retryAfterSeconds) },
    );
  }
  const match = await findAccountByPhone(ctx.db, ctx.crypto, input.phone);
  const held = match ? await getAccount(ctx.db, match.id) : null;
  const isOutside = !!held && !isAccountOpenTo(ctx.actor, held.record.paths);
  const found = isOutside ? null : match;
  await appendAuditNow(ctx, {
    action: 'accounts.delegate_lookup',
    outcome: found ? 'success' : 'failure',
    targetType: 'account',
    ...(found ? { targetId: found.id } : {}),
    orgId: input.principal.orgId,
    details: {
      phoneLast4: input.phone.slice(-4),
      principalPersonId: input.principal.id,
      found: !!found,
      ...(isOutside ? { outsideScope: true } : {}),
    },
  });
  if (!found) throw new AppError('NOT_FOUND');
  return { id: found.id, displayNameMasked: maskName(found.displayName), phoneMasked: maskPhone(found.phoneLast4) };
}
