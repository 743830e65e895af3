import { randomInt } from 'node:crypto';
import { type Role, Roles } from '@hongyun/contracts';
import { asc, eq, isNull } from 'drizzle-orm';
import { createAccountRecord } from '../core/accounts/index.ts';
import { createOrgRecord, seedRegions } from '../core/org/index.ts';
import { orgs } from '../core/org/schema.ts';
import type { Ctx, Services } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';

const ADMIN_ROLES: Role[] = ['system_admin', 'security_admin', 'audit_admin', 'party_office', 'org_admin'];

/** A random initial password that passes both policies; it must be changed at first sign-in. */
function initialPassword(): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '#%+=@'];
  const chars = sets.flatMap((s) => [s[randomInt(s.length)], s[randomInt(s.length)], s[randomInt(s.length)]]);
  return chars.sort(() => randomInt(3) - 1).join('');
}

export type CreateAdminInput = {
  phone: string;
  name: string;
  role: string;
  orgId?: number;
  orgName?: string;
  regionCode?: string;
};

/**
 * Creates an administrator account (initial password, changed at first sign-in) with a grant at an
 * organisation. On an empty database, `orgName` creates the root organisation first, which is how a
 * production installation gets its first organisation and first administrator.
 */
export async function createAdmin(services: Services, input: CreateAdminInput) {
  if (!ADMIN_ROLES.includes(input.role as Role) || !(Roles as readonly string[]).includes(input.role)) {
    throw new Error(`--role must be one of ${ADMIN_ROLES.join(', ')}`);
  }
  await seedRegions(services.db);
  const ctx: Ctx = { ...services, actor: null, requestId: 'cli:create-admin', ip: null, lang: 'zh' };
  const password = initialPassword();
  return services.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    let orgId = input.orgId;
    if (!orgId && input.orgName) {
      orgId = (
        await createOrgRecord(txCtx, { name: input.orgName, type: 'committee', regionCode: input.regionCode ?? null })
      ).id;
    }
    if (!orgId) {
      const [root] = await tx
        .select({ id: orgs.id })
        .from(orgs)
        .where(isNull(orgs.parentId))
        .orderBy(asc(orgs.id))
        .limit(1);
      if (!root) throw new Error('no organisation exists yet: pass --org-name to create the root organisation');
      orgId = root.id;
    }
    const [org] = await tx.select({ id: orgs.id, name: orgs.name }).from(orgs).where(eq(orgs.id, orgId));
    if (!org) throw new AppError('ORG_NOT_FOUND');
    const account = await createAccountRecord(txCtx, {
      displayName: input.name,
      phone: input.phone,
      password,
      mustChangePassword: true,
      isDemo: false,
      grants: [{ role: input.role as Role, orgId: org.id }],
    });
    return { accountId: account.id, password, org };
  });
}
