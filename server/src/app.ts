import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import { registerApiDocs } from './core/auth/api-docs.ts';
import { registerAuthHook } from './core/auth/auth-hook.ts';
import { SESSION_COOKIE } from './core/auth/sessions.ts';
import { coreModules } from './core/index.ts';
import { type ModuleManifest, registerModuleRoutes, registerModules } from './core/kernel/index.ts';
import { documentApi, documentRoute } from './core/kernel/openapi.ts';
import { createAppServices } from './core/services.ts';
import { businessModules } from './modules/index.ts';
import type { Services } from './platform/context.ts';
import type { Database } from './platform/db/client.ts';
import { registerCsrfGuard } from './platform/http/csrf.ts';
import {
  answerClientError,
  answerFrameworkError,
  registerErrorHandler,
  registerNotFound,
} from './platform/http/errors-handler.ts';
import { registerHealthRoutes } from './platform/http/health.ts';
import { registerIdempotency } from './platform/http/idempotency.ts';
import { lazyChildLoggerFactory } from './platform/http/request-logger.ts';
import { createSerializerCompiler } from './platform/http/serializer.ts';
import { validatorCompiler } from './platform/http/validator.ts';
import { registerWebApp } from './platform/http/web-app.ts';

export type App = FastifyInstance & { services: Services };

function parseTrustProxy(value: string): boolean | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}

/** Every module this build installs: the core's areas, then the business modules. */
export const allModules: readonly ModuleManifest[] = [...coreModules, ...businessModules];

// Builds the HTTP application: platform plugins first, then each module's routes. Tests pass their
// own module list (the example module) through `modules`.
export async function buildApp(
  config: Config,
  database: Database,
  opts: { modules?: readonly ModuleManifest[] } = {},
): Promise<App> {
  const modules = opts.modules ?? allModules;
  registerModules(modules);
  const app = Fastify({
    logger: {
      level: config.LOG_LEVEL,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      // Query strings can carry ID numbers and phones (people search): log the path only.
      serializers: {
        req: (req) => ({ method: req.method, url: req.url.split('?')[0], reqId: req.id, remoteAddress: req.ip }),
      },
    },
    // The per-request child logger is built only when the request writes a line.
    childLoggerFactory: lazyChildLoggerFactory,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    },
    trustProxy: parseTrustProxy(config.TRUST_PROXY),
    bodyLimit: 1024 * 1024,
    // The router's and the HTTP parser's own refusals, in our error shape too.
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  // Answers are written from each route's JSON schema; tests also check them against zod.
  app.setSerializerCompiler(createSerializerCompiler({ checkWithZod: config.NODE_ENV === 'test' }));
  // Synchronous (done-style) hooks: Fastify runs them without a promise per request.
  app.addHook('onSend', (req, reply, payload, done) => {
    reply.header('x-request-id', req.id);
    if (req.url.startsWith('/api/')) {
      // API answers carry personal data: never kept by the browser or a proxy.
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
      reply.header('x-content-type-options', 'nosniff');
    }
    done(null, payload);
  });

  const services: Services = createAppServices(config, database, app.log);
  app.decorate('services', services);
  app.addHook('onClose', async () => services.jobs.stop());

  // Before any plugin: plugins registered earlier would keep Fastify's default error format.
  registerErrorHandler(app);
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Hongyun 红云 API',
        version: '0.1.0',
        description: '智慧党建云平台 API',
        contact: { name: 'Hongyun 红云' },
      },
      servers: [{ url: '/', description: '本服务 · This server' }],
      components: {
        securitySchemes: {
          cookie: { type: 'apiKey', in: 'cookie', name: 'hy_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ cookie: [] }, { bearer: [] }],
    },
    // The kernel adds what every operation shares (operationId, error answers, Idempotency-Key…).
    transform: documentRoute,
    transformObject: documentApi,
  });
  await registerApiDocs(app, config);

  registerCsrfGuard(app, { sessionCookie: SESSION_COOKIE });
  registerAuthHook(app, services);
  registerIdempotency(app, services);
  registerHealthRoutes(app, services);

  await registerModuleRoutes(app, modules);
  registerNotFound(app, await registerWebApp(app, config));
  return app as unknown as App;
}
