import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { requireActor } from '../../core/auth/auth-hook.ts';
import { createAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';

describe('Idempotency-Key', () => {
  let writes = 0;
  // A throwaway write route that counts how often it really runs.
  const t = useTestApp(
    {},
    {
      beforeReady: (app) => {
        app.post(
          '/api/test/writes',
          { config: { isIdempotent: true }, schema: { body: z.object({ n: z.number() }) } },
          async (req, reply) => {
            requireActor(req);
            writes += 1;
            await app.services.db.execute(
              sql`insert into daily_org_rollups (day, org_id, org_path, metric, value) values (current_date, ${writes}, '/', 'test', 1)`,
            );
            return reply.status(201).send({ data: { write: writes } });
          },
        );
      },
    },
  );

  it('replays a retried write, refuses a reused key with another body', async () => {
    const acc = await createAccount(t.app.services);
    const send = (key: string, n: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/test/writes',
        headers: { ...acc.headers, 'idempotency-key': key },
        payload: { n },
      });

    const first = await send('key-00000001', 1);
    expect(first.statusCode).toBe(201);
    const retry = await send('key-00000001', 1);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(writes).toBe(1);

    expect((await send('key-00000001', 2)).statusCode).toBe(422);
    expect((await send('bad key!', 1)).statusCode).toBe(400);
    expect((await send('key-00000002', 1)).statusCode).toBe(201);
    expect(writes).toBe(2);
  });
});
