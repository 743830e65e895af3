import { eventRefIds, type NameLookup, type RefKind, type SummarisedEvent } from '@hongyun/contracts';
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { accounts } from '../auth/schema.ts';
import { orgs } from '../org/schema.ts';
import { people } from '../people/schema.ts';

export type NameIds = { org: Iterable<number | string>; person: Iterable<string>; account: Iterable<string> };

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

/**
 * Display names for the organisations, people and accounts one page of rows mentions, so a reader
 * sees who and where instead of IDs. Three lookups by primary key (a page is at most 200 rows) rather
 * than joins on the partitioned events table, which keeps the keyset read on its index.
 */
export async function resolveNames(db: DbOrTx, ids: NameIds): Promise<NameLookup> {
  const orgIds = [...new Set([...ids.org].map(Number).filter((n) => Number.isInteger(n) && n > 0))];
  // IDs from payloads are not trusted to be well formed: a malformed one simply has no name.
  const personIds = [...new Set([...ids.person].filter(isUuid))];
  const accountIds = [...new Set([...ids.account].filter(isUuid))];
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
  const maps: Record<RefKind, Map<string, string>> = {
    org: new Map(o.map((r) => [String(r.id), r.name])),
    person: new Map(p.map((r) => [r.id, r.name])),
    account: new Map(a.map((r) => [r.id, r.name])),
  };
  return (kind, id) => maps[kind].get(id);
}

/** Every name a page of events needs: its rows' org, person, actor and subject, and payload references. */
export function eventNameIds(rows: SummarisedEvent[]): NameIds {
  const ids = { org: [] as (number | string)[], person: [] as string[], account: [] as string[] };
  for (const r of rows) {
    if (r.orgId !== null) ids.org.push(r.orgId);
    if (r.personId) ids.person.push(r.personId);
    if (r.actorAccountId) ids.account.push(r.actorAccountId);
    if (r.subjectId && (r.subjectType === 'org' || r.subjectType === 'person' || r.subjectType === 'account')) {
      ids[r.subjectType].push(r.subjectId);
    }
    for (const ref of eventRefIds(r)) ids[ref.kind].push(ref.id);
  }
  return ids;
}
