import swaggerUi from '@fastify/swagger-ui';
import { AdminRoles } from '@hongyun/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import { AppError } from '../../platform/errors.ts';
import { PAGE_SECURITY_HEADERS } from '../../platform/http/web-app.ts';
import { hasRole } from '../policy.ts';

// The interactive API docs (Swagger UI under DOCS_PREFIX) and the OpenAPI document. They list every
// route and field of the platform, so in production they are served only to signed-in
// administrators (API_DOCS=admins, the default there) or not at all (API_DOCS=off); in development
// they are public. The pages carry the web app's own security headers (CSP, framing, sniffing).

/** Where Swagger UI is served; the auth hook treats it as public only under API_DOCS=public. */
export const DOCS_PREFIX = '/api/docs';

/**
 * Is this request URL (query string included) for the docs pages (the auth hook asks, before the
 * route's own config)? Read on every request: no split of the URL.
 */
export function isDocsUrl(url: string): boolean {
  if (!url.startsWith(DOCS_PREFIX)) return false;
  const next = url.charAt(DOCS_PREFIX.length);
  return next === '' || next === '/' || next === '?';
}

/** For API_DOCS=admins: the auth hook has already answered 401 without a session. */
function requireAdministrator(req: FastifyRequest): void {
  if (!req.actor) throw new AppError('UNAUTHENTICATED');
  if (!hasRole(req.actor, AdminRoles)) throw new AppError('FORBIDDEN');
}

export async function registerApiDocs(app: FastifyInstance, config: Config): Promise<void> {
  const mode = config.apiDocs;
  if (mode === 'off') return;
  const guard =
    mode === 'admins'
      ? async (req: FastifyRequest) => {
          requireAdministrator(req);
        }
      : undefined;
  app.addHook('onSend', (req, reply, payload, done) => {
    if (isDocsUrl(req.url)) reply.headers(PAGE_SECURITY_HEADERS);
    done(null, payload);
  });
  await app.register(swaggerUi, {
    routePrefix: DOCS_PREFIX,
    ...(guard ? { uiHooks: { onRequest: (req, _reply, next) => guard(req).then(() => next(), next) } } : {}),
  });
  app.get(
    '/api/openapi.json',
    { config: { isPublic: mode === 'public' }, schema: { hide: true }, ...(guard ? { onRequest: guard } : {}) },
    async () => app.swagger(),
  );
}
