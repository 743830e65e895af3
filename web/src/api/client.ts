// One way to call the platform API: JSON in and out, the session cookie, the UI language, and
// errors as ApiError carrying the server's code, message and field details.
import { i18n } from '../i18n/index.ts';

/** One bad field as the server reports it: `field` is dotted, e.g. `body.phone`. */
export type FieldProblem = { field: string; code?: string; message: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The bad fields of a VALIDATION_FAILED (or a command's field) answer, path without `body.`/`query.`. */
  get fields(): FieldProblem[] {
    if (!Array.isArray(this.details)) return [];
    return this.details
      .filter((d): d is FieldProblem => !!d && typeof d === 'object' && typeof d.field === 'string')
      .map((d) => ({ ...d, field: d.field.replace(/^(body|query|params)\./, '') }));
  }
}

type Query = Record<string, string | number | boolean | null | undefined | (string | number)[]>;

/** Listeners told when the server says the session is gone, so the app can return to sign-in. */
const signedOutListeners = new Set<(code: string) => void>();
export function onSignedOut(listener: (code: string) => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

export function queryString(query?: Query): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, String(v));
    else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function headers(extra?: Record<string, string>): Record<string, string> {
  return { 'accept-language': i18n.language === 'en' ? 'en' : 'zh-CN', ...extra };
}

async function toError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as { error?: { code: string; message: string; details?: unknown } };
    if (body.error) return new ApiError(res.status, body.error.code, body.error.message, body.error.details ?? null);
  } catch {
    // not JSON: a proxy or the network answered
  }
  return new ApiError(
    res.status,
    res.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST',
    res.statusText || `HTTP ${res.status}`,
  );
}

const SIGNED_OUT_CODES = new Set(['UNAUTHENTICATED', 'SESSION_EXPIRED', 'ACCOUNT_DISABLED']);

export type RequestOptions = { query?: Query; body?: unknown; idempotencyKey?: string; signal?: AbortSignal };

/** Calls the API; resolves with the parsed JSON body, rejects with ApiError. */
export async function api<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const hasBody = options.body !== undefined;
  let res: Response;
  try {
    res = await fetch(`${path}${queryString(options.query)}`, {
      method,
      credentials: 'same-origin',
      signal: options.signal,
      headers: headers({
        ...(hasBody ? { 'content-type': 'application/json' } : {}),
        ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
      }),
      body: hasBody ? JSON.stringify(options.body) : undefined,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'NETWORK', i18n.t('common:error.network'));
  }
  if (!res.ok) {
    const error = await toError(res);
    if (res.status === 401 && SIGNED_OUT_CODES.has(error.code) && !path.startsWith('/api/auth/login')) {
      for (const listener of signedOutListeners) listener(error.code);
    }
    throw error;
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const get = <T>(path: string, query?: Query, signal?: AbortSignal) => api<T>('GET', path, { query, signal });
export const post = <T>(path: string, body?: unknown, options: Omit<RequestOptions, 'body'> = {}) =>
  api<T>('POST', path, { ...options, body: body ?? {} });
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, { body });
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, { body });
export const del = <T>(path: string) => api<T>('DELETE', path);

/**
 * Uploads one file as multipart (field `file`) with progress, which fetch cannot report.
 * Resolves with the parsed body; rejects with ApiError like `api`.
 */
export function upload<T>(path: string, file: File, onProgress?: (percent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    for (const [k, v] of Object.entries(headers())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress?.(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', i18n.t('common:error.network')));
    xhr.onload = () => {
      const res = new Response(xhr.responseText, { status: xhr.status, statusText: xhr.statusText });
      if (xhr.status >= 200 && xhr.status < 300) resolve(JSON.parse(xhr.responseText) as T);
      else void toError(res).then(reject);
    };
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}
