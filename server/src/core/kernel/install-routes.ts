import type { FastifyInstance } from 'fastify';
import type { ModuleManifest } from './define-module.ts';

/**
 * Mounts each module's routes in its own plugin scope. A module with a switch gets it stamped on
 * every route it registers (config.module), so the request chain refuses the module's routes where
 * an organisation has switched it off, without the route saying so itself.
 */
export async function registerModuleRoutes(app: FastifyInstance, modules: readonly ModuleManifest[]): Promise<void> {
  for (const m of modules) {
    const routes = m.routes;
    if (!routes) continue;
    await app.register(async (scope) => {
      const moduleSwitch = m.switch;
      if (moduleSwitch) {
        scope.addHook('onRoute', (route) => {
          route.config = { ...(route.config ?? {}), module: route.config?.module ?? moduleSwitch };
        });
      }
      await routes(scope);
    });
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The process-wide services (buildApp decorates the root instance; every scope inherits them). */
    services: import('../../platform/context.ts').Services;
  }
}
