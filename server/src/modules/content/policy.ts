import type { Role } from '@hongyun/contracts';
import { type ActionsOf, hasRole, type PolicyTable, rule } from '../../core/policy.ts';

// Who may write and review study content: the organisation's admins and party-building office,
// within their subtree. Reading is for everyone signed in, narrowed to each item's audience by
// audience.ts (an item outside it answers 404 like a missing one).
export const ContentEditorRoles: readonly Role[] = ['org_admin', 'party_office'];
export const ContentReviewerRoles: readonly Role[] = ['org_admin', 'party_office'];

const contentEdit = rule<{ orgPath: string }>((actor, r) => hasRole(actor, ContentEditorRoles, r.orgPath));
const contentReview = rule<{ orgPath: string }>((actor, r) => hasRole(actor, ContentReviewerRoles, r.orgPath));
// A reader is a person (themselves, or the elderly member a delegate acts for) or a grant holder.
const contentRead = rule((actor) => (actor.actingFor?.personId ?? actor.personId) !== null || actor.grants.length > 0);

export const contentPolicies = {
  'content.item.edit': contentEdit,
  'content.item.review': contentReview,
  'content.feed.read': contentRead,
} satisfies PolicyTable;

declare module '../../core/policy.ts' {
  interface ActionRegistry extends ActionsOf<typeof contentPolicies> {}
}
