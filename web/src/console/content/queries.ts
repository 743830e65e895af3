// Reads and writes of the console's study-content screens.
import type { ContentChannel, ContentStatus, CreateArticleRequest, UpdateArticleRequest } from '@hongyun/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, http } from '../../api/client.ts';

export type ContentFilters = {
  channel?: ContentChannel;
  status?: ContentStatus;
  q?: string;
  toReview?: boolean;
  page: number;
  pageSize: number;
};

export function useContentList(f: ContentFilters) {
  return useQuery({
    queryKey: ['content', 'list', f],
    queryFn: () =>
      call(
        http.GET('/api/content/items', {
          params: { query: { ...f, q: f.q || undefined, toReview: f.toReview ? 'true' : undefined } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useContentItem(id: string | undefined) {
  return useQuery({
    queryKey: ['content', 'item', id],
    queryFn: () =>
      call(http.GET('/api/content/items/{id}', { params: { path: { id: id ?? '' } } })).then((r) => r.data),
    enabled: !!id,
  });
}

export type Step = 'submit' | 'approve' | 'withdraw';

/** Saving, review steps and pinning; each answers the item as it now is. */
export function useContentActions(id: string | undefined) {
  const client = useQueryClient();
  const done = () => client.invalidateQueries({ queryKey: ['content'] });
  const path = { path: { id: id ?? '' } };
  return {
    create: useMutation({
      mutationFn: (body: CreateArticleRequest) => call(http.POST('/api/content/items', { body })),
      onSuccess: done,
    }),
    update: useMutation({
      mutationFn: (body: UpdateArticleRequest) => call(http.PATCH('/api/content/items/{id}', { params: path, body })),
      onSuccess: done,
    }),
    step: useMutation({
      mutationFn: (step: Step) =>
        call(
          step === 'submit'
            ? http.POST('/api/content/items/{id}/submit', { params: path })
            : step === 'approve'
              ? http.POST('/api/content/items/{id}/approve', { params: path })
              : http.POST('/api/content/items/{id}/withdraw', { params: path }),
        ),
      onSuccess: done,
    }),
    giveBack: useMutation({
      mutationFn: (note: string) => call(http.POST('/api/content/items/{id}/return', { params: path, body: { note } })),
      onSuccess: done,
    }),
    pin: useMutation({
      mutationFn: (isPinned: boolean) =>
        call(http.PUT('/api/content/items/{id}/pin', { params: path, body: { isPinned } })),
      onSuccess: done,
    }),
  };
}
