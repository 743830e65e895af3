// The audit list query and its filters, kept in the address bar so a filtered view can be
// bookmarked, shared with a colleague, and survives going back from another screen.
import type { AuditEntry } from '@hongyun/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';
import { call, http } from '../../api/client.ts';

export type AuditRow = z.infer<typeof AuditEntry>;

export const AUDIT_KEY = ['audit'] as const;

export type AuditFilters = {
  action?: string;
  outcome?: 'success' | 'failure';
  actorAccountId?: string;
  /** Shown beside the actor filter; the API filters by account ID only. */
  actorName?: string;
  targetId?: string;
  /** ISO instants; `to` is exclusive like the API's. */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
};

const FILTER_KEYS = ['action', 'outcome', 'actorAccountId', 'actorName', 'targetId', 'from', 'to'] as const;

export function useAuditFilters() {
  const [params, setParams] = useSearchParams();
  const filters: AuditFilters = {
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 20,
  };
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) (filters as Record<string, unknown>)[key] = value;
  }
  /** Changes some filters; any change but paging goes back to page 1. */
  const update = (patch: Partial<AuditFilters>) => {
    const next = { ...filters, ...('page' in patch ? {} : { page: 1 }), ...patch };
    const out = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (v !== undefined && v !== '' && v !== null) out.set(k, String(v));
    setParams(out, { replace: true });
  };
  return { filters, update };
}

export function useAuditList(filters: AuditFilters, enabled: boolean) {
  const { actorName: _shownOnly, ...query } = filters;
  return useQuery({
    queryKey: [...AUDIT_KEY, query],
    queryFn: ({ signal }) => call(http.GET('/api/audit', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}
