// Switches the current session to act for a principal through one of this account's valid
// delegations; records 'accounts.acting_for.started' (already marked as acting for the principal).

import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { setSessionActingFor } from '../../auth/sessions.ts';
import type { Actor } from '../../context.ts';
import { type DelegationRow, findDelegation, isDelegationActive } from '../queries.ts';

export async function startActingFor(
  ctx: Ctx & { actor: Actor },
  input: { delegationId: string },
): Promise<DelegationRow> {
  const { actor } = ctx;
  const d = await findDelegation(ctx.db, input.delegationId);
  // Missing, someone else's, revoked or expired delegations all look the same: not found.
  if (!d || d.delegateAccountId !== actor.accountId || !isDelegationActive(d))
    throw new AppError('DELEGATION_NOT_FOUND');
  const acting = { personId: d.principalPersonId, delegationId: d.id, scopes: d.scopes };
  await ctx.db.transaction(async (tx) => {
    await setSessionActingFor({ db: tx, changes: ctx.changes }, actor.sessionId, acting);
    await recordEvent(
      { ...ctx, db: tx, actor: { ...actor, actingFor: acting } },
      {
        type: 'accounts.acting_for.started',
        orgPath: d.principalOrgPath,
        subjectType: 'delegation',
        subjectId: d.id,
      },
    );
  });
  return d;
}
