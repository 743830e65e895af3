// The accounts, grants and delegations API as these screens use it. Types come from the shared
// contracts (types only, so the zod schemas stay out of the bundle).
import type {
  AccountCandidate,
  AccountItem,
  CreateAccountRequest,
  CreateDelegationRequest,
  CreateGrantRequest,
  DelegateAccount,
  DelegationItem,
  GrantItem,
} from '@hongyun/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call, http } from '../../api/client.ts';

export type Account = z.infer<typeof AccountItem>;
export type Grant = z.infer<typeof GrantItem>;
export type Delegation = z.infer<typeof DelegationItem>;
export type Candidate = z.infer<typeof AccountCandidate>;
export type Delegate = z.infer<typeof DelegateAccount>;
export type CreateAccountBody = z.infer<typeof CreateAccountRequest>;
export type CreateGrantBody = z.infer<typeof CreateGrantRequest>;
export type CreateDelegationBody = z.infer<typeof CreateDelegationRequest>;

/** The account actions that share one POST /api/accounts/:id/<action> route. */
export type AccountAction = 'disable' | 'enable' | 'unlock' | 'reset-password';

export const accountKeys = {
  all: ['accounts'] as const,
  list: (q: { q?: string; page: number; pageSize: number }) => ['accounts', 'list', q] as const,
  one: (id: string) => ['accounts', 'one', id] as const,
  grants: (id: string) => ['accounts', 'grants', id] as const,
  candidates: (q: string) => ['accounts', 'candidates', q] as const,
  delegations: (orgId: number | null, personId: string | null) => ['delegations', orgId, personId] as const,
};

export function useAccountList(q: { q?: string; page: number; pageSize: number }, enabled = true) {
  return useQuery({
    queryKey: accountKeys.list(q),
    queryFn: ({ signal }) => call(http.GET('/api/accounts', { params: { query: q }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useAccount(id: string) {
  return useQuery({
    queryKey: accountKeys.one(id),
    queryFn: ({ signal }) =>
      call(http.GET('/api/accounts/{id}', { params: { path: { id } }, signal })).then((r) => r.data),
    retry: false,
  });
}

export function useGrants(accountId: string, enabled: boolean) {
  return useQuery({
    queryKey: accountKeys.grants(accountId),
    queryFn: ({ signal }) =>
      call(http.GET('/api/accounts/{id}/grants', { params: { path: { id: accountId } }, signal })).then((r) => r.data),
    enabled,
  });
}

export function useCandidates(q: string) {
  return useQuery({
    queryKey: accountKeys.candidates(q),
    queryFn: ({ signal }) =>
      call(http.GET('/api/accounts/candidates', { params: { query: { q } }, signal })).then((r) => r.data),
    enabled: q.length > 0,
  });
}

/** Runs one account action; the list and the detail refetch afterwards. */
export function useAccountAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (
      v:
        | { id: string; action: Exclude<AccountAction, 'reset-password'> }
        | { id: string; action: 'reset-password'; initialPassword: string },
    ) => {
      const params = { path: { id: v.id } };
      // Only the reset takes a body: the initial password the administrator hands over.
      const request =
        v.action === 'reset-password'
          ? http.POST('/api/accounts/{id}/reset-password', { params, body: { initialPassword: v.initialPassword } })
          : http.POST(`/api/accounts/{id}/${v.action}`, { params });
      return call(request).then((r) => r.data);
    },
    onSuccess: (account) => {
      client.setQueryData(accountKeys.one(account.id), account);
      void client.invalidateQueries({ queryKey: ['accounts', 'list'] });
    },
  });
}

export function useCreateAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAccountBody) => call(http.POST('/api/accounts', { body })).then((r) => r.data),
    onSuccess: () => void client.invalidateQueries({ queryKey: accountKeys.all }),
  });
}

export function useGrantRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateGrantBody) => call(http.POST('/api/grants', { body })).then((r) => r.data),
    // Grants change what the viewer may do with the account (e.g. an administrator role), so both refetch.
    onSuccess: () => void client.invalidateQueries({ queryKey: accountKeys.all }),
  });
}

export function useRevokeGrant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(http.DELETE('/api/grants/{id}', { params: { path: { id } } })).then((r) => r.data),
    onSuccess: () => void client.invalidateQueries({ queryKey: accountKeys.all }),
  });
}

export function useDelegations(orgId: number | null, personId: string | null) {
  return useQuery<Delegation[]>({
    queryKey: accountKeys.delegations(orgId, personId),
    queryFn: ({ signal }) =>
      call(
        http.GET('/api/delegations', {
          params: { query: { orgId: orgId ?? undefined, principalPersonId: personId ?? undefined } },
          signal,
        }),
      ).then((r) => r.data),
    enabled: orgId !== null || personId !== null,
    placeholderData: keepPreviousData,
  });
}

export const findDelegate = (phone: string, principalPersonId: string) =>
  call(http.GET('/api/delegations/delegate', { params: { query: { phone, principalPersonId } } })).then((r) => r.data);

export function useCreateDelegation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateDelegationBody) => call(http.POST('/api/delegations', { body })).then((r) => r.data),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['delegations'] }),
  });
}

export function useRevokeDelegation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      call(http.DELETE('/api/delegations/{id}', { params: { path: { id } } })).then((r) => r.data),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['delegations'] }),
  });
}
