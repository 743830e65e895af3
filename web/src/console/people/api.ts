// The people API as the console uses it: list, detail, membership history and the writes.
// Types come from the shared contracts (types only, so the zod schemas stay out of the bundle).
import type {
  ListPeopleQuery,
  MembershipView,
  PersonView,
  RegisterPersonRequest,
  StartPeopleExportRequest,
  TransferPersonRequest,
  UpdatePersonRequest,
} from '@hongyun/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { ApiError, call, http } from '../../api/client.ts';
import type { Job } from '../../shared/jobs/useJob.ts';

export type Person = z.infer<typeof PersonView>;
export type Membership = z.infer<typeof MembershipView>;
/** The list's filters (the export takes the same, without paging). */
export type PeopleFilter = z.infer<typeof StartPeopleExportRequest>;
/** ListPeopleQuery as the client sends it: the filters plus the page. */
export type PeopleQuery = PeopleFilter & Pick<z.infer<typeof ListPeopleQuery>, 'page' | 'pageSize'>;
export type RegisterPersonBody = z.infer<typeof RegisterPersonRequest>;
export type UpdatePersonBody = z.infer<typeof UpdatePersonRequest>;
export type TransferPersonBody = z.infer<typeof TransferPersonRequest>;

export const peopleKeys = {
  all: ['people'] as const,
  list: (query: PeopleQuery) => ['people', 'list', query] as const,
  person: (id: string) => ['people', 'person', id] as const,
  memberships: (id: string) => ['people', 'memberships', id] as const,
};

export function usePeopleList(query: PeopleQuery, enabled = true) {
  return useQuery({
    queryKey: peopleKeys.list(query),
    queryFn: ({ signal }) => call(http.GET('/api/people', { params: { query }, signal })),
    enabled,
    // Paging and filtering keep the old rows on screen (dimmed by the table's spinner) instead of a blank.
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: string) {
  return useQuery({
    queryKey: peopleKeys.person(id),
    queryFn: ({ signal }) =>
      call(http.GET('/api/people/{id}', { params: { path: { id } }, signal })).then((r) => r.data),
  });
}

export function useMemberships(id: string, enabled: boolean) {
  return useQuery({
    queryKey: peopleKeys.memberships(id),
    queryFn: ({ signal }) =>
      call(http.GET('/api/people/{id}/memberships', { params: { path: { id } }, signal })).then((r) => r.data),
    enabled,
  });
}

/** An org's display name, for a filter whose org came from the address and is not in the loaded tree. */
export function useOrgName(orgId: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['orgs', 'name', orgId],
    queryFn: () => call(http.GET('/api/orgs/{id}', { params: { path: { id: orgId ?? 0 } } })).then((r) => r.data.name),
    enabled: enabled && orgId !== undefined,
    staleTime: 5 * 60_000,
  });
}

export const registerPerson = (body: RegisterPersonBody) => call(http.POST('/api/people', { body }));
export const updatePerson = (id: string, body: UpdatePersonBody) =>
  call(http.PATCH('/api/people/{id}', { params: { path: { id } }, body }));
export const transferPerson = (id: string, body: TransferPersonBody) =>
  call(http.POST('/api/people/{id}/transfer', { params: { path: { id } }, body }));

/** Starts an export of the filtered list; the key lets a retried click return the same job. */
export const startPeopleExport = (filter: PeopleFilter, idempotencyKey: string) =>
  call(http.POST('/api/people/exports', { body: filter, headers: { 'idempotency-key': idempotencyKey } })).then(
    (r) => r.data,
  );

/** What a finished people.export job reports (server/src/modules/people/jobs/export-people.ts). */
export type PeopleExportResult = { rows: number; maskedIdNumbers: number; fileId: string; fileName: string };

export function exportResult(job: Job | undefined): PeopleExportResult | null {
  const r = job?.status === 'succeeded' ? job.result : null;
  if (!r || typeof r.fileId !== 'string') return null;
  return {
    rows: typeof r.rows === 'number' ? r.rows : 0,
    maskedIdNumbers: typeof r.maskedIdNumbers === 'number' ? r.maskedIdNumbers : 0,
    fileId: r.fileId,
    fileName: typeof r.fileName === 'string' ? r.fileName : '',
  };
}

/**
 * A refusal or a missing record: both answer the same way, on purpose (ids are not probeable). A
 * malformed id in the address (400) is just as missing.
 */
export const isHidden = (e: unknown) => e instanceof ApiError && [400, 403, 404].includes(e.status);
