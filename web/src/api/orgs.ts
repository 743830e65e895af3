// Organisation tree reads shared by every screen that picks or shows an org.
import type { OrgSearchItem, OrgTreeNode } from '@hongyun/contracts';
import type { z } from 'zod';
import { call, http } from './client.ts';

export type OrgNode = z.infer<typeof OrgTreeNode>;
export type OrgHit = z.infer<typeof OrgSearchItem>;

/** The caller's tree starting points (their grant orgs, or their own branch). */
export const fetchOrgRoots = () => call(http.GET('/api/orgs/roots')).then((r) => r.data);
/** One level below an org: lazy loading keeps a tree of thousands of nodes fast. */
export const fetchOrgChildren = (id: number, includeDissolved = false) =>
  call(
    http.GET('/api/orgs/{id}/children', {
      params: { path: { id }, query: { includeDissolved: includeDissolved ? 'true' : 'false' } },
    }),
  ).then((r) => r.data);
export const searchOrgs = (q: string, pageSize = 20) =>
  call(http.GET('/api/orgs', { params: { query: { q, pageSize } } }));
