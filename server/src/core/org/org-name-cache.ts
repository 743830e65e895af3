import { sql } from 'drizzle-orm';
import type { Services } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { orgs } from './schema.ts';

// Organisation names held in memory per API process, so a record view (a person's org and the names
// along its path) needs no join: the names of the upper levels are the same for nearly every record.
//
// A rename publishes an 'org-names' notice in its transaction (orgNameChanged), which drops the name in
// every process on commit. As in the session cache, a load that started before a notice is not stored,
// so it cannot put back the name the notice removed; and without a live listening connection (a worker,
// the CLI, a lost connection) every name is read from the table.

export const ORG_NAMES_TOPIC = 'org-names';
/** A province has about 74,000 organisations; past this, the oldest names are dropped first. */
const MAX_ENTRIES = 100_000;

type Publisher = { db: DbOrTx; changes: Services['changes'] };

/** Call in the transaction that renames an organisation. */
export const orgNameChanged = (ctx: Publisher, orgId: number) =>
  ctx.changes.publish(ctx.db, ORG_NAMES_TOPIC, String(orgId));

type NameStore = { names: Map<number, string>; version: number };

/** Stores by the process's database handle: a transaction handle has none and reads the table. */
const stores = new WeakMap<object, NameStore>();

const namesStatements = new WeakMap<DbOrTx, ReturnType<typeof prepareNames>>();
const prepareNames = (db: DbOrTx) =>
  db
    .select({ id: orgs.id, name: orgs.name })
    .from(orgs)
    .where(sql`${orgs.id} = any(${sql.placeholder('ids')}::int[])`)
    .prepare('hy_org_names_by_ids');

async function readNames(db: DbOrTx, ids: number[]): Promise<{ id: number; name: string }[]> {
  let statement = namesStatements.get(db);
  if (!statement) {
    statement = prepareNames(db);
    namesStatements.set(db, statement);
  }
  return statement.execute({ ids });
}

/** Subscribes the process's name cache to rename notices (once per database handle). */
export function createOrgNameCache(services: Pick<Services, 'db' | 'changes'>): void {
  if (stores.has(services.db)) return;
  const store: NameStore = { names: new Map(), version: 0 };
  stores.set(services.db, store);
  services.changes.subscribe(ORG_NAMES_TOPIC, {
    onChange: (payload) => {
      store.version += 1;
      store.names.delete(Number(payload));
    },
    onReset: () => {
      store.version += 1;
      store.names.clear();
    },
  });
}

/** The names of these organisations (unknown ids are absent), from memory where it may answer. */
export async function orgNamesByIds(
  ctx: Pick<Services, 'db' | 'changes'>,
  ids: readonly number[],
): Promise<Map<number, string>> {
  const store = ctx.changes.isLive ? stores.get(ctx.db) : undefined;
  if (!store) return new Map((await readNames(ctx.db, [...ids])).map((r) => [r.id, r.name]));
  const found = new Map<number, string>();
  const missing: number[] = [];
  for (const id of ids) {
    const name = store.names.get(id);
    if (name === undefined) missing.push(id);
    else found.set(id, name);
  }
  if (missing.length === 0) return found;
  const started = store.version;
  const rows = await readNames(ctx.db, missing);
  const fresh = started === store.version;
  for (const r of rows) {
    found.set(r.id, r.name);
    if (!fresh) continue;
    if (store.names.size >= MAX_ENTRIES) {
      const oldest = store.names.keys().next().value;
      if (oldest !== undefined) store.names.delete(oldest);
    }
    store.names.set(r.id, r.name);
  }
  return found;
}
