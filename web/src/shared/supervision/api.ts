// The supervision module's reads and writes (数据监督), for the console's rules, alerts and
// statistics and the phone's 我的提醒. Types come from the shared contracts; keys start with
// 'supervision' so a write can refresh every list that shows rules or alerts at once.
import type {
  AlertOutcome,
  AlertStage,
  AlertStatsResponse,
  AlertStatus,
  JobView,
  RunRuleResponse,
  SupervisionAlert,
  SupervisionMetric,
  SupervisionRule,
  SupervisionRuleInput,
} from '@hongyun/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call, http } from '../../api/client.ts';

export type Rule = SupervisionRule;
export type RuleInput = z.input<typeof SupervisionRuleInput>;
export type Alert = SupervisionAlert;
export type Metric = SupervisionMetric;
export type RunResult = z.infer<typeof RunRuleResponse>['data'];
export type AlertStats = z.infer<typeof AlertStatsResponse>['data'];
/** The alert list's filters (the query string of GET /api/supervision/alerts, all optional). */
export type AlertFilter = {
  scope?: 'managed' | 'mine';
  orgId?: number;
  ruleId?: string;
  personId?: string;
  status?: AlertStatus | 'unclosed';
  stage?: AlertStage;
  from?: string;
  to?: string;
};
export type Paged<T> = { data: T[]; page: number; pageSize: number; total: number };

export const SUPERVISION_KEY = ['supervision'] as const;

export function useMetrics(enabled = true) {
  return useQuery({
    queryKey: [...SUPERVISION_KEY, 'metrics'],
    enabled,
    queryFn: (): Promise<Metric[]> => call(http.GET('/api/supervision/metrics')).then((r) => r.data),
    staleTime: 10 * 60_000,
  });
}

export function useRules(orgId: number | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...SUPERVISION_KEY, 'rules', orgId, page, pageSize],
    queryFn: ({ signal }): Promise<Paged<Rule>> =>
      call(http.GET('/api/supervision/rules', { params: { query: { orgId, page, pageSize } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useAlerts(filter: AlertFilter, page: number, pageSize: number, enabled = true) {
  return useQuery({
    queryKey: [...SUPERVISION_KEY, 'alerts', filter, page, pageSize],
    enabled,
    queryFn: ({ signal }): Promise<Paged<Alert>> =>
      call(http.GET('/api/supervision/alerts', { params: { query: { ...filter, page, pageSize } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useAlert(id: string | null) {
  return useQuery({
    queryKey: [...SUPERVISION_KEY, 'alert', id],
    enabled: !!id,
    queryFn: (): Promise<Alert> =>
      call(http.GET('/api/supervision/alerts/{id}', { params: { path: { id: id ?? '' } } })).then((r) => r.data),
  });
}

export function useAlertStats(q: { orgId?: number; from?: string; to?: string }, enabled = true) {
  return useQuery({
    queryKey: [...SUPERVISION_KEY, 'stats', q],
    enabled,
    queryFn: ({ signal }): Promise<AlertStats> =>
      call(http.GET('/api/supervision/alerts/stats', { params: { query: q }, signal })).then((r) => r.data),
    placeholderData: keepPreviousData,
  });
}

/** Every write refreshes what shows rules and alerts (lists, counts on the workbench, the detail). */
function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: SUPERVISION_KEY });
}

export function useRuleActions() {
  const refresh = useRefresh();
  const options = { onSuccess: refresh };
  return {
    create: useMutation({
      mutationFn: (body: RuleInput): Promise<Rule> =>
        call(http.POST('/api/supervision/rules', { body })).then((r) => r.data),
      ...options,
    }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: RuleInput }): Promise<Rule> =>
        call(http.PUT('/api/supervision/rules/{id}', { params: { path: { id } }, body })).then((r) => r.data),
      ...options,
    }),
    remove: useMutation({
      mutationFn: (id: string): Promise<unknown> =>
        call(http.DELETE('/api/supervision/rules/{id}', { params: { path: { id } } })),
      ...options,
    }),
    run: useMutation({
      mutationFn: ({ id, day }: { id: string; day?: string }): Promise<RunResult> =>
        call(http.POST('/api/supervision/rules/{id}/run', { params: { path: { id } }, body: { day } })).then(
          (r) => r.data,
        ),
      ...options,
    }),
  };
}

export function useAlertActions() {
  const refresh = useRefresh();
  return {
    seen: useMutation({
      mutationFn: (id: string): Promise<unknown> =>
        call(http.POST('/api/supervision/alerts/{id}/seen', { params: { path: { id } } })).then((r) => r.data),
      onSuccess: refresh,
    }),
    explain: useMutation({
      mutationFn: ({ id, explanation }: { id: string; explanation: string }): Promise<unknown> =>
        call(
          http.POST('/api/supervision/alerts/{id}/explanation', { params: { path: { id } }, body: { explanation } }),
        ).then((r) => r.data),
      onSuccess: refresh,
    }),
    close: useMutation({
      mutationFn: ({ id, outcome, note }: { id: string; outcome: AlertOutcome; note: string }): Promise<unknown> =>
        call(
          http.POST('/api/supervision/alerts/{id}/close', { params: { path: { id } }, body: { outcome, note } }),
        ).then((r) => r.data),
      onSuccess: refresh,
    }),
  };
}

/** Starts the Excel export of the alerts (ExportButton follows the job); the key makes a retry safe. */
export const startAlertExport = (
  body: { orgId?: number; status?: AlertFilter['status']; from?: string; to?: string },
  idempotencyKey: string,
): Promise<JobView> =>
  call(http.POST('/api/supervision/alerts/exports', { body, headers: { 'idempotency-key': idempotencyKey } })).then(
    (r) => r.data,
  );
