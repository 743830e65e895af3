// Lets a delegate account act for a principal (e.g. a daughter-in-law for an elderly member);
// audits 'delegations.granted' and records 'accounts.delegation.granted'.
import type { ModuleName } from '@hongyun/contracts';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { accountChanged } from '../../auth/auth-changes.ts';
import { delegations } from '../../auth/schema.ts';
import type { Actor } from '../../context.ts';
import { type DelegationRow, getAccount, getDelegation, type getPersonBrief } from '../queries.ts';

export async function createDelegation(
  ctx: Ctx & { actor: Actor },
  input: {
    principal: Awaited<ReturnType<typeof getPersonBrief>>;
    delegateAccountId: string;
    relation: string;
    scopes: ModuleName[];
    expiresAt?: string;
  },
): Promise<DelegationRow> {
  const delegate = await getAccount(ctx.db, input.delegateAccountId);
  if (delegate.row.isDisabled) throw new AppError('ACCOUNT_DISABLED');
  if (delegate.row.personId === input.principal.id) {
    throw new AppError('BAD_REQUEST', { reason: 'delegate_is_principal' });
  }
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt.getTime() <= Date.now()) {
    throw new AppError('VALIDATION_FAILED', [{ field: 'body.expiresAt', message: 'date.must_be_future' }]);
  }
  const id = await ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const [row] = await tx
      .insert(delegations)
      .values({
        delegateAccountId: input.delegateAccountId,
        principalPersonId: input.principal.id,
        relation: input.relation,
        scopes: [...new Set(input.scopes)],
        grantedBy: ctx.actor.accountId,
        expiresAt,
      })
      .returning({ id: delegations.id });
    if (!row) throw new Error('delegation insert returned nothing');
    await accountChanged(txCtx, input.delegateAccountId);
    await appendAudit(txCtx, {
      action: 'delegations.granted',
      targetType: 'delegation',
      targetId: row.id,
      orgId: input.principal.orgId,
      details: {
        delegateAccountId: input.delegateAccountId,
        principalPersonId: input.principal.id,
        scopes: input.scopes,
      },
    });
    await recordEvent(txCtx, {
      type: 'accounts.delegation.granted',
      orgId: input.principal.orgId,
      orgPath: input.principal.orgPath,
      personId: input.principal.id,
      subjectType: 'delegation',
      subjectId: row.id,
      data: { delegateAccountId: input.delegateAccountId, relation: input.relation },
    });
    return row.id;
  });
  return getDelegation(ctx.db, id);
}
