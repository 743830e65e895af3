// The quiz management API as the 答题管理 screens use it: the daily/weekly rules of an org, and the
// special quizzes (list, define, edit, publish, close, results).
import type {
  QuizRules as QuizRulesSchema,
  SpecialQuizOutcome,
  SpecialQuizPersonResult,
  SpecialQuizResults,
  SpecialQuiz as SpecialQuizSchema,
  UpdateSpecialQuizInput,
} from '@hongyun/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call, http } from '../../api/client.ts';

export type QuizRules = z.infer<typeof QuizRulesSchema>;
export type QuizRulesBody = Omit<QuizRules, 'orgId' | 'isOwn'>;
export type SpecialQuiz = z.infer<typeof SpecialQuizSchema>;
export type SpecialQuizBody = z.infer<typeof UpdateSpecialQuizInput>;
export type SpecialResults = z.infer<typeof SpecialQuizResults>;
export type PersonResult = z.infer<typeof SpecialQuizPersonResult>;

const KEY = ['quiz-admin'] as const;

export function useQuizRules(orgId: number | null) {
  return useQuery({
    queryKey: [...KEY, 'rules', orgId],
    enabled: orgId !== null,
    queryFn: () =>
      call(http.GET('/api/orgs/{id}/quiz-rules', { params: { path: { id: orgId as number } } })).then((r) => r.data),
  });
}

export function useSaveQuizRules(orgId: number | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: QuizRulesBody) =>
      call(http.PUT('/api/orgs/{id}/quiz-rules', { params: { path: { id: orgId as number } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: [...KEY, 'rules'] }),
  });
}

export function useCategories() {
  return useQuery({
    queryKey: [...KEY, 'categories'],
    queryFn: () => call(http.GET('/api/question-categories')).then((r) => r.data.map((c) => c.category)),
  });
}

export function useSpecialQuizzes() {
  return useQuery({
    queryKey: [...KEY, 'specials'],
    queryFn: () => call(http.GET('/api/special-quizzes')).then((r) => r.data),
  });
}

export function useSpecialResults(id: string | null) {
  return useQuery({
    queryKey: [...KEY, 'results', id],
    enabled: id !== null,
    queryFn: () =>
      call(http.GET('/api/special-quizzes/{id}/results', { params: { path: { id: id as string } } })).then(
        (r) => r.data,
      ),
  });
}

/** One page of a quiz's people within the caller's subtree, optionally of one outcome. */
export function useSpecialPeople(id: string, outcome: SpecialQuizOutcome | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...KEY, 'results', id, 'people', outcome, page, pageSize],
    queryFn: ({ signal }) =>
      call(
        http.GET('/api/special-quizzes/{id}/results/people', {
          params: { path: { id }, query: { outcome, page, pageSize } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Starts the Excel export of a quiz's results per person (a job; see ExportButton). */
export const startResultsExport = (id: string, idempotencyKey: string) =>
  call(
    http.POST('/api/special-quizzes/{id}/results/exports', {
      params: { path: { id } },
      headers: { 'idempotency-key': idempotencyKey },
    }),
  ).then((r) => r.data);

export function useSpecialActions() {
  const client = useQueryClient();
  const done = () => client.invalidateQueries({ queryKey: [...KEY, 'specials'] });
  return {
    create: useMutation({
      mutationFn: (body: SpecialQuizBody & { orgId: number }) => call(http.POST('/api/special-quizzes', { body })),
      onSuccess: done,
    }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: SpecialQuizBody }) =>
        call(http.PUT('/api/special-quizzes/{id}', { params: { path: { id } }, body })),
      onSuccess: done,
    }),
    publish: useMutation({
      mutationFn: (id: string) => call(http.POST('/api/special-quizzes/{id}/publish', { params: { path: { id } } })),
      onSuccess: done,
    }),
    close: useMutation({
      mutationFn: (id: string) => call(http.POST('/api/special-quizzes/{id}/close', { params: { path: { id } } })),
      onSuccess: done,
    }),
  };
}
