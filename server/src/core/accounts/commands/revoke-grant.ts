// Revokes a role grant (sets revokedAt; takes effect on the account's next request); audits
// 'grants.revoked' and records 'accounts.grant.revoked'.
import type { Role } from '@hongyun/contracts';
import { and, eq, isNull } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { accountChanged } from '../../auth/auth-changes.ts';
import { roleGrants } from '../../auth/schema.ts';
import type { Actor } from '../../context.ts';
import { type GrantRow, getGrant } from '../queries.ts';

export async function revokeGrant(ctx: Ctx & { actor: Actor }, input: { grant: GrantRow }): Promise<GrantRow> {
  const { grant } = input;
  if (grant.revokedAt) throw new AppError('GRANT_NOT_FOUND');
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const done = await tx
      .update(roleGrants)
      .set({ revokedAt: new Date(), revokedBy: ctx.actor.accountId })
      .where(and(eq(roleGrants.id, grant.id), isNull(roleGrants.revokedAt)))
      .returning({ id: roleGrants.id });
    if (done.length === 0) throw new AppError('GRANT_NOT_FOUND');
    await accountChanged(txCtx, grant.accountId);
    await appendAudit(txCtx, {
      action: 'grants.revoked',
      targetType: 'account',
      targetId: grant.accountId,
      orgId: grant.orgId,
      details: { grantId: grant.id, role: grant.role },
    });
    await recordEvent(txCtx, {
      type: 'accounts.grant.revoked',
      orgId: grant.orgId,
      orgPath: grant.orgPath,
      subjectType: 'grant',
      subjectId: grant.id,
      // The column holds only roles (grant-role checks them); recordEvent checks again at run time.
      data: { accountId: grant.accountId, role: grant.role as Role },
    });
    return getGrant(tx, grant.id);
  });
}
