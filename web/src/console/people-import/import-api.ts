// The Excel import API as the wizard uses it: the two kinds (members, organisations), the template
// download, starting a check or a write, and reading the job's result.
import type { ImportProblem, JobView } from '@hongyun/contracts';
import { ApiError, acceptLanguage, call, http, type paths, toError } from '../../api/client.ts';
import { i18n } from '../../i18n/index.ts';

export type ImportKind = 'people' | 'orgs' | 'questions';

export const ImportPaths = {
  people: { template: '/api/people/import-template', start: '/api/people/imports' },
  orgs: { template: '/api/orgs/import-template', start: '/api/orgs/imports' },
  questions: { template: '/api/questions/import-template', start: '/api/questions/imports' },
} as const satisfies Record<ImportKind, { template: keyof paths; start: keyof paths }>;

/** Where to look at what an import wrote: the member list filtered on the org, the org, the bank. */
export const importedListPath = (kind: ImportKind, orgId: number) =>
  kind === 'people' ? `/people?orgId=${orgId}` : kind === 'orgs' ? `/orgs/${orgId}` : '/question-bank';

/** An upload as the wizard remembers it (POST /api/files answer, trimmed). */
export type UploadedFile = { id: string; name: string; sizeBytes: number; expiresAt: string };

/** What an import job (check or write) reports when it finishes (see platform/spreadsheet/import-outcome.ts). */
export type ImportResult = {
  dryRun: boolean;
  isWritten: boolean;
  org: { id: number; name: string };
  rows: number;
  valid: number;
  invalid: number;
  written: number;
  problemsByCode: Record<string, number>;
  sampleProblems: ImportProblem[];
  unknownColumns: string[];
  /** Question imports: categories the bank did not have, created by the import. */
  newCategories: string[];
  /** Question imports: rows of the template's examples (stem starting with 【示例】), skipped. */
  skipped?: number;
  exampleRows: number[];
  reportFileId: string;
};

/** The job's result as an ImportResult, or null when it has none (still running, failed). */
export function importResultOf(job: JobView | undefined): ImportResult | null {
  const r = job?.result;
  if (!r || typeof r.rows !== 'number' || typeof r.reportFileId !== 'string') return null;
  return {
    ...(r as unknown as ImportResult),
    problemsByCode: (r.problemsByCode as Record<string, number> | undefined) ?? {},
    sampleProblems: (r.sampleProblems as ImportProblem[] | undefined) ?? [],
    unknownColumns: (r.unknownColumns as string[] | undefined) ?? [],
    newCategories: (r.newCategories as string[] | undefined) ?? [],
    exampleRows: (r.exampleRows as number[] | undefined) ?? [],
  };
}

/**
 * Starts a check (dryRun) or a write. The idempotency key ties a write to the check it confirms, so
 * a double click or a retried request starts one write, not two.
 */
export async function startImport(
  kind: ImportKind,
  body: { fileId: string; orgId: number; dryRun: boolean },
  idempotencyKey: string,
): Promise<JobView> {
  const res = await call(http.POST(ImportPaths[kind].start, { body, headers: { 'idempotency-key': idempotencyKey } }));
  return res.data;
}

/** The file name from a Content-Disposition header (RFC 6266 filename* first, as the server sends Chinese). */
function fileNameOf(disposition: string | null, fallback: string): string {
  const star = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star);
    } catch {
      // a malformed name: keep the fallback
    }
  }
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

/**
 * Downloads an import template in the interface language. The route reads Accept-Language (it has
 * no ?lang=), which a plain link cannot set, so the file is fetched and saved from a blob.
 */
export async function downloadTemplate(kind: ImportKind): Promise<void> {
  let res: Response;
  try {
    res = await fetch(ImportPaths[kind].template, {
      credentials: 'same-origin',
      headers: { 'accept-language': acceptLanguage() },
    });
  } catch {
    throw new ApiError(0, 'NETWORK', i18n.t('common:error.network'));
  }
  if (!res.ok) throw await toError(res);
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameOf(res.headers.get('content-disposition'), 'template.xlsx');
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Let the browser start reading the blob before it is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
