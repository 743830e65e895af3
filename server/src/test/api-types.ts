// Renders the web's API types from the server's own OpenAPI document, so a renamed response
// field fails the web's type-check. Used by scripts/gen-api-types.ts (writes the file) and by
// api-types.test.ts (fails when the committed file is stale).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { connect } from '../platform/db/client.ts';

export const API_TYPES_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../web/src/api/schema.d.ts',
);

const HEADER = `// Generated from the server's OpenAPI document by \`npm run gen:api\` — do not edit.
// server/src/test/api-types.test.ts fails when this file no longer matches the server.
`;

/**
 * Builds the app without a database (a pg pool connects only on its first query, and ready()
 * queries nothing), takes its OpenAPI document and renders it as TypeScript.
 */
export async function renderApiTypes(): Promise<string> {
  const url = 'postgres://unused@127.0.0.1:1/unused';
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: url, SEED_DEMO: 'false' });
  const database = connect(url, 1);
  const app = await buildApp(config, database);
  try {
    await app.ready();
    const ast = await openapiTS(app.swagger() as unknown as OpenAPI3, { alphabetize: true });
    return HEADER + astToString(ast);
  } finally {
    await app.close();
    await database.close();
  }
}
