import type { ModuleName } from '@hongyun/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Ctx, Services } from '../../platform/context.ts';
import { AppError, pickLang } from '../../platform/errors.ts';
import type { Actor } from '../context.ts';
import { createModuleSwitchStore, createOrgNameCache, isModuleEnabledForActor } from '../org/index.ts';
import { isDocsUrl } from './api-docs.ts';
import { createSessionStore } from './session-store.ts';
import { type LoadedSession, SESSION_COOKIE, type SessionStage, stageError } from './sessions.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Route answers without a session (login, health, docs). */
    isPublic?: boolean;
    /** Session stages besides 'active' that may call this route (e.g. change-password). */
    allowStages?: SessionStage[];
    /** Business module the route belongs to; refused when switched off for the user. */
    module?: ModuleName;
    /**
     * Route that may be called while the session acts for another person (my profile, logout).
     * Other routes answer only inside the delegation's module scopes, so a relative acting for an
     * elderly member can never use their own admin grants under the member's name.
     */
    allowWhileActingFor?: boolean;
  }
  interface FastifyRequest {
    ctx: Ctx;
    actor: Actor | null;
    sessionToken: string | null;
    /** The resolved session (null without one): what /api/me shows needs no second read. */
    authSession: LoadedSession | null;
  }
}

function readToken(req: FastifyRequest): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim() || null;
  return req.cookies?.[SESSION_COOKIE] ?? null;
}

const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/') || path.startsWith('/api?');

/** Throws 401 when the request has no signed-in actor; routes call it first. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('UNAUTHENTICATED');
  return req.actor;
}

// Builds req.ctx for every request and authenticates every /api route not marked isPublic.
export function registerAuthHook(app: FastifyInstance, services: Services): void {
  app.decorateRequest('ctx', null as unknown as Ctx);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('authSession', null);

  // Per app instance (tests build several in one process): the session cache and the switches.
  const sessionStore = createSessionStore(services);
  const switchStore = createModuleSwitchStore(services);
  createOrgNameCache(services);
  app.addHook('onReady', async () => {
    await services.changes.start();
    // Without a first copy the switches are read from the table until a load succeeds (and the
    // OpenAPI generator builds the app with no database at all).
    await switchStore.load().catch((e) => services.log.warn({ err: e }, 'module switches not loaded at start'));
  });
  app.addHook('onClose', async () => {
    await sessionStore.close();
    await services.changes.stop();
  });

  // Synchronous (done-style) up to the session load, the only step that may wait.
  app.addHook('onRequest', (req, _reply, done) => {
    req.ctx = {
      ...services,
      actor: null,
      requestId: req.id,
      ip: req.ip,
      lang: pickLang(req.headers['accept-language']),
    };
    // One read of routeOptions: Fastify builds a new object on every access.
    const route = req.routeOptions;
    if (!route.url) return done(); // no such route: the not-found handler answers, signed in or not
    // The router decodes the path, so `/%61pi/me` reaches the `/api/me` route while its URL does not
    // start with `/api/`: every check here (and the API's no-store headers, the docs' CSP) that reads
    // the URL would take it for a web page. No client spells /api that way: no such endpoint.
    if (isApiPath(route.url) && !isApiPath(req.url)) return done(new AppError('ROUTE_NOT_FOUND'));
    // The web app's files and pages need no session: a stale cookie or a session that still owes a
    // password change must not stop the sign-in and change-password screens from loading.
    if (!req.url.startsWith('/api/') && req.url !== '/api') return done();
    // Swagger UI's own routes carry no config of ours: public only under API_DOCS=public (under
    // `admins` its hook then asks for an administrator).
    const cfg = isDocsUrl(req.url) ? { ...route.config, isPublic: services.config.apiDocs === 'public' } : route.config;
    const token = readToken(req);
    if (!token) {
      return done(!cfg.isPublic && req.url.startsWith('/api/') ? new AppError('UNAUTHENTICATED') : undefined);
    }
    const accept = (session: LoadedSession) => {
      if (session.stage !== 'active' && !cfg.allowStages?.includes(session.stage) && !cfg.isPublic) {
        return done(stageError(session.stage));
      }
      req.sessionToken = token;
      req.authSession = session;
      req.actor = session.actor;
      req.ctx.actor = session.actor;
      done();
    };
    const refuse = (e: unknown) => done(cfg.isPublic ? undefined : (e as Error));
    let loaded: LoadedSession | Promise<LoadedSession>;
    try {
      loaded = sessionStore.load(token);
    } catch (e) {
      return refuse(e);
    }
    if (loaded instanceof Promise) loaded.then(accept, refuse);
    else accept(loaded);
  });

  // Synchronous unless the route belongs to a switchable module (then the switches are asked).
  app.addHook('preHandler', (req, _reply, done) => {
    const { module, allowWhileActingFor } = req.routeOptions.config;
    const acting = req.actor?.actingFor;
    if (acting && !allowWhileActingFor && !(module && acting.scopes.includes(module))) {
      return done(new AppError('ACTING_FOR_LIMITED', { scopes: acting.scopes }));
    }
    if (!module || !req.actor) return done();
    isModuleEnabledForActor(services.db, req.actor, module).then(
      (isOn) => done(isOn ? undefined : new AppError('MODULE_DISABLED', { module })),
      done,
    );
  });
}
