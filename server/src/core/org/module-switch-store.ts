import type { Services } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { orgModuleSwitches } from './schema.ts';

// The org_module_switches table held in memory (it has a row per org that overrides a module: a few
// hundred at most), so the module check of every request needs no query. set-org-modules publishes a
// 'modules' notice in its transaction; every process reloads the table when it arrives.
//
// The publishing process learns of its change before the commit; until the reload that follows the
// commit's own NOTIFY, it answers from the table (see effectiveModules), never from a stale copy.

export const MODULES_TOPIC = 'modules';
const FALLBACK_RELOAD_MS = 2_000;

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
  let current: SwitchRow[] | null = null;
  // Bumped by every notice; a load that started before the latest one does not count as fresh.
  let version = 0;
  let fallback: NodeJS.Timeout | null = null;

  async function load(): Promise<void> {
    const started = version;
    const rows = await services.db
      .select({
        orgId: orgModuleSwitches.orgId,
        module: orgModuleSwitches.module,
        isEnabled: orgModuleSwitches.isEnabled,
      })
      .from(orgModuleSwitches);
    if (started === version) current = rows;
  }
  const reload = () => {
    load().catch((e) => services.log.warn({ err: e }, 'module switches reload failed'));
  };
  const stale = () => {
    version += 1;
    current = null;
  };

  services.changes.subscribe(MODULES_TOPIC, {
    onChange: (_payload, local) => {
      stale();
      // A remote notice comes after its commit: reload now. Our own comes before our commit: read
      // the table until the commit's NOTIFY arrives here, or, if it never does (rolled back), a bit.
      if (!local) reload();
      if (fallback) clearTimeout(fallback);
      fallback = setTimeout(() => {
        fallback = null;
        reload();
      }, FALLBACK_RELOAD_MS);
      fallback.unref();
    },
    onReset: () => {
      stale();
      reload();
    },
  });

  const store: ModuleSwitchStore = {
    rows: () => (services.changes.isLive ? current : null),
    load,
  };
  stores.set(services.db, store);
  return store;
}
