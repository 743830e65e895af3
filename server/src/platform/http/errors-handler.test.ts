import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { redactedError } from './errors-handler.ts';

describe('error handler', () => {
  let caught: Error | undefined;
  const t = useTestApp(
    {},
    {
      beforeReady: (app) => {
        // Inserts the same key twice: the second insert is a unique violation wrapped by drizzle.
        app.post('/api/test/duplicate', async () => {
          const insert = () =>
            app.services.db.execute(sql`insert into regions (code, name, level) values ('529999999999', 'x', 5)`);
          await insert();
          await insert().catch((e) => {
            caught = e;
            throw e;
          });
          return {};
        });
        app.get('/api/test/boom', async () => {
          throw new Error('secret internals');
        });
      },
    },
  );

  it('answers a unique violation wrapped by drizzle with 409 CONFLICT', async () => {
    const acc = await createAccount(t.app.services);
    const res = await t.app.inject({ method: 'POST', url: '/api/test/duplicate', headers: acc.headers });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('CONFLICT');
  });

  it('never sends a stack or internals to the client', async () => {
    const acc = await createAccount(t.app.services);
    const res = await t.app.inject({ url: '/api/test/boom', headers: { ...acc.headers, 'accept-language': 'en' } });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 'INTERNAL', message: 'Internal server error' } });
  });

  it('redacts query parameters from logged database errors', () => {
    expect(caught).toBeDefined();
    expect((caught as Error).message).toContain('params:');
    const logged = redactedError(caught as Error);
    expect(logged.code).toBe('23505');
    expect(logged.message).toContain('insert into regions');
    expect(logged.message).toContain('params: [redacted]');
    expect(JSON.stringify(logged)).not.toMatch(/params: (?!\[redacted\])/);
  });
});
