import type { JobView } from '@hongyun/contracts';
import { describe, expect, it } from 'vitest';
import { hasJobResult, isJobActive, jobPercent } from './useJob.ts';

const job = (status: JobView['status']): JobView => ({
  id: '00000000-0000-4000-8000-000000000000',
  kind: 'people.import',
  status,
  phase: null,
  done: 5,
  total: 10,
  result: { rows: 10, isWritten: false },
  error: null,
  createdAt: '2026-01-01T00:00:00Z',
  startedAt: null,
  finishedAt: null,
});

describe('job states on the screens', () => {
  it('an interrupted job is still followed (it is queued again), a rejected one has finished', () => {
    expect(isJobActive(job('interrupted'))).toBe(true);
    expect(isJobActive(job('rejected'))).toBe(false);
  });

  it('a rejected write has its result (the report) to show, like a succeeded one; a failed one has not', () => {
    expect(hasJobResult(job('rejected'))).toBe(true);
    expect(hasJobResult(job('succeeded'))).toBe(true);
    expect(hasJobResult(job('failed'))).toBe(false);
    expect(jobPercent(job('rejected'))).toBe(50);
  });
});
