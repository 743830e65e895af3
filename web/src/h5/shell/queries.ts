// Reads and session actions of the phone app. Keys start with 'h5' so the console's caches stay apart.
import type { DelegationItem, OrgDetail, PersonView } from '@hongyun/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call, http } from '../../api/client.ts';
import { ME_KEY, type Me } from '../../api/session.ts';

export type Person = z.infer<typeof PersonView>;
export type Org = z.infer<typeof OrgDetail>;
export type Delegation = z.infer<typeof DelegationItem>;

/** A person record as the server lets the caller see it (masked as sent). */
export function usePerson(personId: string | null) {
  return useQuery({
    queryKey: ['h5', 'person', personId],
    queryFn: () => call(http.GET('/api/people/{id}', { params: { path: { id: personId ?? '' } } })).then((r) => r.data),
    enabled: !!personId,
    staleTime: 5 * 60_000,
  });
}

export function useOrg(orgId: number | null) {
  return useQuery({
    queryKey: ['h5', 'org', orgId],
    queryFn: () => call(http.GET('/api/orgs/{id}', { params: { path: { id: orgId ?? 0 } } })).then((r) => r.data),
    enabled: orgId !== null,
    staleTime: 5 * 60_000,
  });
}

/** Delegations naming this account as delegate (a relative acting for an elderly member). */
export function useMyDelegations(me: Me) {
  return useQuery({
    queryKey: ['h5', 'delegations', me.account.id],
    queryFn: () =>
      call(http.GET('/api/delegations', { params: { query: { delegateAccountId: me.account.id } } })).then((r) =>
        r.data.filter((d) => d.isActive),
      ),
    // While acting, the session may not list delegations; the banner offers the way back instead.
    enabled: !me.actingFor,
    staleTime: 5 * 60_000,
  });
}

/** An organisation the user belongs to, as far as known without asking (name may come later). */
export type MyOrgRef = { orgId: number; orgName: string; pathNames?: string[] };

/**
 * The organisations this user calls "mine": while acting, the principal's; otherwise their own
 * person's org; failing that, the orgs where they hold a role (an account without a person record).
 */
export function useMyOrgs(me: Me): { orgs: MyOrgRef[]; isPending: boolean; error: unknown } {
  const personId = me.actingFor?.personId ?? me.account.personId;
  const person = usePerson(personId);
  if (personId) {
    const org = person.data?.org;
    return {
      orgs: org ? [{ orgId: org.id, orgName: org.name, pathNames: org.pathNames }] : [],
      isPending: person.isPending,
      error: person.error,
    };
  }
  const seen = new Set<number>();
  const orgs = me.grants.flatMap((g) => {
    if (seen.has(g.orgId)) return [];
    seen.add(g.orgId);
    return [{ orgId: g.orgId, orgName: g.orgName }];
  });
  return { orgs, isPending: false, error: null };
}

/** Start or stop acting for a principal; cached answers are then those of the old identity. */
export function useActingFor() {
  const client = useQueryClient();
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: ME_KEY });
    // Marked stale, not refetched now: screens of the old identity (the delegate list, the
    // principal's record) would only be refused; whatever the new identity shows fetches afresh.
    await client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0], refetchType: 'none' });
  };
  const start = useMutation({
    mutationFn: (delegationId: string) => call(http.POST('/api/auth/acting-for', { body: { delegationId } })),
    onSuccess: refresh,
  });
  const stop = useMutation({ mutationFn: () => call(http.DELETE('/api/auth/acting-for')), onSuccess: refresh });
  return { start, stop };
}
