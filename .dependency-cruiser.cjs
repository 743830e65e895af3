// The layers of the server and the walls between modules (docs/architecture.md, "Layers").
// `npm run lint` fails on any import these rules forbid; server/src/test/layers.test.ts shows that
// each rule catches its case on a fixture tree.
const { layerRules } = require('./scripts/layer-rules.cjs');

module.exports = {
  forbidden: [
    ...layerRules('server/src'),
    {
      name: 'contracts-stand-alone',
      comment: 'contracts are shared by server and web and import neither',
      severity: 'error',
      from: { path: '^contracts/src/' },
      to: { path: '^(server|web)/' },
    },
    {
      name: 'web-never-imports-server',
      severity: 'error',
      from: { path: '^web/src/' },
      to: { path: '^server/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/|\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
