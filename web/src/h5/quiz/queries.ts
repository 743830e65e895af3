// The daily quiz's reads and writes. Each answer carries its own Idempotency-Key, so a retry on a
// weak signal replays the first reply instead of being refused as a second answer.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, http } from '../../api/client.ts';

export const DAILY_KEY = ['h5', 'quiz', 'daily'] as const;

export function useDailyPaper() {
  return useQuery({
    queryKey: DAILY_KEY,
    queryFn: () => call(http.POST('/api/quiz-papers/daily')).then((r) => r.data),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export type DailyPaper = NonNullable<ReturnType<typeof useDailyPaper>['data']>;

export function useAnswer(paperId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { position: number; answer: string[]; key: string }) =>
      call(
        http.POST('/api/quiz-papers/{id}/answers', {
          params: { path: { id: paperId }, header: { 'idempotency-key': v.key } },
          body: { position: v.position, answer: v.answer },
        }),
      ).then((r) => r.data),
    onSuccess: () => client.invalidateQueries({ queryKey: DAILY_KEY }),
  });
}
