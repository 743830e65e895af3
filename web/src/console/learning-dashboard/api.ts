// The learning dashboard's calls: the figures of a subtree, its not-studied list, and the exports.
import type { LearningDashboard } from '@hongyun/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call, http } from '../../api/client.ts';

export type Dashboard = LearningDashboard;
export type RankBy = 'answerRate' | 'participation';
export type DashboardParams = { orgId: number; from: string; to: string; rankBy: RankBy };

export function useDashboard(p: DashboardParams | null) {
  return useQuery({
    queryKey: ['learning-dashboard', p],
    queryFn: ({ signal }): Promise<Dashboard> =>
      call(
        http.GET('/api/orgs/{id}/learning/dashboard', {
          params: { path: { id: p?.orgId ?? 0 }, query: { from: p?.from, to: p?.to, rankBy: p?.rankBy } },
          signal,
        }),
      ).then((r) => r.data),
    enabled: !!p,
    placeholderData: keepPreviousData,
  });
}

export function useInactive(orgId: number | null, workdays: number, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['learning-inactive', orgId, workdays, page, pageSize],
    queryFn: ({ signal }) =>
      call(
        http.GET('/api/orgs/{id}/learning/inactive', {
          params: { path: { id: orgId ?? 0 }, query: { workdays, page, pageSize } },
          signal,
        }),
      ),
    enabled: orgId !== null,
    placeholderData: keepPreviousData,
  });
}

export type ExportRequest =
  | { kind: 'dashboard'; from: string; to: string; rankBy: RankBy }
  | { kind: 'inactive'; workdays: number };

/** Starts an export job; the key lets a retried click return the same job. */
export const startLearningExport = (orgId: number, body: ExportRequest, idempotencyKey: string) =>
  call(
    http.POST('/api/orgs/{id}/learning/exports', {
      params: { path: { id: orgId } },
      body,
      headers: { 'idempotency-key': idempotencyKey },
    }),
  ).then((r) => r.data);

/** "37.5%", or a dash where there is nothing to divide by. */
export const percent = (r: number | null | undefined, digits = 1) =>
  r === null || r === undefined ? '—' : `${(r * 100).toFixed(digits)}%`;
