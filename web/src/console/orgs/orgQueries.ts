// Reads and writes of the organisation screens, with one key scheme so a change can refresh the tree,
// the search and every open detail at once.
import type {
  CreateOrgInput,
  ModuleName,
  OrgDetail as OrgDetailSchema,
  OrgModuleSetting,
  OrgView,
  RegionView,
  UpdateOrgInput,
} from '@hongyun/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call, http } from '../../api/client.ts';
import { fetchOrgChildren, fetchOrgRoots } from '../../api/orgs.ts';

export type OrgDetail = z.infer<typeof OrgDetailSchema>;
export type Org = z.infer<typeof OrgView>;
export type ModuleSetting = z.infer<typeof OrgModuleSetting>;
export type Region = z.infer<typeof RegionView>;
export type RegionWithAncestors = Region & { ancestors: Region[] };

export const orgKeys = {
  all: ['orgs'] as const,
  roots: () => ['orgs', 'roots'] as const,
  children: (id: number, includeDissolved: boolean) => ['orgs', 'children', id, includeDissolved] as const,
  detail: (id: number) => ['orgs', 'detail', id] as const,
  modules: (id: number) => ['orgs', 'modules', id] as const,
  search: (q: string, includeDissolved: boolean) => ['orgs', 'search', q, includeDissolved] as const,
};

export const childrenQuery = (id: number, includeDissolved: boolean) => ({
  queryKey: orgKeys.children(id, includeDissolved),
  queryFn: () => fetchOrgChildren(id, includeDissolved),
});

export const useOrgRoots = () => useQuery({ queryKey: orgKeys.roots(), queryFn: fetchOrgRoots });

export const useOrgDetail = (id: number | null) =>
  useQuery({
    queryKey: orgKeys.detail(id ?? 0),
    queryFn: () => call(http.GET('/api/orgs/{id}', { params: { path: { id: id ?? 0 } } })).then((r) => r.data),
    enabled: id != null,
  });

export const useOrgChildren = (id: number, includeDissolved = false) => useQuery(childrenQuery(id, includeDissolved));

export const useOrgSearch = (q: string, includeDissolved: boolean) =>
  useQuery({
    queryKey: orgKeys.search(q, includeDissolved),
    queryFn: ({ signal }) =>
      call(
        http.GET('/api/orgs', {
          params: { query: { q, includeDissolved: includeDissolved ? 'true' : 'false', pageSize: 20 } },
          signal,
        }),
      ),
    enabled: q.length > 0,
    placeholderData: (prev) => prev,
  });

export const useOrgModules = (id: number, enabled: boolean) =>
  useQuery({
    queryKey: orgKeys.modules(id),
    // The settings and how many organisations a switch here reaches (for the save's confirmation).
    queryFn: () => call(http.GET('/api/orgs/{id}/modules', { params: { path: { id } } })).then((r) => r.data),
    enabled,
  });

/**
 * Everything under the `orgs` key: tree levels, searches, details and module settings. Not awaited:
 * the dialog closes and the toast shows at once, and the refetched data follows.
 */
function useRefreshOrgs() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: orgKeys.all });
  };
}

export function useCreateOrg() {
  const refresh = useRefreshOrgs();
  return useMutation({
    mutationFn: (body: CreateOrgInput) => call(http.POST('/api/orgs', { body })).then((r) => r.data),
    onSuccess: refresh,
  });
}

export function useUpdateOrg(id: number) {
  const refresh = useRefreshOrgs();
  return useMutation({
    mutationFn: (body: UpdateOrgInput) =>
      call(http.PATCH('/api/orgs/{id}', { params: { path: { id } }, body })).then((r) => r.data),
    onSuccess: refresh,
  });
}

export function useMoveOrg(id: number) {
  const refresh = useRefreshOrgs();
  return useMutation({
    mutationFn: (newParentId: number) =>
      call(http.POST('/api/orgs/{id}/move', { params: { path: { id } }, body: { newParentId } })).then((r) => r.data),
    onSuccess: refresh,
  });
}

export function useDissolveOrg(id: number) {
  const refresh = useRefreshOrgs();
  return useMutation({
    mutationFn: () => call(http.POST('/api/orgs/{id}/dissolve', { params: { path: { id } } })).then((r) => r.data),
    onSuccess: refresh,
  });
}

export function useSetOrgModules(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (changes: Partial<Record<ModuleName, boolean | null>>) =>
      call(http.PUT('/api/orgs/{id}/modules', { params: { path: { id } }, body: changes })).then((r) => r.data),
    onSuccess: (data) => {
      client.setQueryData(orgKeys.modules(id), data);
      // Settings inherit downwards: every detail's effective modules may have changed.
      void client.invalidateQueries({ queryKey: orgKeys.all });
    },
  });
}

export const fetchRegions = (parent?: string) =>
  call(http.GET('/api/regions', { params: { query: { parent } } })).then((r) => r.data);
export const fetchRegion = (code: string) =>
  call(http.GET('/api/regions/{code}', { params: { path: { code } } })).then((r) => r.data);

/** The org ids of a materialised path such as `/1/138/139/`, outermost first. */
export const pathIds = (path: string): number[] => path.split('/').filter(Boolean).map(Number);
