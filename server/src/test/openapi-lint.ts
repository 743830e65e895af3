// Lints the API's OpenAPI document with Spectral's `oas` ruleset, the same rules `spectral lint`
// applies with `extends: spectral:oas`, run in-process on the document the server serves.
import spectralCore from '@stoplight/spectral-core';
import * as parsers from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';

export type LintProblem = {
  rule: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  path: string;
  message: string;
};

const SEVERITY = ['error', 'warning', 'info', 'hint'] as const;

export async function lintOpenApi(doc: unknown): Promise<LintProblem[]> {
  const { Spectral, Document } = spectralCore;
  const spectral = new Spectral();
  spectral.setRuleset({ extends: [oas as never] });
  const results = await spectral.run(new Document(JSON.stringify(doc, null, 2), parsers.Json));
  return results.map((r) => ({
    rule: String(r.code),
    severity: SEVERITY[r.severity] ?? 'error',
    path: r.path.join('.'),
    message: r.message,
  }));
}
