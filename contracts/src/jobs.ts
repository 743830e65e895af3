import { z } from 'zod';

// Files and background jobs (Excel import and export): what the client uploads, polls and downloads.

export const FileLimits = { uploadMaxMbDefault: 50 } as const;

export const StoredFileView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    contentType: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'StoredFile' });
export const StoredFileResponse = z.object({ data: StoredFileView });

/**
 * queued → running → succeeded | rejected | failed. `rejected`: the job ran to its end but refused to
 * write because rows failed (an import writes all or nothing), so nothing changed; its result has the
 * report. `interrupted`: the process running it died; it is queued again (a bounded number of times).
 */
export const JobStatuses = ['queued', 'running', 'interrupted', 'succeeded', 'rejected', 'failed'] as const;
export type JobStatus = (typeof JobStatuses)[number];
/** Statuses after which a job never changes again. */
export const FinishedJobStatuses = ['succeeded', 'rejected', 'failed'] as const satisfies readonly JobStatus[];

export const JobView = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    status: z.enum(JobStatuses),
    phase: z.string().nullable(),
    done: z.number().int(),
    total: z.number().int().nullable(),
    /** The job's summary (counts, problems, ids of files it produced); shape depends on kind. */
    result: z.record(z.string(), z.unknown()).nullable(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Job' });
export type JobView = z.infer<typeof JobView>;
export const JobResponse = z.object({ data: JobView });
export const ListJobsResponse = z.object({ data: z.array(JobView) });
