import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_ID_CASES } from './body-id-cases.ts';
import { createAccount, type TestAccount } from './factories.ts';
import { useTestApp } from './harness.ts';
import { fillPath, type JsonSchema, listRoutes, type Route, SHARED_PATH_VALUES } from './route-list.ts';
import { buildTwoSubtrees, idKindOf, type Subtree } from './two-subtrees.ts';
import { VALID_BODIES } from './valid-bodies.ts';

// What a fuzzer sent and got a 500 for: ids beyond PostgreSQL's int4, a NUL byte in text, years
// PostgreSQL cannot store, huge numbers. Every route's path, query and body fields get each of them
// and must answer 4xx in the error shape; a NUL byte is always refused as a bad field.

const NUL = 'x\u0000y';
const BAD_STRINGS = [NUL, '2147483648', '99999999999999999999', '0000-01-01', '275760-09-13', '-1'];
const BAD_NUMBERS = [2147483648, -2147483649, 1e300, 1e20];

/** Every route with a body needs a valid one, so a bad field is the only thing wrong with it. */
const baseBody = (route: Route, own: Subtree): Record<string, unknown> | undefined =>
  (VALID_BODIES[route.key] ?? BODY_ID_CASES[route.key]?.body)?.(own) as Record<string, unknown> | undefined;

describe('bad input on every route', () => {
  const t = useTestApp();
  let routes: Route[] = [];
  let resolve: ReturnType<typeof listRoutes>['resolve'];
  let a: Subtree;
  let caller: TestAccount;

  beforeAll(async () => {
    ({ routes, resolve } = listRoutes(t.app));
    ({ a } = await buildTwoSubtrees(t.app));
    caller = await createAccount(t.app.services, {
      grants: (['org_admin', 'security_admin', 'party_office', 'audit_admin'] as const).map((role) => ({
        role,
        org: a.town,
      })),
    });
  });

  /** 4xx in our error shape, with `details` always present; a NUL is a 400 naming its field. */
  const expectRefusedWell = (
    what: string,
    res: { statusCode: number; json: () => { error?: { code?: string; details?: unknown } } },
    nulField?: string,
  ) => {
    expect.soft(res.statusCode, `${what} answered ${res.statusCode}`).toBeLessThan(500);
    if (res.statusCode < 400) return;
    const error = res.json().error;
    expect.soft(error && 'details' in error && typeof error.code === 'string', `${what}: error shape`).toBe(true);
    if (nulField) {
      expect.soft({ what, status: res.statusCode, code: error?.code }).toEqual({
        what,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
      const fields = Array.isArray(error?.details) ? error.details.map((d: { field: string }) => d.field) : [];
      expect.soft(fields, what).toContain(nulField);
    }
  };

  const send = (route: Route, url: string, payload?: unknown, who: TestAccount = caller) =>
    t.app.inject({ method: route.method, url, headers: who.headers, payload: payload as object | undefined });

  it('refuses bad path parameters with 4xx', async () => {
    let checked = 0;
    for (const route of routes.filter((r) => r.pathParams.length > 0)) {
      const payload = baseBody(route, a);
      for (const value of BAD_STRINGS) {
        const url = fillPath(route.path, { id: value, code: value, day: value, year: value });
        expectRefusedWell(
          `${route.key} {${route.pathParams[0]?.name}}=${JSON.stringify(value)}`,
          await send(route, url, payload),
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('refuses bad query values with 4xx, and NUL as a bad field', async () => {
    let checked = 0;
    for (const route of routes.filter((r) => r.queryParams.length > 0)) {
      // A route with a path id too gets a real one, so only the query value is wrong.
      const path = fillPath(
        route.path,
        route.pathParams.length > 0 ? { ...SHARED_PATH_VALUES, id: idOf(route, a) } : {},
      );
      for (const p of route.queryParams) {
        for (const value of BAD_STRINGS) {
          const url = `${path}?${new URLSearchParams({ [p.name]: value })}`;
          const nulField = value === NUL && !p.schema?.enum ? `querystring.${p.name}` : undefined;
          expectRefusedWell(`${route.key} ?${p.name}=${JSON.stringify(value)}`, await send(route, url), nulField);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('refuses bad body fields with 4xx, and NUL in any text field as a bad field', async () => {
    let checked = 0;
    for (const route of routes.filter((r) => r.body)) {
      const base = baseBody(route, a);
      expect(base, `${route.key}: add a valid body to valid-bodies.ts`).toBeDefined();
      if (!base) continue;
      const url = fillPath(
        route.path,
        route.pathParams.length > 0 ? { ...SHARED_PATH_VALUES, id: idOf(route, a) } : {},
      );
      for (const [name, prop] of Object.entries(resolve(route.body ?? {}).properties ?? {})) {
        const types = acceptedTypes(prop, resolve);
        const values = [
          ...(types.has('string') ? BAD_STRINGS : []),
          ...(types.has('number') || types.has('integer') ? BAD_NUMBERS : []),
        ];
        for (const value of values) {
          // A fresh caller each time: some of these writes succeed (a name may be "-1").
          const who = route.path.startsWith('/api/auth') || route.path === '/api/me' ? await freshCaller() : caller;
          const res = await send(route, url, { ...base, [name]: value }, who);
          const nulField = value === NUL && !resolve(prop).enum ? `body.${name}` : undefined;
          expectRefusedWell(`${route.key} body.${name}=${JSON.stringify(value)}`, res, nulField);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    // Some hundred requests, a few with a new account each: slower than one ordinary test.
  }, 300_000);

  const freshCaller = () => createAccount(t.app.services, { grants: [{ role: 'org_admin', org: a.town }] });
});

/** The caller's own record for a route's path id, by the route's first segment. */
function idOf(route: Route, own: Subtree): string | number {
  const segment = idKindOf(route.path);
  return own.ids[segment];
}

function acceptedTypes(s: JsonSchema, resolve: (s: JsonSchema) => JsonSchema): Set<string> {
  const r = resolve(s);
  const out = new Set<string>();
  for (const b of r.anyOf ?? r.oneOf ?? r.allOf ?? []) for (const t of acceptedTypes(b, resolve)) out.add(t);
  for (const t of Array.isArray(r.type) ? r.type : r.type ? [r.type] : []) out.add(t);
  if (r.enum) for (const v of r.enum) out.add(typeof v);
  return out;
}
