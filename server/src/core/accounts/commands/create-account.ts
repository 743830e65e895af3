// Creates a login account (optionally with grants); audits 'accounts.created' and records
// 'accounts.account.created'. createAccountRecord is also used by the demo seeder and the CLI.
import { normalizePhone, type Role } from '@hongyun/contracts';
import { eq, inArray } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { Ctx, TxCtx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { hashPassword } from '../../auth/password-hash.ts';
import { checkPassword } from '../../auth/password-policy.ts';
import { accounts } from '../../auth/schema.ts';
import type { Actor } from '../../context.ts';
import type { getPersonBrief } from '../queries.ts';
import { grantRole } from './grant-role.ts';

export type CreateAccountRecordInput = {
  personId?: string | null;
  displayName: string;
  phone: string;
  password: string;
  mustChangePassword: boolean;
  isDemo: boolean;
  grants: { role: Role; orgId: number }[];
};

/**
 * Inserts the account and its grants inside the caller's transaction (ctx.db is the tx). Checks
 * only uniqueness; the password policy is the caller's business (seeded demo passwords are fixed).
 */
export async function createAccountRecord(ctx: TxCtx, input: CreateAccountRecordInput): Promise<{ id: string }> {
  const phone = normalizePhone(input.phone);
  const taken = await ctx.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(inArray(accounts.phoneHash, ctx.crypto.lookupHashes(phone)));
  if (taken.length > 0) throw new AppError('DUPLICATE_PHONE');
  if (input.personId) {
    const [existing] = await ctx.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.personId, input.personId));
    if (existing) throw new AppError('ACCOUNT_EXISTS_FOR_PERSON');
  }
  const [row] = await ctx.db
    .insert(accounts)
    .values({
      personId: input.personId ?? null,
      displayName: input.displayName,
      phoneHash: ctx.crypto.active.lookupHash(phone),
      phoneEnc: ctx.crypto.active.encrypt(phone),
      phoneLast4: phone.slice(-4),
      passwordHash: await hashPassword(input.password),
      mustChangePassword: input.mustChangePassword,
      isDemo: input.isDemo,
    })
    .returning({ id: accounts.id });
  if (!row) throw new Error('account insert returned nothing');
  await appendAudit(ctx, {
    action: 'accounts.created',
    targetType: 'account',
    targetId: row.id,
    details: { personId: input.personId ?? null, isDemo: input.isDemo },
  });
  await recordEvent(ctx, {
    type: 'accounts.account.created',
    subjectType: 'account',
    subjectId: row.id,
    data: { forPersonId: input.personId ?? null },
  });
  for (const g of input.grants) await grantRole(ctx, { accountId: row.id, role: g.role, orgId: g.orgId });
  return row;
}

/** The admin route's use case: an account for a person, with an initial password to change at first login. */
export async function createAccount(
  ctx: Ctx & { actor: Actor },
  input: { person: Awaited<ReturnType<typeof getPersonBrief>>; phone: string; initialPassword: string },
): Promise<{ id: string }> {
  const phone = normalizePhone(input.phone);
  const problems = checkPassword(ctx.config, input.initialPassword, { phone });
  if (problems.length > 0) throw new AppError('PASSWORD_TOO_WEAK', { problems });
  return ctx.db.transaction((tx) =>
    createAccountRecord(
      { ...ctx, db: tx },
      {
        personId: input.person.id,
        displayName: input.person.name,
        phone,
        password: input.initialPassword,
        mustChangePassword: true,
        isDemo: false,
        grants: [],
      },
    ),
  );
}
