// Direct API calls for arranging and checking what the screens did: as another user (their own
// signed-in request context), or with the cookies of a page's browser context.
import { type APIRequestContext, type APIResponse, request } from 'playwright-core';
import { afterAll } from 'vitest';
import { DEMO_PASSWORD } from './accounts.ts';
import { baseUrl } from './test.ts';

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    readonly body: string,
  ) {
    super(`${method} ${path} answered ${status}: ${body.slice(0, 500)}`);
  }
}

type Query = Record<string, string | number | boolean | undefined>;

export class Api {
  constructor(private readonly http: APIRequestContext) {}

  /** The raw answer, whatever its status (for checking refusals). */
  raw(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<APIResponse> {
    // x-requested-with: what the web client sends, so bodiless writes pass the server's CSRF guard.
    const headers = { 'accept-language': 'zh-CN', 'x-requested-with': 'hongyun' };
    return this.http.fetch(path, { method, data: body, headers });
  }

  async call<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const res = await this.raw(method, path, body);
    if (!res.ok()) throw new ApiFailure(res.status(), method, path, await res.text());
    return (await res.json()) as T;
  }

  get<T>(path: string, query?: Query): Promise<T> {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) params.set(k, String(v));
    const qs = params.toString();
    return this.call<T>('GET', qs ? `${path}?${qs}` : path);
  }

  post<T>(path: string, body?: unknown): Promise<T> {
    return this.call<T>('POST', path, body ?? {});
  }

  patch<T>(path: string, body: unknown): Promise<T> {
    return this.call<T>('PATCH', path, body);
  }
}

const contexts: APIRequestContext[] = [];
afterAll(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.dispose()));
});

/** An API client signed in as `phone` (its own cookie jar, apart from any browser page). */
export async function apiAs(phone: string, password = DEMO_PASSWORD): Promise<Api> {
  const http = await request.newContext({ baseURL: baseUrl() });
  contexts.push(http);
  const api = new Api(http);
  await api.post('/api/auth/login', { phone, password, client: 'web' });
  return api;
}

/** An API client sharing a page's cookies: it is whoever signed in on that page. */
export function apiOf(page: { request: APIRequestContext }): Api {
  return new Api(page.request);
}
