import type { Role } from '@hongyun/contracts';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import type { Actor, Grant } from '../context.ts';
import { orgs } from '../org/schema.ts';
import { accounts, roleGrants } from './schema.ts';

/** The account's live grants (not revoked, org not dissolved), with each org's path. */
export async function loadGrants(db: DbOrTx, accountId: string): Promise<Grant[]> {
  const rows = await db
    .select({ id: roleGrants.id, role: roleGrants.role, orgId: roleGrants.orgId, orgPath: orgs.path })
    .from(roleGrants)
    .innerJoin(orgs, eq(orgs.id, roleGrants.orgId))
    .where(and(eq(roleGrants.accountId, accountId), isNull(roleGrants.revokedAt), eq(orgs.isDissolved, false)));
  return rows.map((g) => ({ ...g, role: g.role as Role }));
}

/**
 * The actor an account is right now, outside any session: for background jobs, which run with the
 * grants the account holds when the job runs (a grant revoked after the job was queued no longer
 * counts). Null when the account is gone or disabled. Never acting for anyone.
 */
export async function loadAccountActor(db: DbOrTx, accountId: string, sessionId = 'job'): Promise<Actor | null> {
  const [account] = await db
    .select({
      id: accounts.id,
      personId: accounts.personId,
      displayName: accounts.displayName,
      isDisabled: accounts.isDisabled,
      isDemo: accounts.isDemo,
    })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  if (!account || account.isDisabled) return null;
  return {
    accountId: account.id,
    personId: account.personId,
    displayName: account.displayName,
    sessionId,
    grants: await loadGrants(db, account.id),
    actingFor: null,
    isDemo: account.isDemo,
  };
}
