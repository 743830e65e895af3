// The member's own learning record on the phone: the summary, the points ledger a page at a time,
// and the ranking (asked only when the org shows rankings).
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { call, http } from '../../api/client.ts';

const PAGE_SIZE = 20;

export function useMyLearning() {
  return useQuery({
    queryKey: ['h5', 'learning', 'me'],
    queryFn: () => call(http.GET('/api/learning/me')).then((r) => r.data),
    staleTime: 30_000,
  });
}
export type MyLearning = NonNullable<ReturnType<typeof useMyLearning>['data']>;

export function usePointsLedger() {
  return useInfiniteQuery({
    queryKey: ['h5', 'learning', 'points'],
    initialPageParam: 1,
    queryFn: ({ pageParam }) =>
      call(http.GET('/api/learning/me/points', { params: { query: { page: pageParam, pageSize: PAGE_SIZE } } })),
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    staleTime: 30_000,
  });
}

export function useMyRanking(enabled: boolean) {
  return useQuery({
    queryKey: ['h5', 'learning', 'ranking'],
    queryFn: () => call(http.GET('/api/learning/me/ranking')).then((r) => r.data),
    enabled,
    staleTime: 60_000,
  });
}
