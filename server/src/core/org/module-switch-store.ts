import type { Services } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { createMemoryCopy } from '../../platform/db/memory-copy.ts';
import { orgModuleSwitches } from './schema.ts';

// The org_module_switches table held in memory (it has a row per org that overrides a module: a few
// hundred at most), so the module check of every request needs no query. set-org-modules publishes a
// 'modules' notice in its transaction; every process reloads the table when it arrives.
//
// The freshness rules are platform/db/memory-copy.ts's: while the copy may be stale, the table is
// read (see effectiveModules).

export const MODULES_TOPIC = 'modules';

export type SwitchRow = { orgId: number; module: string; isEnabled: boolean };

export type ModuleSwitchStore = {
  /** The rows, or null while they may be stale (then read the table). */
  rows(): SwitchRow[] | null;
  load(): Promise<void>;
};

/** Stores by the process's database handle: a transaction handle has none and reads the table. */
const stores = new WeakMap<object, ModuleSwitchStore>();

export function switchStoreFor(db: DbOrTx): ModuleSwitchStore | undefined {
  return stores.get(db);
}

export function createModuleSwitchStore(services: Services): ModuleSwitchStore {
  const copy = createMemoryCopy(services, {
    topic: MODULES_TOPIC,
    what: 'module switches',
    read: () =>
      services.db
        .select({
          orgId: orgModuleSwitches.orgId,
          module: orgModuleSwitches.module,
          isEnabled: orgModuleSwitches.isEnabled,
        })
        .from(orgModuleSwitches),
  });
  const store: ModuleSwitchStore = { rows: copy.current, load: copy.load };
  stores.set(services.db, store);
  return store;
}
