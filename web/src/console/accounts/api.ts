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
  ListAccountsResponse,
} from '@hongyun/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { del, get, post } from '../../api/client.ts';

export type Account = z.infer<typeof AccountItem>;
export type Grant = z.infer<typeof GrantItem>;
export type Delegation = z.infer<typeof DelegationItem>;
export type Candidate = z.infer<typeof AccountCandidate>;
export type Delegate = z.infer<typeof DelegateAccount>;
export type CreateAccountBody = z.infer<typeof CreateAccountRequest>;
export type CreateGrantBody = z.infer<typeof CreateGrantRequest>;
export type CreateDelegationBody = z.infer<typeof CreateDelegationRequest>;
type AccountsPage = z.infer<typeof ListAccountsResponse>;

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
    queryFn: ({ signal }) => get<AccountsPage>('/api/accounts', q, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useAccount(id: string) {
  return useQuery({
    queryKey: accountKeys.one(id),
    queryFn: ({ signal }) => get<{ data: Account }>(`/api/accounts/${id}`, undefined, signal).then((r) => r.data),
    retry: false,
  });
}

export function useGrants(accountId: string, enabled: boolean) {
  return useQuery({
    queryKey: accountKeys.grants(accountId),
    queryFn: ({ signal }) =>
      get<{ data: Grant[] }>(`/api/accounts/${accountId}/grants`, undefined, signal).then((r) => r.data),
    enabled,
  });
}

export function useCandidates(q: string) {
  return useQuery({
    queryKey: accountKeys.candidates(q),
    queryFn: ({ signal }) => get<{ data: Candidate[] }>('/api/accounts/candidates', { q }, signal).then((r) => r.data),
    enabled: q.length > 0,
  });
}

/** Runs one account action; the list and the detail refetch afterwards. */
export function useAccountAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; action: AccountAction; initialPassword?: string }) =>
      post<{ data: Account }>(
        `/api/accounts/${v.id}/${v.action}`,
        v.action === 'reset-password' ? { initialPassword: v.initialPassword } : {},
      ).then((r) => r.data),
    onSuccess: (account) => {
      client.setQueryData(accountKeys.one(account.id), account);
      void client.invalidateQueries({ queryKey: ['accounts', 'list'] });
    },
  });
}

export function useCreateAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAccountBody) => post<{ data: Account }>('/api/accounts', body).then((r) => r.data),
    onSuccess: () => void client.invalidateQueries({ queryKey: accountKeys.all }),
  });
}

export function useGrantRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateGrantBody) => post<{ data: Grant }>('/api/grants', body).then((r) => r.data),
    // Grants change what the viewer may do with the account (e.g. an administrator role), so both refetch.
    onSuccess: () => void client.invalidateQueries({ queryKey: accountKeys.all }),
  });
}

export function useRevokeGrant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => del<{ data: Grant }>(`/api/grants/${id}`).then((r) => r.data),
    onSuccess: () => void client.invalidateQueries({ queryKey: accountKeys.all }),
  });
}

export function useDelegations(orgId: number | null, personId: string | null) {
  return useQuery<Delegation[]>({
    queryKey: accountKeys.delegations(orgId, personId),
    queryFn: ({ signal }) =>
      get<{ data: Delegation[] }>('/api/delegations', { orgId, principalPersonId: personId }, signal).then(
        (r) => r.data,
      ),
    enabled: orgId !== null || personId !== null,
    placeholderData: keepPreviousData,
  });
}

export const findDelegate = (phone: string, principalPersonId: string) =>
  get<{ data: Delegate }>('/api/delegations/delegate', { phone, principalPersonId }).then((r) => r.data);

export function useCreateDelegation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateDelegationBody) =>
      post<{ data: Delegation }>('/api/delegations', body).then((r) => r.data),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['delegations'] }),
  });
}

export function useRevokeDelegation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => del<{ data: Delegation }>(`/api/delegations/${id}`).then((r) => r.data),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['delegations'] }),
  });
}
