// The people list's filters live in the address bar (?orgId=…&partyStatus=…&page=…), so a filtered
// list can be bookmarked or shared and Back returns to the previous filter. Without orgId the list
// shows the console's current scope org; switching the scope drops an orgId chosen earlier.
import { CadreRankLabels, FivePersonRoleLabels, GenderLabels, PartyStatusLabels } from '@hongyun/contracts';
import { useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useScope } from '../shell/scope.tsx';
import type { PeopleFilter, PeopleQuery } from './api.ts';
import { knownKey } from './PersonTags.tsx';

export const PAGE_SIZES = [20, 50, 100];
const YES_NO = { true: 1, false: 1 } as const;
const yesNo = (v: string | null) => (v === 'true' || v === 'false' ? (v as keyof typeof YES_NO) : undefined);

export type PeopleFilterState = PeopleQuery;

/** The keys a filter change writes; page and pageSize have their own setter. */
type FilterPatch = Partial<Omit<PeopleFilterState, 'page' | 'pageSize'>>;

function positiveInt(v: string | null): number | undefined {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

export function usePeopleFilters() {
  const [params, setParams] = useSearchParams();
  const { scope } = useScope();
  const explicitOrgId = positiveInt(params.get('orgId'));

  const filters = useMemo<PeopleFilterState>(() => {
    const pageSize = positiveInt(params.get('pageSize'));
    return {
      orgId: explicitOrgId ?? scope?.orgId,
      q: params.get('q')?.trim() || undefined,
      partyStatus: knownKey(PartyStatusLabels, params.get('partyStatus')),
      cadreRank: knownKey(CadreRankLabels, params.get('cadreRank')),
      isFirstSecretary: yesNo(params.get('isFirstSecretary')),
      isVillageStationed: yesNo(params.get('isVillageStationed')),
      fivePersonRole: knownKey(FivePersonRoleLabels, params.get('fivePersonRole')),
      gender: knownKey(GenderLabels, params.get('gender')),
      page: positiveInt(params.get('page')) ?? 1,
      pageSize: pageSize && PAGE_SIZES.includes(pageSize) ? pageSize : PAGE_SIZES[0]!,
    };
  }, [params, explicitOrgId, scope?.orgId]);

  /** Changes some filters; any filter change returns to page 1. Pushes a history entry (Back works). */
  const setFilters = (patch: FilterPatch) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined || value === null || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    next.delete('page');
    setParams(next);
  };

  const setPage = (page: number, pageSize: number) => {
    const next = new URLSearchParams(params);
    if (pageSize !== filters.pageSize) {
      next.delete('page');
      next.set('pageSize', String(pageSize));
    } else if (page > 1) next.set('page', String(page));
    else next.delete('page');
    setParams(next);
  };

  const clearFilters = () => setParams(explicitOrgId ? { orgId: String(explicitOrgId) } : {});

  // A scope switch in the header means "look at that org now": forget an org picked before it.
  const lastScope = useRef(scope?.orgId);
  useEffect(() => {
    if (lastScope.current === scope?.orgId) return;
    lastScope.current = scope?.orgId;
    if (params.has('orgId')) {
      const next = new URLSearchParams(params);
      next.delete('orgId');
      next.delete('page');
      setParams(next, { replace: true });
    }
  }, [scope?.orgId, params, setParams]);

  const hasFilters = [...params.keys()].some((k) => !['orgId', 'page', 'pageSize'].includes(k));
  return { filters, explicitOrgId, setFilters, setPage, clearFilters, hasFilters };
}

/** The filter part (no paging) as the export request takes it. */
export function exportFilterOf({ page: _page, pageSize: _size, ...filter }: PeopleFilterState): PeopleFilter {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as PeopleFilter;
}
