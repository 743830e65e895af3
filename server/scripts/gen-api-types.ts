// `npm run gen:api`: writes web/src/api/schema.d.ts from the OpenAPI document the server builds.
// Run it after changing a route's schema; api-types.test.ts fails until you do.
import { writeFile } from 'node:fs/promises';
import { API_TYPES_FILE, renderApiTypes } from '../src/test/api-types.ts';

await writeFile(API_TYPES_FILE, await renderApiTypes());
console.log(`[hongyun] wrote ${API_TYPES_FILE}`);
