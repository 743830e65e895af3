import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { API_TYPES_FILE, renderApiTypes } from './api-types.ts';

// The web's typed client is only as good as its types: a route whose schema changed without
// `npm run gen:api` would let the web compile against a server that no longer exists.
it('web/src/api/schema.d.ts matches the server OpenAPI document (run `npm run gen:api`)', async () => {
  const committed = await readFile(API_TYPES_FILE, 'utf8');
  expect(committed === (await renderApiTypes()), 'stale: run `npm run gen:api` and commit the result').toBe(true);
});
