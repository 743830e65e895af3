import { type ModuleName, Modules } from '@hongyun/contracts';
import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import type { Actor } from '../context.ts';
import { people } from '../people/schema.ts';
import { type SwitchRow, switchStoreFor } from './module-switch-store.ts';
import { orgModuleSwitches } from './schema.ts';

// A switch set at an organisation applies to its whole subtree; the setting nearest to the org
// (deepest on its path) wins, and a module no ancestor mentions is on.

/** "/1/17/230/" → [1, 17, 230] */
export const pathIds = (path: string): number[] => path.split('/').filter(Boolean).map(Number);

/** The effective switches at the org on `orgPath`, from the given switch rows. */
function resolveModules(ids: number[], rows: SwitchRow[]): Record<ModuleName, boolean> {
  const depthOf = new Map(ids.map((id, i) => [id, i]));
  const result = Object.fromEntries(Modules.map((m) => [m, true])) as Record<ModuleName, boolean>;
  const bestDepth = new Map<string, number>();
  for (const r of rows) {
    const d = depthOf.get(r.orgId);
    if (d === undefined) continue;
    if (d >= (bestDepth.get(r.module) ?? -1) && (Modules as readonly string[]).includes(r.module)) {
      bestDepth.set(r.module, d);
      result[r.module as ModuleName] = r.isEnabled;
    }
  }
  return result;
}

export async function effectiveModules(db: DbOrTx, orgPath: string): Promise<Record<ModuleName, boolean>> {
  const ids = pathIds(orgPath);
  // The process's in-memory copy when it is current; inside a transaction (or while stale) the table.
  const held = switchStoreFor(db)?.rows();
  if (held) return resolveModules(ids, held);
  const rows = ids.length ? await db.select().from(orgModuleSwitches).where(inArray(orgModuleSwitches.orgId, ids)) : [];
  return resolveModules(ids, rows);
}

/** The org paths that decide what a user sees: where they hold grants, and their own branch. */
async function actorOrgPaths(db: DbOrTx, actor: Actor): Promise<string[]> {
  if (actor.orgPaths) return actor.orgPaths; // loaded with the session
  const paths = new Set(actor.grants.map((g) => g.orgPath));
  const personId = actor.actingFor?.personId ?? actor.personId;
  if (personId) {
    const [p] = await db.select({ orgPath: people.orgPath }).from(people).where(eq(people.id, personId));
    if (p?.orgPath) paths.add(p.orgPath);
  }
  return [...paths];
}

/**
 * What modulesForActor answered for an actor under one copy of the switch rows. The session cache
 * hands every request of a session the same actor object, and the rows array is replaced on every
 * reload, so an entry is right exactly while both are the ones it was computed from: the module check
 * of a business route costs a lookup, not a walk over the switches.
 */
const modulesMemo = new WeakMap<Actor, { rows: SwitchRow[]; modules: ModuleName[] }>();

/** Modules on for the user: on at any organisation they belong to or hold a grant at. */
export async function modulesForActor(db: DbOrTx, actor: Actor): Promise<ModuleName[]> {
  const held = switchStoreFor(db)?.rows();
  const memo = held ? modulesMemo.get(actor) : undefined;
  if (memo && memo.rows === held) return memo.modules;
  const paths = await actorOrgPaths(db, actor);
  const on = new Set<ModuleName>();
  for (const p of paths) {
    const eff = await effectiveModules(db, p);
    for (const m of Modules) if (eff[m]) on.add(m);
  }
  const modules = Modules.filter((m) => on.has(m));
  if (held && actor.orgPaths) modulesMemo.set(actor, { rows: held, modules });
  return modules;
}

export async function isModuleEnabledForActor(db: DbOrTx, actor: Actor, module: ModuleName): Promise<boolean> {
  return (await modulesForActor(db, actor)).includes(module);
}

/** What the org itself sets for each module (null = inherits), next to what is in effect there. */
export async function orgModuleSettings(
  db: DbOrTx,
  org: { id: number; path: string },
): Promise<{ module: ModuleName; setting: boolean | null; effective: boolean }[]> {
  const own = await db
    .select({ module: orgModuleSwitches.module, isEnabled: orgModuleSwitches.isEnabled })
    .from(orgModuleSwitches)
    .where(eq(orgModuleSwitches.orgId, org.id));
  const eff = await effectiveModules(db, org.path);
  return Modules.map((m) => ({
    module: m,
    setting: own.find((r) => r.module === m)?.isEnabled ?? null,
    effective: eff[m],
  }));
}
