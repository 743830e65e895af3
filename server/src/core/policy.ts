import type { Role } from '@hongyun/contracts';
import { isWithin } from '../platform/db/path-scope.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from './context.ts';

export { inScope, isWithin } from '../platform/db/path-scope.ts';

// Authorisation core. Each module declares its rules in its own policy.ts with definePolicy();
// routes call authorize(actor, action, record), lists call scopeToOrgs(actor, roles).

/** The facts a rule may look at: where the record sits in the org tree and whom it concerns. */
export type PolicyRecord = { orgPath?: string | null; personId?: string | null; accountId?: string | null };

/** A rule answers 'allow', or 'deny' (visible but not allowed → 403), or 'hide' (→ 404). */
export type Verdict = 'allow' | 'deny' | 'hide';
export type Rule<R extends PolicyRecord = PolicyRecord> = (actor: Actor, record: R) => Verdict | boolean;

const rules = new Map<string, Rule>();

export function definePolicy<R extends PolicyRecord>(action: string, rule: Rule<R>): void {
  if (rules.has(action)) throw new Error(`policy ${action} defined twice`);
  rules.set(action, rule as Rule);
}

export function can(actor: Actor | null, action: string, record: PolicyRecord = {}): boolean {
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
export function authorize(actor: Actor | null, action: string, record: PolicyRecord = {}): asserts actor is Actor {
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
