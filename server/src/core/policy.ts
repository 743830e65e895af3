import type { Role } from '@hongyun/contracts';
import { isWithin } from '../platform/db/path-scope.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from './context.ts';

export { inScope, isWithin } from '../platform/db/path-scope.ts';

// Authorisation core. Each module declares its rules in its own policy.ts as a PolicyTable that its
// manifest registers;
// routes call authorize(actor, action, record), lists call scopeToOrgs(actor, roles).

/** The facts a rule may look at: where the record sits in the org tree and whom it concerns. */
export type PolicyRecord = { orgPath?: string | null; personId?: string | null; accountId?: string | null };

/** A rule answers 'allow', or 'deny' (visible but not allowed → 403), or 'hide' (→ 404). */
export type Verdict = 'allow' | 'deny' | 'hide';
export type Rule<R extends PolicyRecord = PolicyRecord> = (actor: Actor, record: R) => Verdict | boolean;

/**
 * Every action name a policy defines. Each area's policy.ts adds its table's names by declaration
 * merging (`interface ActionRegistry extends ActionsOf<typeof orgPolicies> {}`), so a misspelt
 * action in authorize() or can() fails the type-check.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by each area's policy.ts
export interface ActionRegistry {}
export type Action = keyof ActionRegistry & string;
export type ActionsOf<T> = { [K in keyof T]: true };

/** A module's rules by action name, declared in its policy.ts and registered by its manifest. */
export type PolicyTable = Record<string, Rule>;

/** Types a rule by the record it looks at; the table stores them untyped. */
export const rule = <R extends PolicyRecord = PolicyRecord>(fn: Rule<R>): Rule => fn as Rule;

const rules = new Map<string, Rule>();

/** Registers a module's rules (at app start, from its manifest). Registering the same rule again is a no-op. */
export function registerPolicies(table: PolicyTable): void {
  for (const [action, fn] of Object.entries(table)) {
    const existing = rules.get(action);
    if (existing && existing !== fn) throw new Error(`policy ${action} defined twice`);
    rules.set(action, fn);
  }
}

/** Whether a rule exists for a name read from data (a stored file's read action, say). */
export const isAction = (action: string): action is Action => rules.has(action);

export function can(actor: Actor | null, action: Action, record: PolicyRecord = {}): boolean {
  return check(actor, action, record) === 'allow';
}

function check(actor: Actor | null, action: string, record: PolicyRecord): Verdict {
  if (!actor) return 'hide';
  const rule = rules.get(action);
  if (!rule) throw new Error(`no policy for action ${action}`);
  const v = rule(actor, record);
  if (v === true) return 'allow';
  if (v === false) return isVisible(actor, record) ? 'deny' : 'hide';
  return v;
}

/** Throws 401 without an actor, 404 for a record outside the actor's reach, 403 when seen but refused. */
export function authorize(actor: Actor | null, action: Action, record: PolicyRecord = {}): asserts actor is Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const v = check(actor, action, record);
  if (v === 'allow') return;
  throw new AppError(v === 'hide' ? 'NOT_FOUND' : 'FORBIDDEN');
}

/** Does the actor hold one of `roles` at an org whose subtree contains `path`? */
export function hasRole(actor: Actor, roles: readonly Role[], path?: string | null): boolean {
  return actor.grants.some((g) => roles.includes(g.role) && (path === undefined || isWithin(path, g.orgPath)));
}

/** A record is visible (403 rather than 404) when any of the actor's grants reaches it, or it is their own. */
function isVisible(actor: Actor, record: PolicyRecord): boolean {
  if (record.personId && record.personId === actor.personId) return true;
  if (record.accountId && record.accountId === actor.accountId) return true;
  if (record.orgPath) return actor.grants.some((g) => isWithin(record.orgPath, g.orgPath));
  return actor.grants.length > 0;
}

/**
 * The org-subtree roots the actor may list for the given roles, with nested roots removed.
 * An empty array means "nothing": callers must turn it into a false predicate (inScope does).
 */
export function scopeToOrgs(actor: Actor, roles: readonly Role[]): string[] {
  const paths = [...new Set(actor.grants.filter((g) => roles.includes(g.role)).map((g) => g.orgPath))].sort();
  const roots: string[] = [];
  for (const p of paths) if (!roots.some((r) => p.startsWith(r))) roots.push(p);
  return roots;
}
