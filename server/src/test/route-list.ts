// The API's routes as its OpenAPI document lists them, for tests that check every route the same
// way (every-route.test.ts). Driving them from the document means a route added later is checked
// without anyone remembering to: the only way out is an entry, with a reason, in that test.
import type { App } from '../app.ts';

/** The part of a JSON Schema these tests read. */
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  nullable?: boolean;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

type Parameter = { in: 'path' | 'query' | 'header' | 'cookie'; name: string; schema?: JsonSchema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

export type Route = {
  /** `POST /api/orgs/{id}/move`, as the allow-lists name routes. */
  key: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  /** The JSON body's schema, $refs resolved at the top; null when the route takes none. */
  body: JsonSchema | null;
};

export function listRoutes(app: App): { routes: Route[]; resolve: (s: JsonSchema) => JsonSchema } {
  const doc = app.swagger() as unknown as Document;
  const resolve = (s: JsonSchema): JsonSchema => {
    if (!s.$ref) return s;
    const name = s.$ref.replace('#/components/schemas/', '');
    const found = doc.components?.schemas?.[name];
    if (!found) throw new Error(`unresolved ${s.$ref}`);
    return resolve(found);
  };
  const routes: Route[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params = op.parameters ?? [];
      const body = op.requestBody?.content?.['application/json']?.schema;
      routes.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase() as Route['method'],
        path,
        pathParams: params.filter((p) => p.in === 'path'),
        queryParams: params.filter((p) => p.in === 'query'),
        body: body ? resolve(body) : null,
      });
    }
  }
  return { routes, resolve };
}

/** Fills a path template: `/api/orgs/{id}` with { id: 7 } → `/api/orgs/7`. */
/**
 * Path parameters that name data shared by everyone (a calendar day or year), not a subtree's
 * record: one valid value each, for the tests that walk every route.
 */
export const SHARED_PATH_VALUES: Record<string, string | number> = { day: '2026-03-16', year: 2031 };

export function fillPath(path: string, values: Record<string, string | number>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${path}`);
    return encodeURIComponent(String(value));
  });
}

/** The JSON types a schema accepts; empty when it accepts anything (no type said). */
function acceptedTypes(s: JsonSchema, resolve: (s: JsonSchema) => JsonSchema): Set<string> | null {
  const r = resolve(s);
  const branches = r.anyOf ?? r.oneOf ?? r.allOf;
  const types = new Set<string>();
  if (branches) {
    for (const b of branches) {
      const inner = acceptedTypes(b, resolve);
      if (!inner) return null;
      for (const t of inner) types.add(t);
    }
  } else if (r.type) {
    for (const t of Array.isArray(r.type) ? r.type : [r.type]) types.add(t === 'integer' ? 'number' : t);
  } else if (r.enum) {
    for (const v of r.enum) types.add(v === null ? 'null' : typeof v);
  } else {
    return null;
  }
  if (r.nullable) types.add('null');
  return types;
}

const CANDIDATES: [string, unknown][] = [
  ['boolean', true],
  ['number', 12345],
  ['string', 'not-what-you-want'],
  ['array', [1]],
  ['object', { unexpected: 1 }],
];

/**
 * A body in which every documented field has a JSON type its schema refuses (a number where a
 * string belongs, a string where an object belongs…). Fields that accept any value are left out.
 */
export function wrongBody(schema: JsonSchema, resolve: (s: JsonSchema) => JsonSchema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, prop] of Object.entries(resolve(schema).properties ?? {})) {
    const accepted = acceptedTypes(prop, resolve);
    if (!accepted) continue;
    const wrong = CANDIDATES.find(([type]) => !accepted.has(type));
    if (wrong) out[name] = wrong[1];
  }
  return out;
}

/** A query-string value the parameter's schema refuses, or null when it accepts any string. */
export function badQueryValue(p: Parameter): string | null {
  const s = p.schema ?? {};
  if (s.type === 'integer' || s.type === 'number') return 'not-a-number';
  if (s.enum) return 'not-one-of-them';
  if (s.format === 'uuid') return 'not-a-uuid';
  if (s.pattern) return '!';
  if (s.maxLength !== undefined) return 'x'.repeat(s.maxLength + 1);
  return null;
}
