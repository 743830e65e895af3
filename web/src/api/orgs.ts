// Organisation tree reads shared by every screen that picks or shows an org.
import type { OrgSearchItem, OrgTreeNode } from '@hongyun/contracts';
import type { z } from 'zod';
import { get } from './client.ts';

export type OrgNode = z.infer<typeof OrgTreeNode>;
export type OrgHit = z.infer<typeof OrgSearchItem>;

/** The caller's tree starting points (their grant orgs, or their own branch). */
export const fetchOrgRoots = () => get<{ data: OrgNode[] }>('/api/orgs/roots').then((r) => r.data);
/** One level below an org: lazy loading keeps a tree of thousands of nodes fast. */
export const fetchOrgChildren = (id: number, includeDissolved = false) =>
  get<{ data: OrgNode[] }>(`/api/orgs/${id}/children`, { includeDissolved }).then((r) => r.data);
export const searchOrgs = (q: string, pageSize = 20) =>
  get<{ data: OrgHit[]; total: number }>('/api/orgs', { q, pageSize }).then((r) => r);
