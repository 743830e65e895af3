// Grants a role at an organisation to an account; audits 'grants.granted' and records
// 'accounts.grant.granted'. Used by the grants route, account creation, the demo seeder and the CLI.
// Refuses role combinations 等保 forbids on one account (audit_admin with security/system_admin),
// whoever the caller is, since seeders and the CLI do not go through the policy.
import { ExclusiveRolePairs, type Role } from '@hongyun/contracts';
import { and, eq, isNull } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { TxCtx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { accountChanged } from '../../auth/auth-changes.ts';
import { accounts, roleGrants } from '../../auth/schema.ts';
import { getOrgForGrant } from '../queries.ts';

/** Call inside a transaction (ctx.db is the tx). Refuses a duplicate active grant with CONFLICT. */
export async function grantRole(
  ctx: TxCtx,
  input: { accountId: string; role: Role; orgId: number },
): Promise<{ id: string }> {
  const org = await getOrgForGrant(ctx.db, input.orgId);
  if (org.isDissolved) throw new AppError('ORG_DISSOLVED');
  // Lock the account row so two concurrent grants cannot both pass the combination check.
  await ctx.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, input.accountId)).for('update');
  const held = await ctx.db
    .selectDistinct({ role: roleGrants.role })
    .from(roleGrants)
    .where(and(eq(roleGrants.accountId, input.accountId), isNull(roleGrants.revokedAt)));
  const clash = conflictingRole(
    input.role,
    held.map((h) => h.role),
  );
  if (clash) throw new AppError('ROLE_COMBINATION_FORBIDDEN', { role: input.role, conflictsWith: clash });
  const [existing] = await ctx.db
    .select({ id: roleGrants.id })
    .from(roleGrants)
    .where(
      and(
        eq(roleGrants.accountId, input.accountId),
        eq(roleGrants.role, input.role),
        eq(roleGrants.orgId, input.orgId),
        isNull(roleGrants.revokedAt),
      ),
    );
  if (existing) throw new AppError('CONFLICT', { reason: 'grant_exists', grantId: existing.id });
  const [row] = await ctx.db
    .insert(roleGrants)
    .values({ accountId: input.accountId, role: input.role, orgId: org.id, grantedBy: ctx.actor?.accountId ?? null })
    .returning({ id: roleGrants.id });
  if (!row) throw new Error('grant insert returned nothing');
  await accountChanged(ctx, input.accountId);
  await appendAudit(ctx, {
    action: 'grants.granted',
    targetType: 'account',
    targetId: input.accountId,
    orgId: org.id,
    details: { grantId: row.id, role: input.role },
  });
  await recordEvent(ctx, {
    type: 'accounts.grant.granted',
    orgId: org.id,
    orgPath: org.path,
    subjectType: 'grant',
    subjectId: row.id,
    data: { accountId: input.accountId, role: input.role },
  });
  return row;
}

/** A role the account already holds that may not sit with `role` on one account, if any. */
export function conflictingRole(role: string, held: string[]): string | null {
  for (const [a, b] of ExclusiveRolePairs) {
    if (role === a && held.includes(b)) return b;
    if (role === b && held.includes(a)) return a;
  }
  return null;
}
