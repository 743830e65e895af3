// The question bank API as these screens use it (types from the shared contracts only).
import type { QuestionItem } from '@hongyun/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call, type components, http, type paths } from '../../api/client.ts';

export type Question = z.infer<typeof QuestionItem>;
export type QuestionBody = components['schemas']['CreateQuestionRequest'];
export type QuestionFilters = NonNullable<paths['/api/questions']['get']['parameters']['query']> & {
  page: number;
  pageSize: number;
};

const KEY = ['questions'] as const;

export function useQuestionList(query: QuestionFilters) {
  return useQuery({
    queryKey: [...KEY, 'list', query],
    queryFn: ({ signal }) => call(http.GET('/api/questions', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useQuestionCategories() {
  return useQuery({
    queryKey: [...KEY, 'categories'],
    queryFn: ({ signal }) => call(http.GET('/api/question-categories', { signal })),
  });
}

export function useSaveQuestion() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: QuestionBody }) => {
      if (!id) return call(http.POST('/api/questions', { body }));
      const { orgId: _stays, ...changes } = body;
      return call(http.PUT('/api/questions/{id}', { params: { path: { id } }, body: changes }));
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

export function useSetQuestionDisabled() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, disabled }: { id: string; disabled: boolean }) =>
      call(
        disabled
          ? http.POST('/api/questions/{id}/disable', { params: { path: { id } } })
          : http.POST('/api/questions/{id}/enable', { params: { path: { id } } }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}
