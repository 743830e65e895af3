import { describe, expect, it } from 'vitest';
import { useTestApp } from './harness.ts';
import { lintOpenApi } from './openapi-lint.ts';

describe('the OpenAPI document', () => {
  const t = useTestApp();

  it("has no error and no warning under Spectral's oas ruleset", async () => {
    const problems = await lintOpenApi(t.app.swagger());
    const shown = problems.filter((p) => p.severity === 'error' || p.severity === 'warning');
    expect(shown.map((p) => `${p.severity} ${p.rule} at ${p.path}: ${p.message}`)).toEqual([]);
  });
});
