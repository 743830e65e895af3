// Records a refused registration or edit whose ID number already belongs to someone: the refusal
// tells the caller the number is a member somewhere on the platform, so probing must be visible to
// auditors. Writes audit 'people.duplicate_id_attempt' (failure) in its own transaction, because the
// request itself fails; no event. Never the number itself: only its last four characters.
import { appendAuditNow } from '../../../platform/audit/chain.ts';
import type { Ctx } from '../../../platform/context.ts';
import { orgsHoldingIdNumber } from '../queries.ts';
import { normalizeIdNumber } from '../validation.ts';

export async function auditDuplicateIdAttempt(
  ctx: Ctx,
  input: { idNumber: string; orgId: number | null; personId?: string },
): Promise<void> {
  const idNumber = normalizeIdNumber(input.idNumber);
  const [existing] = await orgsHoldingIdNumber(ctx.db, ctx.crypto, idNumber);
  await appendAuditNow(ctx, {
    action: 'people.duplicate_id_attempt',
    outcome: 'failure',
    targetType: 'person',
    ...(input.personId ? { targetId: input.personId } : {}),
    orgId: input.orgId,
    details: { last4: idNumber.slice(-4), existingOrgId: existing?.orgId ?? null },
  });
}
