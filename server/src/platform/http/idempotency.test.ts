import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { requireActor } from '../../core/auth/auth-hook.ts';
import { createAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';

describe('Idempotency-Key', () => {
  let writes = 0;
  let failNext = false;
  let gate: Promise<void> | null = null;
  // A throwaway write route that counts how often it really runs and writes one row per run through
  // the request's context, inside a command-style transaction (a savepoint in the route's one).
  const t = useTestApp(
    {},
    {
      beforeReady: (app) => {
        app.post(
          '/api/test/writes',
          { config: { isIdempotent: true }, schema: { body: z.object({ n: z.number() }) } },
          async (req, reply) => {
            requireActor(req);
            const body = req.body as { n: number };
            writes += 1;
            const n = writes;
            await req.ctx.db.transaction(async (tx) => {
              await tx.execute(
                sql`insert into daily_org_rollups (day, org_id, org_path, metric, value) values (current_date, ${n}, '/', 'idem-test', ${body.n})`,
              );
            });
            if (gate) await gate;
            if (failNext) {
              failNext = false;
              throw new Error('the command failed after writing');
            }
            return reply.status(201).send({ data: { write: n, at: new Date(0) } });
          },
        );
        // Stands in for a reply lost after the commit (process crash, dropped connection).
        app.addHook('onSend', async (req) => {
          if (req.headers['x-test-lose-reply']) throw new Error('reply lost');
        });
      },
    },
  );
  const rowsWritten = async () =>
    (
      await t.app.services.db.execute<{ n: number }>(
        sql`select count(*)::int as n from daily_org_rollups where metric = 'idem-test'`,
      )
    ).rows[0]?.n ?? 0;

  const sender = async () => {
    const acc = await createAccount(t.app.services);
    return (key: string, n: number, extra: Record<string, string> = {}) =>
      t.app.inject({
        method: 'POST',
        url: '/api/test/writes',
        headers: { ...acc.headers, 'idempotency-key': key, ...extra },
        payload: { n },
      });
  };

  it('replays a retried write, refuses a reused key with another body', async () => {
    const send = await sender();
    const before = writes;
    const first = await send('key-00000001', 1);
    expect(first.statusCode).toBe(201);
    expect(first.json().data.at).toBe('1970-01-01T00:00:00.000Z');
    const retry = await send('key-00000001', 1);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(writes - before).toBe(1);

    const reused = await send('key-00000001', 2);
    expect(reused.statusCode).toBe(422);
    expect(reused.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await send('bad key!', 1)).statusCode).toBe(400);
    expect((await send('key-00000002', 1)).statusCode).toBe(201);
    expect(writes - before).toBe(2);
  });

  it("keys are per account: another account's same key, address and body neither replays nor refuses", async () => {
    const mine = await sender();
    const theirs = await sender();
    const before = writes;
    const first = await mine('shared-key-0001', 7);
    const other = await theirs('shared-key-0001', 7);
    expect(other.statusCode).toBe(201);
    expect(other.headers['idempotent-replayed']).toBeUndefined();
    expect(other.json().data.write).not.toBe(first.json().data.write);
    // Another body under the same key is a fresh write for them too, not 422 (nothing to learn).
    expect((await theirs('shared-key-0002', 1)).statusCode).toBe(201);
    expect((await mine('shared-key-0002', 2)).statusCode).toBe(201);
    expect(writes - before).toBe(4);
  });

  it('409 while the first request with the key is still running', async () => {
    const send = await sender();
    let open = () => {};
    gate = new Promise((r) => {
      open = r;
    });
    const first = send('key-inflight-1', 1);
    // Wait until the first holds the key (it is inside the handler).
    const start = writes;
    while (writes === start) await new Promise((r) => setTimeout(r, 10));
    const second = await send('key-inflight-1', 1);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('IDEMPOTENCY_IN_PROGRESS');
    gate = null;
    open();
    expect((await first).statusCode).toBe(201);
    expect((await send('key-inflight-1', 1)).headers['idempotent-replayed']).toBe('true');
  });

  it('a write that committed but whose reply was lost replays on retry, never 409', async () => {
    const send = await sender();
    const before = { writes, rows: await rowsWritten() };
    const lost = await send('key-lostreply', 5, { 'x-test-lose-reply': '1' });
    expect(lost.statusCode).toBe(500);
    const retry = await send('key-lostreply', 5);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(writes - before.writes).toBe(1);
    expect((await rowsWritten()) - before.rows).toBe(1);
  });

  it('a failed write leaves neither its changes nor the key: the retry runs afresh', async () => {
    const send = await sender();
    const before = { writes, rows: await rowsWritten() };
    failNext = true;
    expect((await send('key-failing1', 7)).statusCode).toBe(500);
    expect(await rowsWritten()).toBe(before.rows); // the savepoint's insert rolled back with the route
    const retry = await send('key-failing1', 7);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(writes - before.writes).toBe(2);
    expect((await rowsWritten()) - before.rows).toBe(1);
  });
});
