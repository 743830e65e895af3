// The events query: filters in the address bar (bookmarkable), keyset pages of 200 from the API,
// and enough pages fetched up front for the per-day chart to mean something.
import type { BehaviourEvent } from '@hongyun/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';
import { call, http } from '../../api/client.ts';

export type EventRow = z.infer<typeof BehaviourEvent>;

const PAGE = 200;
/** Pages fetched without asking, so the chart covers up to this many events; beyond, on request. */
const AUTO_ROWS = 1000;
const DEFAULT_DAYS = 30;

export type EventFilters = {
  by: 'org' | 'person';
  orgId?: number;
  personId?: string;
  /** Shown in the person picker; the API takes the ID only. */
  personName?: string;
  type?: string;
  /** Local calendar days, inclusive (YYYY-MM-DD). */
  fromDay: string;
  toDay: string;
};

export function useEventFilters(defaultOrgId: number | undefined) {
  const [params, setParams] = useSearchParams();
  const filters: EventFilters = {
    by: params.get('by') === 'person' ? 'person' : 'org',
    orgId: Number(params.get('orgId')) || defaultOrgId,
    personId: params.get('personId') ?? undefined,
    personName: params.get('personName') ?? undefined,
    type: params.get('type') ?? undefined,
    fromDay:
      params.get('from') ??
      dayjs()
        .subtract(DEFAULT_DAYS - 1, 'day')
        .format('YYYY-MM-DD'),
    toDay: params.get('to') ?? dayjs().format('YYYY-MM-DD'),
  };
  const update = (patch: Partial<EventFilters>) => {
    const next = { ...filters, ...patch };
    const out = new URLSearchParams();
    const put = (k: string, v: string | number | undefined) => v !== undefined && v !== '' && out.set(k, String(v));
    put('by', next.by);
    put('orgId', next.orgId);
    put('personId', next.personId);
    put('personName', next.personName);
    put('type', next.type);
    put('from', next.fromDay);
    put('to', next.toDay);
    setParams(out, { replace: true });
  };
  return { filters, update };
}

export function useEvents(filters: EventFilters, enabled: boolean) {
  const query = {
    orgId: filters.by === 'org' ? filters.orgId : undefined,
    personId: filters.by === 'person' ? filters.personId : undefined,
    type: filters.type,
    from: dayjs(filters.fromDay).startOf('day').toISOString(),
    // The API's `to` is exclusive: the start of the day after the last chosen day.
    to: dayjs(filters.toDay).add(1, 'day').startOf('day').toISOString(),
    limit: PAGE,
  };
  const result = useInfiniteQuery({
    queryKey: ['events', query],
    queryFn: ({ pageParam, signal }) =>
      call(http.GET('/api/events', { params: { query: { ...query, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
  const rows = useMemo(() => result.data?.pages.flatMap((p) => p.data) ?? [], [result.data]);
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = result;
  // A failed page stops the automatic loading (no retry loop); the button can still ask again.
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError && rows.length < AUTO_ROWS) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isFetchNextPageError, rows.length, fetchNextPage]);
  return { ...result, rows };
}
