import { ModuleLabels, type ModuleName } from '@hongyun/contracts';
import type { EventSubscriber } from '../../platform/events/dispatcher.ts';
import { defineJob } from '../../platform/jobs/registry.ts';
import type { Actor } from '../context.ts';
import { registerPolicies } from '../policy.ts';
import type {
  CronDefinition,
  MetricDefinition,
  ModuleManifest,
  NavEntry,
  OrgPathCopy,
  TileEntry,
} from './define-module.ts';

// The modules this process runs, registered once at start (the API, the worker and the CLI each call
// registerModules with the same list). Everything that spans modules asks here: /api/me's abilities
// and menus, the worker's crons and subscribers, the org move's path copies.

let installed: readonly ModuleManifest[] = [];
type Shown = { module: string } & (NavEntry | TileEntry);
// Derived once per registerModules: /api/me asks for them on every call.
let switches: readonly ModuleName[] = [];
let sortedEntries: Record<'nav' | 'tiles', readonly (Shown & { switch?: ModuleName })[]> = { nav: [], tiles: [] };

/** Registers each module's policies and jobs and remembers the list. Safe to call again with the same list. */
export function registerModules(modules: readonly ModuleManifest[]): void {
  const ids = new Set<string>();
  for (const m of modules) {
    if (ids.has(m.id)) throw new Error(`module ${m.id} listed twice`);
    ids.add(m.id);
    if (m.policies) registerPolicies(m.policies);
    for (const [kind, definition] of Object.entries(m.jobs ?? {})) defineJob(kind, definition);
  }
  installed = modules;
  const on = new Set(modules.flatMap((m) => (m.switch ? [m.switch] : [])));
  switches = Object.freeze((Object.keys(ModuleLabels) as ModuleName[]).filter((m) => on.has(m)));
  // Sorted once (a stable sort), so filtering per request keeps the same order as sorting after it.
  const entries = (kind: 'nav' | 'tiles') =>
    Object.freeze(
      modules
        .flatMap((m) => (m[kind] ?? []).map((e) => ({ entry: { ...e, module: m.id } as Shown, switch: m.switch })))
        .sort((a, b) => a.entry.order - b.entry.order)
        .map(({ entry, switch: sw }) => Object.freeze({ ...entry, ...(sw ? { switch: sw } : {}) })),
    );
  sortedEntries = { nav: entries('nav'), tiles: entries('tiles') };
}

export const installedModules = (): readonly ModuleManifest[] => installed;

/** The switchable business modules that exist in this build, in the catalogue's order. */
export function installedSwitches(): readonly ModuleName[] {
  return switches;
}

export const allCrons = (): CronDefinition[] => installed.flatMap((m) => m.crons ?? []);
/** Every installed module's metrics, with the module that declares each. */
export const allMetrics = (): (MetricDefinition & { module: string })[] =>
  installed.flatMap((m) => (m.metrics ?? []).map((x) => ({ ...x, module: m.id })));
export const allSubscribers = (): EventSubscriber[] => installed.flatMap((m) => m.subscribers ?? []);
export const allOrgPathCopies = (): [string, OrgPathCopy][] =>
  installed.flatMap((m) =>
    Object.entries(m.orgPathCopies ?? {}).map(([k, f]) => [`${m.id}.${k}`, f] as [string, OrgPathCopy]),
  );

/**
 * jsonb's own key order (shorter keys first, then by bytes). An answer stored for an Idempotency-Key
 * comes back from jsonb in this order, and the serializer writes keys its schema does not name (the
 * modules' abilities, a catch-all) in the order they come: so they are built in this order too, and
 * a replayed PATCH /api/me is the same bytes as the first answer.
 */
const jsonbKeyOrder = (a: string, b: string) => a.length - b.length || Buffer.compare(Buffer.from(a), Buffer.from(b));

/** Every module's abilities for the actor, merged (later modules cannot override earlier names). */
export function abilitiesFor(actor: Actor): Record<string, boolean> {
  const merged = new Map<string, boolean>();
  for (const m of installed) {
    for (const [k, v] of Object.entries(m.abilities?.(actor) ?? {})) if (!merged.has(k)) merged.set(k, v);
  }
  return Object.fromEntries([...merged].sort(([a], [b]) => jsonbKeyOrder(a, b)));
}

/** Menu entries or home tiles the actor may open: ability true, and the module's switch on for them. */
export function entriesFor(
  kind: 'nav' | 'tiles',
  abilities: Record<string, boolean>,
  switchesOn: readonly ModuleName[],
): Shown[] {
  return sortedEntries[kind].filter(
    (e) => (!e.switch || switchesOn.includes(e.switch)) && (!e.ability || abilities[e.ability] === true),
  );
}
