// A background job (Excel import, check, export) followed until it finishes: polls GET /api/jobs/:id
// every second while it is queued, running or interrupted (queued again after a server restart),
// then stops. It finishes as succeeded, rejected (an import that wrote nothing because rows failed)
// or failed.
import type { JobView } from '@hongyun/contracts';
import { useQuery } from '@tanstack/react-query';
import { call, http } from '../../api/client.ts';

export type Job = JobView;

export const isJobActive = (job: Job | undefined) =>
  !!job && (job.status === 'queued' || job.status === 'running' || job.status === 'interrupted');

/** A job whose result (counts, report) is there to show: it ran to its end, written or not. */
export const hasJobResult = (job: Job | undefined) => job?.status === 'succeeded' || job?.status === 'rejected';

export function useJob(jobId: string | null | undefined) {
  return useQuery({
    queryKey: ['job', jobId],
    queryFn: () => call(http.GET('/api/jobs/{id}', { params: { path: { id: jobId ?? '' } } })).then((r) => r.data),
    enabled: !!jobId,
    refetchInterval: (query) => (isJobActive(query.state.data) || !query.state.data ? 1000 : false),
    staleTime: 0,
  });
}

/** Percent done, when the job knows its total (a check run of the same file tells the write its total). */
export function jobPercent(job: Job | undefined): number | null {
  if (!job) return null;
  if (job.status === 'succeeded') return 100;
  if (!job.total) return null;
  return Math.min(99, Math.floor((job.done / job.total) * 100));
}

/** Starts a browser download of a stored file (export, report); the server re-checks who may have it. */
export function downloadFile(fileId: string): void {
  const a = document.createElement('a');
  a.href = `/api/files/${encodeURIComponent(fileId)}`;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
}
