// The organisation the console is looking at: one of the orgs where the user holds a grant.
// Lists default to it; it is switchable when grants sit at several orgs and remembered per account.
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import type { Me } from '../../api/session.ts';

export type ScopeOrg = { orgId: number; orgName: string; orgPath: string; roles: string[] };
type ScopeValue = { scope: ScopeOrg | null; scopes: ScopeOrg[]; setScope: (orgId: number) => void };

const ScopeContext = createContext<ScopeValue>({ scope: null, scopes: [], setScope: () => {} });

/** The distinct orgs of the user's grants, outermost first, each with the roles held there. */
export function scopesOf(me: Me): ScopeOrg[] {
  const byOrg = new Map<number, ScopeOrg>();
  for (const g of me.grants) {
    const found = byOrg.get(g.orgId);
    if (found) found.roles.push(g.role);
    else byOrg.set(g.orgId, { orgId: g.orgId, orgName: g.orgName, orgPath: g.orgPath, roles: [g.role] });
  }
  return [...byOrg.values()].sort((a, b) => a.orgPath.split('.').length - b.orgPath.split('.').length);
}

const storageKey = (accountId: string) => `hy.scope.${accountId}`;

export function ScopeProvider({ me, children }: { me: Me; children: ReactNode }) {
  const scopes = useMemo(() => scopesOf(me), [me]);
  const [chosen, setChosen] = useState<number | null>(() => {
    const saved = Number(localStorage.getItem(storageKey(me.account.id)));
    return Number.isFinite(saved) && saved > 0 ? saved : null;
  });
  const value = useMemo<ScopeValue>(() => {
    const scope = scopes.find((s) => s.orgId === chosen) ?? scopes[0] ?? null;
    return {
      scope,
      scopes,
      setScope: (orgId) => {
        localStorage.setItem(storageKey(me.account.id), String(orgId));
        setChosen(orgId);
      },
    };
  }, [scopes, chosen, me.account.id]);
  return <ScopeContext.Provider value={value}>{children}</ScopeContext.Provider>;
}

export const useScope = () => useContext(ScopeContext);
