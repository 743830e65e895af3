import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

// Cross-site request forgery guard for every state-changing /api request. The session cookie is
// SameSite=Lax, but "site" is the registrable domain: a page on a sibling sub-domain is same-site
// and its form posts carry the cookie. So a write is refused when the browser says it comes from
// another origin (`Sec-Fetch-Site` other than same-origin/none, or an `Origin` that is not ours),
// and every write must be one a page on another origin cannot send without a CORS preflight (which
// this server never grants): a JSON body, or a custom header (`X-Requested-With`, which the web
// client sends, or `Authorization`, which apps send and no browser adds by itself). A form post or a
// bodiless `fetch` with `text/plain` therefore never reaches a handler. The second rule concerns
// requests that carry the session cookie (the ambient credential a forgery rides on); without it
// the request is anonymous and the auth hook answers 401 as for any other caller.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What the browser says when the page is on our own origin, or when a user typed the address. */
const TRUSTED_FETCH_SITES = new Set(['same-origin', 'none']);
/** The custom header the web client sends on every request. */
export const CSRF_HEADER = 'x-requested-with';

/** Why a write is refused, or null when it may proceed. */
export function csrfRefusal(req: FastifyRequest, sessionCookie: string): 'cross_site' | 'no_json' | null {
  // Every current browser sends Sec-Fetch-Site; it is checked first because it does not depend on
  // the Host header, which a reverse proxy may rewrite. Older browsers are judged by Origin.
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string') {
    if (!TRUSTED_FETCH_SITES.has(site.toLowerCase())) return 'cross_site';
  } else if (typeof req.headers.origin === 'string' && !isOwnOrigin(req.headers.origin, req)) {
    return 'cross_site';
  }
  if (!req.cookies?.[sessionCookie] || isJson(req.headers['content-type'])) return null;
  // Only a bearer token: then the auth hook signs the request in with it, not with the cookie. A
  // browser adds `Authorization: Basic …` by itself (credentials cached for a proxy's basic auth),
  // and with such a header the cookie is still what signs the request in.
  if (req.headers[CSRF_HEADER] || isBearer(req.headers.authorization)) return null;
  return 'no_json';
}

const isBearer = (authorization: string | undefined) => /^Bearer \S/.test(authorization ?? '');

function isJson(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json' || (!!type && /^application\/[\w.+-]+\+json$/.test(type));
}

/** `Origin` names this server when its host matches the one the request was sent to (`null` never does). */
function isOwnOrigin(origin: string, req: FastifyRequest): boolean {
  try {
    return new URL(origin).host === req.host;
  } catch {
    return false;
  }
}

/**
 * Whether the request reaches an /api route. Judged by the route it matched, not the raw URL: the
 * router decodes the path, so `/%61pi/…` reaches the `/api/…` route while its URL does not start
 * with `/api/`. A request that matched no route is judged by its URL (the not-found answer).
 */
function isApiRequest(req: FastifyRequest): boolean {
  const path = req.routeOptions.url ?? req.url;
  return path.startsWith('/api/') || path === '/api';
}

/** `sessionCookie`: the name of the cookie that signs a browser in (the core's, passed down). */
export function registerCsrfGuard(app: FastifyInstance, opts: { sessionCookie: string }): void {
  // onRequest: before the body is read, so a forged upload is not even received.
  app.addHook('onRequest', (req, _reply, done) => {
    if (SAFE_METHODS.has(req.method) || !isApiRequest(req)) return done();
    const reason = csrfRefusal(req, opts.sessionCookie);
    done(reason ? new AppError(reason === 'cross_site' ? 'CROSS_SITE_REQUEST' : 'WRITE_NEEDS_JSON') : undefined);
  });
}
