// The quizzes' reads and writes on the phone. Each answer carries its own Idempotency-Key, so a
// retry on a weak signal replays the first reply instead of being refused as a second answer.
// Opening twice is harmless: the server returns the paper or attempt already under way.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, http } from '../../api/client.ts';

export const OVERVIEW_KEY = ['h5', 'quiz', 'overview'] as const;
const paperKey = (id: string) => ['h5', 'quiz', 'paper', id] as const;

export function useOverview() {
  return useQuery({
    queryKey: OVERVIEW_KEY,
    queryFn: () => call(http.GET('/api/quizzes')).then((r) => ({ ...r.data, receivedAt: Date.now() })),
  });
}
export type Overview = NonNullable<ReturnType<typeof useOverview>['data']>;

export function usePaper(id: string) {
  return useQuery({
    queryKey: paperKey(id),
    queryFn: () => call(http.GET('/api/quiz-papers/{id}', { params: { path: { id } } })).then((r) => r.data),
  });
}
export type Paper = NonNullable<ReturnType<typeof usePaper>['data']>;

export type Opening = { kind: 'daily' | 'weekly' | 'challenge' } | { kind: 'special'; id: string };

/** Opens (or continues) a paper of a kind; the caller then shows it by id. */
export function useOpenPaper() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (o: Opening) => {
      const header = { 'idempotency-key': `open-${crypto.randomUUID()}` };
      const sent =
        o.kind === 'special'
          ? http.POST('/api/special-quizzes/{id}/attempts', { params: { path: { id: o.id }, header } })
          : o.kind === 'daily'
            ? http.POST('/api/quiz-papers/daily', { params: { header } })
            : o.kind === 'weekly'
              ? http.POST('/api/quiz-papers/weekly', { params: { header } })
              : http.POST('/api/quiz-papers/challenge', { params: { header } });
      return call(sent).then((r) => r.data);
    },
    onSuccess: (paper) => {
      client.setQueryData(paperKey(paper.id), paper);
      client.invalidateQueries({ queryKey: OVERVIEW_KEY });
    },
  });
}

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
    // Reread the paper: a challenge has its next question only now, and the score is the server's.
    onSettled: () => {
      client.invalidateQueries({ queryKey: paperKey(paperId) });
      client.invalidateQueries({ queryKey: OVERVIEW_KEY });
    },
  });
}

/** How far the phone's clock is from the server's (the overview says the server's time). */
export function serverOffset(o: Overview | undefined): number {
  return o ? Date.parse(o.now) - o.receivedAt : 0;
}
