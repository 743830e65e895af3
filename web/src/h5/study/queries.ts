// Reads and writes of the phone's study area. Keys start with 'h5' like the rest of the phone app.
import type { ContentChannel } from '@hongyun/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, http } from '../../api/client.ts';

const PAGE_SIZE = 20;
export type FeedTab = ContentChannel | 'favourites';

export function useFeed(tab: FeedTab, q: string) {
  return useInfiniteQuery({
    queryKey: ['h5', 'study', 'feed', tab, q],
    initialPageParam: 1,
    queryFn: ({ pageParam }) => {
      const paging = { page: pageParam, pageSize: PAGE_SIZE };
      return tab === 'favourites'
        ? call(http.GET('/api/content/favourites', { params: { query: paging } }))
        : call(http.GET('/api/content/feed', { params: { query: { ...paging, channel: tab, q: q || undefined } } }));
    },
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    staleTime: 60_000,
  });
}

export function useArticle(id: string) {
  return useQuery({
    queryKey: ['h5', 'study', 'article', id],
    queryFn: () => call(http.GET('/api/content/feed/{id}', { params: { path: { id } } })).then((r) => r.data),
  });
}

export function useFavourite(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (on: boolean) =>
      call(
        on
          ? http.PUT('/api/content/feed/{id}/favourite', { params: { path: { id } } })
          : http.DELETE('/api/content/feed/{id}/favourite', { params: { path: { id } } }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['h5', 'study'] }),
  });
}

/** One reading heartbeat; failures are dropped (a weak signal loses a beat, never the page). */
export function sendBeat(id: string, beat: { isStart?: boolean; reachedEnd?: boolean }) {
  return call(http.POST('/api/content/feed/{id}/reading', { params: { path: { id } }, body: beat })).catch(() => null);
}
