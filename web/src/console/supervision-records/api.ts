// A person's supervision records as the console uses them: what the person page may show
// (record-summary), the sanctions (激励惩戒) and the integrity record (诚信档案), and their writes.
import type {
  CreateIntegrityItemRequest,
  CreateSanctionRequest,
  IntegrityItemView,
  SanctionView,
} from '@hongyun/contracts';
import { useQuery } from '@tanstack/react-query';
import { acceptLanguage, CSRF_HEADER, call, http, toError } from '../../api/client.ts';

export type Sanction = SanctionView;
export type IntegrityItem = IntegrityItemView;

export const recordKeys = {
  all: (personId: string) => ['records', personId] as const,
  summary: (personId: string) => ['records', personId, 'summary'] as const,
  sanctions: (personId: string) => ['records', personId, 'sanctions'] as const,
  integrity: (personId: string) => ['records', personId, 'integrity'] as const,
};

export function useRecordSummary(personId: string) {
  return useQuery({
    queryKey: recordKeys.summary(personId),
    queryFn: ({ signal }) =>
      call(http.GET('/api/people/{id}/record-summary', { params: { path: { id: personId } }, signal })).then(
        (r) => r.data,
      ),
    // A module switched off or a record out of reach: the section is simply not shown.
    retry: false,
  });
}

export function useSanctions(personId: string, enabled: boolean) {
  return useQuery({
    queryKey: recordKeys.sanctions(personId),
    queryFn: ({ signal }) =>
      call(http.GET('/api/people/{id}/sanctions', { params: { path: { id: personId } }, signal })),
    enabled,
  });
}

/** Every read of the integrity record is audited: it is fetched when the card is opened, not before. */
export function useIntegrityItems(personId: string, enabled: boolean) {
  return useQuery({
    queryKey: recordKeys.integrity(personId),
    queryFn: ({ signal }) =>
      call(http.GET('/api/people/{id}/integrity-items', { params: { path: { id: personId } }, signal })),
    enabled,
    staleTime: 60_000,
  });
}

export const recordSanction = (personId: string, body: CreateSanctionRequest) =>
  call(http.POST('/api/people/{id}/sanctions', { params: { path: { id: personId } }, body }));
export const revokeSanction = (id: string, reason: string) =>
  call(http.POST('/api/sanctions/{id}/revoke', { params: { path: { id } }, body: { reason } }));
export const recordIntegrityItem = (personId: string, body: CreateIntegrityItemRequest) =>
  call(http.POST('/api/people/{id}/integrity-items', { params: { path: { id: personId } }, body }));
export const revokeIntegrityItem = (id: string, reason: string) =>
  call(http.POST('/api/integrity-items/{id}/revoke', { params: { path: { id } }, body: { reason } }));

/** Attaches the evidence file; a refused file comes back as the server words it. */
export async function attachEvidence(itemId: string, file: File): Promise<IntegrityItem> {
  const form = new FormData();
  form.append('file', file);
  const res = await fetch(`/api/integrity-items/${encodeURIComponent(itemId)}/evidence`, {
    method: 'POST',
    body: form,
    headers: { 'accept-language': acceptLanguage(), [CSRF_HEADER[0]]: CSRF_HEADER[1] },
  });
  if (!res.ok) throw await toError(res);
  return ((await res.json()) as { data: IntegrityItem }).data;
}

/** Opened in a new tab: the server checks the right and audits the opening. */
export const evidenceUrl = (itemId: string) => `/api/integrity-items/${encodeURIComponent(itemId)}/evidence`;
