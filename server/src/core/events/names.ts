import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { accounts } from '../auth/schema.ts';
import { orgs } from '../org/schema.ts';
import { people } from '../people/schema.ts';

type Named = { orgId: number | null; personId: string | null; actorAccountId: string | null };
export type EventNames = {
  org: Map<number, string>;
  person: Map<string, string>;
  account: Map<string, string>;
};

const distinct = <T>(values: (T | null)[]): T[] => [...new Set(values.filter((v): v is T => v !== null))];

/**
 * Display names for the organisations, people and accounts one page of events mentions, so a reader
 * sees who and where instead of IDs. Three lookups by primary key (a page is at most 200 rows) rather
 * than joins on the partitioned events table, which keeps the keyset read on its index.
 */
export async function eventNames(db: DbOrTx, rows: Named[]): Promise<EventNames> {
  const orgIds = distinct(rows.map((r) => r.orgId));
  const personIds = distinct(rows.map((r) => r.personId));
  const accountIds = distinct(rows.map((r) => r.actorAccountId));
  const [o, p, a] = await Promise.all([
    orgIds.length ? db.select({ id: orgs.id, name: orgs.name }).from(orgs).where(inArray(orgs.id, orgIds)) : [],
    personIds.length
      ? db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, personIds))
      : [],
    accountIds.length
      ? db
          .select({ id: accounts.id, name: accounts.displayName })
          .from(accounts)
          .where(inArray(accounts.id, accountIds))
      : [],
  ]);
  return {
    org: new Map(o.map((r) => [r.id, r.name])),
    person: new Map(p.map((r) => [r.id, r.name])),
    account: new Map(a.map((r) => [r.id, r.name])),
  };
}
