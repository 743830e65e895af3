// The module kernel: how modules declare themselves and how the app, worker and CLI install them.

export { atAnyGrant } from './abilities.ts';
export * from './define-module.ts';
export { registerModuleRoutes } from './install-routes.ts';
export * from './registry.ts';
