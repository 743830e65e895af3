import type { Services } from '../context.ts';

// A small table held whole in each API process's memory and reloaded when its change-feed topic
// announces an edit (module switches, the workday calendar). The command that edits the table
// publishes the topic in its own transaction.
//
// Freshness rules, shared by every such copy:
// - a load that started before the latest notice is not stored (it may hold the old rows);
// - our own notice arrives before our commit: the copy answers null (read the table) until the
//   commit's NOTIFY comes back, or, if it never does (rolled back), for a short while;
// - without a live listening connection the copy answers null, so nothing stale is served.

const FALLBACK_RELOAD_MS = 2_000;

export type MemoryCopy<T> = {
  /** The copy, or null while it may be stale (then read the table). */
  current(): T | null;
  load(): Promise<void>;
};

export function createMemoryCopy<T>(
  services: Pick<Services, 'changes' | 'log'>,
  opts: { topic: string; read: () => Promise<T>; what: string; loadOnDemand?: boolean },
): MemoryCopy<T> {
  let value: T | null = null;
  let version = 0;
  let loading: Promise<void> | null = null;
  let fallback: NodeJS.Timeout | null = null;

  async function load(): Promise<void> {
    const started = version;
    const next = await opts.read();
    if (started === version) value = next;
  }
  // One load at a time; a reload asked for meanwhile runs once that one ends.
  let again = false;
  const reload = () => {
    if (loading) {
      again = true;
      return;
    }
    loading = load()
      .catch((e) => services.log.warn({ err: e }, `${opts.what} reload failed`))
      .finally(() => {
        loading = null;
        if (again) {
          again = false;
          reload();
        }
      });
  };
  const stale = () => {
    version += 1;
    value = null;
  };

  services.changes.subscribe(opts.topic, {
    onChange: (_payload, local) => {
      stale();
      // A remote notice comes after its commit: reload now. Our own comes before our commit.
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

  return {
    current: () => {
      if (!services.changes.isLive) return null;
      if (value === null && !loading && opts.loadOnDemand) reload();
      return value;
    },
    load,
  };
}
