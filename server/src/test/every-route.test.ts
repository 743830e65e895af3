import { describe, expect, it } from 'vitest';
import { useTestApp } from './harness.ts';

// A structural guard over the whole API: every documented route other than sign-in refuses a
// request without a session, and answers with the platform's error shape. A route added later
// without authentication fails here even if its own tests forget the 401 case.
const PUBLIC = new Set(['POST /api/auth/login']);

describe('every API route', () => {
  const t = useTestApp();

  it('answers 401 UNAUTHENTICATED without a session', async () => {
    const spec = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const checked: string[] = [];
    for (const [path, methods] of Object.entries(spec.paths)) {
      const url = path
        .replace('{id}', path.startsWith('/api/orgs') ? '1' : '00000000-0000-4000-8000-000000000000')
        .replace('{code}', '520000000000');
      for (const method of Object.keys(methods)) {
        const key = `${method.toUpperCase()} ${path}`;
        if (PUBLIC.has(key)) continue;
        const res = await t.app.inject({
          method: method.toUpperCase() as 'GET',
          url,
          payload: method === 'get' ? undefined : {},
        });
        expect({ key, status: res.statusCode, code: res.json().error?.code }).toEqual({
          key,
          status: 401,
          code: 'UNAUTHENTICATED',
        });
        checked.push(key);
      }
    }
    expect(checked.length).toBeGreaterThan(35);
  });
});
