import { type ActionsOf, hasRole, isWithin, type PolicyTable, rule } from '../../core/policy.ts';

// Who may do what with the video library. Org admins and party-building offices manage the videos
// of their subtree. A video is watched by the members of its organisation's subtree (and, through
// the content module later, by the audience of content that shows it); administrators above it
// may preview it. Anyone else is told it does not exist.

/** Roles that upload videos and see the library. */
export const VideoManagerRoles = ['org_admin', 'party_office'] as const;

const manage = rule<{ orgPath: string }>((actor, r) => hasRole(actor, VideoManagerRoles, r.orgPath));

/** `viewerPaths`: the org paths the viewer belongs to (grants and own branch, or the principal's). */
const view = rule<{ orgPath: string; viewerPaths: string[] }>((actor, r) => {
  const isAbove = actor.grants.some((g) => isWithin(r.orgPath, g.orgPath));
  const isInside = r.viewerPaths.some((p) => isWithin(p, r.orgPath));
  return isAbove || isInside ? 'allow' : 'hide';
});

export const videoPolicies = {
  'video.library.manage': manage,
  'video.asset.view': view,
} satisfies PolicyTable;

declare module '../../core/policy.ts' {
  interface ActionRegistry extends ActionsOf<typeof videoPolicies> {}
}
