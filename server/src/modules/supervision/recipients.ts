import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { ancestorPaths } from './rules/queries.ts';

// Whom a reported alert tells besides the person: the head of their unit's party organisation
// (the branch secretary of the nearest organisation up their path that has one, other than the
// person themselves) and the party-building office of the organisation the rule names.

type Grant = { accountId: string; path: string; personId: string | null };

export type RecipientBook = {
  unitHeads(orgPath: string, subjectPersonId: string): string[];
  office(orgId: number | null): string[];
};

export async function loadRecipients(db: DbOrTx, orgPaths: readonly string[], officeOrgIds: readonly number[]) {
  const paths = [...new Set(orgPaths.flatMap((p) => [...ancestorPaths(p), p]))];
  const heads =
    paths.length === 0
      ? []
      : (
          await db.execute<Grant>(sql`
            select g.account_id as "accountId", o.path, a.person_id as "personId"
            from role_grants g join orgs o on o.id = g.org_id join accounts a on a.id = g.account_id
            where g.role = 'branch_secretary' and g.revoked_at is null and not a.is_disabled
              and o.path = any(${`{${paths.join(',')}}`}::text[])`)
        ).rows;
  const offices =
    officeOrgIds.length === 0
      ? []
      : (
          await db.execute<{ accountId: string; orgId: number }>(sql`
            select g.account_id as "accountId", g.org_id as "orgId"
            from role_grants g join accounts a on a.id = g.account_id
            where g.role = 'party_office' and g.revoked_at is null and not a.is_disabled
              and g.org_id = any(${`{${officeOrgIds.join(',')}}`}::int[])`)
        ).rows;
  const byPath = new Map<string, Grant[]>();
  for (const h of heads) byPath.set(h.path, [...(byPath.get(h.path) ?? []), h]);
  return {
    unitHeads(orgPath: string, subjectPersonId: string): string[] {
      // Nearest first: the person's own organisation, then up the path.
      for (const p of [orgPath, ...ancestorPaths(orgPath).reverse()]) {
        const found = (byPath.get(p) ?? []).filter((g) => g.personId !== subjectPersonId).map((g) => g.accountId);
        if (found.length > 0) return found;
      }
      return [];
    },
    office(orgId: number | null): string[] {
      return orgId === null ? [] : offices.filter((o) => o.orgId === orgId).map((o) => o.accountId);
    },
  } satisfies RecipientBook;
}
