import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
// @ts-expect-error the rules are a CommonJS file shared with .dependency-cruiser.cjs
import { layerRules } from '../../../scripts/layer-rules.cjs';

// The layer rules run in `npm run lint` over the real tree (.dependency-cruiser.cjs). This test shows
// that each rule fails on the import it forbids (a fixture tree that breaks each once), and that the
// server's own tree has none.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

async function violations(dir: string, root: string): Promise<string[]> {
  const result = await cruise([dir], {
    ruleSet: { forbidden: layerRules(root) },
    validate: true,
    tsPreCompilationDeps: true,
    exclude: { path: 'node_modules' },
  });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

describe('layer rules', () => {
  const cwd = process.cwd();
  it('fail on each forbidden import of the fixture, and only on those', async () => {
    process.chdir(repo);
    try {
      const fixture = 'server/src/test/layer-fixture';
      const found = await violations(fixture, fixture);
      expect(found).toEqual([
        `core-area-uses-other-areas-through-index: ${fixture}/core/people/index.ts → ${fixture}/core/org/tree-lock.ts`,
        `core-imports-no-module: ${fixture}/core/org/uses-module.ts → ${fixture}/modules/learning/index.ts`,
        `module-uses-other-modules-through-index: ${fixture}/modules/village/index.ts → ${fixture}/modules/learning/schema.ts`,
        `platform-imports-nothing-above: ${fixture}/platform/db.ts → ${fixture}/core/people/index.ts`,
      ]);
    } finally {
      process.chdir(cwd);
    }
  });

  it('hold on the server as it is', async () => {
    process.chdir(repo);
    try {
      expect(await violations('server/src', 'server/src')).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
  });
});
