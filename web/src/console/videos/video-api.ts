// The video library's calls. The upload goes through XMLHttpRequest, which reports upload progress
// (fetch cannot): the text fields first, then the file, as the server reads them in that order.
import { ApiError, acceptLanguage, CSRF_HEADER, call, http, type paths, toError } from '../../api/client.ts';
import { i18n } from '../../i18n/index.ts';

export type VideoItem = paths['/api/videos']['get']['responses'][200]['content']['application/json']['data'][number];
type UploadAnswer = paths['/api/videos']['post']['responses'][201]['content']['application/json'];

export const fetchVideos = async (page: number, signal: AbortSignal) =>
  call(http.GET('/api/videos', { params: { query: { page, pageSize: 20 } }, signal }));

export function uploadVideo(
  input: { orgId: number; title: string; description: string; file: File },
  onProgress: (percent: number) => void,
): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/videos');
    xhr.setRequestHeader('accept-language', acceptLanguage());
    xhr.setRequestHeader(...CSRF_HEADER);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', i18n.t('common:error.network')));
    xhr.onload = () => {
      const res = new Response(xhr.responseText, { status: xhr.status, statusText: xhr.statusText });
      if (xhr.status >= 200 && xhr.status < 300) resolve(JSON.parse(xhr.responseText) as UploadAnswer);
      else void toError(res).then(reject);
    };
    const form = new FormData();
    form.append('orgId', String(input.orgId));
    form.append('title', input.title);
    form.append('description', input.description);
    form.append('file', input.file);
    xhr.send(form);
  });
}

/** 125.4 s → "2:05"; an hour or more → "1:02:05". */
export function durationText(seconds: number | null): string {
  if (seconds === null) return '—';
  const s = Math.round(seconds);
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return hh ? `${hh}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}
