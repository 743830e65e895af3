// Uploads of article images and PDF documents: the organisation first, then the file, as the
// server reads them in that order. A refused file comes back as the server words it.
import { acceptLanguage, CSRF_HEADER, type paths, toError } from '../../api/client.ts';

export type ContentMedia =
  paths['/api/content-media/images']['post']['responses'][201]['content']['application/json']['data'];

export async function uploadContentMedia(kind: 'images' | 'documents', orgId: number, file: File) {
  const form = new FormData();
  form.append('orgId', String(orgId));
  form.append('file', file);
  const res = await fetch(`/api/content-media/${kind}`, {
    method: 'POST',
    body: form,
    headers: { 'accept-language': acceptLanguage(), [CSRF_HEADER[0]]: CSRF_HEADER[1] },
  });
  if (!res.ok) throw await toError(res);
  return ((await res.json()) as { data: ContentMedia }).data;
}

export const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
