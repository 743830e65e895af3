// The server's layer rules, built for a root directory: .dependency-cruiser.cjs applies them to
// server/src, and server/src/test/layers.test.ts to a fixture tree that breaks each one.
const layerRules = (root) => [
  {
    name: 'platform-imports-nothing-above',
    comment: 'platform/ is technical mechanics: it never imports the core, modules, the CLI or the app',
    severity: 'error',
    from: { path: `^${root}/platform/`, pathNot: '\\.test\\.ts$' },
    to: { path: `^${root}/(core|modules|cli|test)/|^${root}/(app|worker|main)\\.ts$` },
  },
  {
    name: 'core-imports-no-module',
    comment: 'the core is what modules stand on: it never reaches up into a business module',
    severity: 'error',
    from: { path: `^${root}/core/` },
    to: { path: `^${root}/modules/` },
  },
  {
    name: 'module-uses-other-modules-through-index',
    comment: 'a module uses another module only through its index.ts (or its events), never its tables or internals',
    severity: 'error',
    from: { path: `^${root}/modules/([^/]+)/` },
    to: { path: `^${root}/modules/[^/]+/`, pathNot: [`^${root}/modules/$1/`, `^${root}/modules/[^/]+/index\\.ts$`] },
  },
  {
    name: 'core-area-uses-other-areas-through-index',
    comment:
      'inside the core, an area (org, people, accounts, …) uses another through its index.ts or reads its schema.ts tables; ' +
      'core/auth (sessions, the request chain) is what every area stands on and is open to all',
    severity: 'error',
    from: { path: `^${root}/core/([^/]+)/`, pathNot: '\\.test\\.ts$' },
    to: {
      path: `^${root}/core/[^/]+/`,
      pathNot: [`^${root}/core/$1/`, `^${root}/core/[^/]+/(index|schema)\\.ts$`, `^${root}/core/auth/`],
    },
  },
];

module.exports = { layerRules };
