import type { Actor } from '../context.ts';
import { type Action, can, type PolicyRecord } from '../policy.ts';

/**
 * Whether the actor may do `action` at any organisation where they hold a grant: the console shows
 * a screen when some org in reach allows it. The policy decides, as it will for the real record.
 */
export function atAnyGrant(actor: Actor, action: Action, record: PolicyRecord = {}): boolean {
  return actor.grants.some((g) => can(actor, action, { personId: null, ...record, orgPath: g.orgPath }));
}
