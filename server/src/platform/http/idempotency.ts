import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import type { Services } from '../context.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { idempotencyKeys } from './schema.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Write route that honours an Idempotency-Key header (mobile clients retry on weak networks). */
    isIdempotent?: boolean;
  }
  interface FastifyRequest {
    idempotencyKey: string | null;
  }
}

const KEY_FORMAT = /^[\w-]{8,100}$/;

// A retried write with the same key and body returns the stored result instead of acting twice;
// the same key with a different body is refused (422); while the first is still running, 409.
//
// The route's handler runs inside ONE transaction with the key: a transaction-scoped advisory lock
// on (account, key) tells a concurrent retry that the first is still running, and the key row with
// the answer is written in the same transaction as the command's changes (commands' own
// ctx.db.transaction() calls become savepoints). So a key exists exactly when the write committed:
// a crash after the commit leaves a key that replays, a failed write leaves none and may be retried.

type Outcome = { replay: { status: number; response: unknown } } | { fresh: unknown; sent: boolean };

/**
 * Runs the handler with reply.send held back until after the commit; returns what it answered.
 * A reply is a thenable that settles once the response has gone out, so while sending is held it
 * must not look like one: a handler returning `reply.send(…)` would otherwise never resolve.
 */
async function runHolding(
  handler: RouteHandlerMethod,
  app: FastifyInstance,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<{ payload: unknown; sent: boolean }> {
  const own = reply as unknown as Record<string, unknown>;
  let held: { payload: unknown } | null = null;
  own.send = (payload?: unknown) => {
    held = { payload };
    return reply;
  };
  // biome-ignore lint/suspicious/noThenProperty: hides the reply's own then while sending is held
  own.then = undefined;
  try {
    const result = await handler.call(app, req, reply);
    const h = held as { payload: unknown } | null;
    return h ? { payload: h.payload, sent: true } : { payload: result, sent: false };
  } finally {
    // Back to the prototype's send and then.
    delete own.send;
    delete own.then;
  }
}

export function registerIdempotency(app: FastifyInstance, services: Services): void {
  app.decorateRequest('idempotencyKey', null);

  app.addHook('onRoute', (route) => {
    if (!route.config?.isIdempotent) return;
    const handler = route.handler;
    route.handler = async function idempotent(this: FastifyInstance, req, reply) {
      const key = req.headers['idempotency-key'];
      if (typeof key !== 'string' || !req.actor) return handler.call(this, req, reply);
      if (!KEY_FORMAT.test(key)) {
        throw new AppError('VALIDATION_FAILED', [
          { field: 'headers.idempotency-key', message: 'expected 8–100 letters, digits, - or _' },
        ]);
      }
      const requestHash = createHash('sha256')
        .update(`${req.method} ${req.url}\n${JSON.stringify(req.body ?? null)}`)
        .digest('base64url');
      const accountId = req.actor.accountId;
      const deferred: ((db: Db) => Promise<void>)[] = [];

      const outcome = await services.db.transaction(async (tx): Promise<Outcome> => {
        // A 64-bit hash of (account, key): a collision only makes an unrelated retry wait (409).
        const lock = await tx.execute<{ got: boolean }>(
          sql`select pg_try_advisory_xact_lock(hashtextextended(${`idem:${accountId}:${key}`}, 0)) as got`,
        );
        if (!lock.rows[0]?.got) throw new AppError('IDEMPOTENCY_IN_PROGRESS');
        const where = and(eq(idempotencyKeys.accountId, accountId), eq(idempotencyKeys.key, key));
        const [prior] = await tx.select().from(idempotencyKeys).where(where);
        if (prior) {
          if (prior.requestHash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
          // A pending row is left by the earlier scheme (key first, answer later): still refused.
          if (prior.status === null) throw new AppError('IDEMPOTENCY_IN_PROGRESS');
          return { replay: { status: prior.status, response: prior.response } };
        }
        req.idempotencyKey = key;
        // The command's writes go through the route's transaction. A drizzle transaction offers the
        // query API commands use (select, insert, transaction → savepoint); the type differs only in
        // the pool-level extras (e.g. $client) that no command touches.
        req.ctx = { ...req.ctx, db: tx as unknown as Db, afterCommit: (fn) => void deferred.push(fn) };
        const answer = await runHolding(handler, this, req, reply);
        if (reply.statusCode < 500) {
          // What the client will read: the payload as JSON (dates as ISO strings), before the
          // response schema trims it, which it does again on a replay.
          const response = answer.payload === undefined ? null : JSON.parse(JSON.stringify(answer.payload));
          await tx
            .insert(idempotencyKeys)
            .values({ accountId, key, requestHash, status: reply.statusCode, response, completedAt: sql`now()` });
        }
        return { fresh: answer.payload, sent: answer.sent };
      });

      if ('replay' in outcome) {
        reply.header('idempotent-replayed', 'true');
        return reply.status(outcome.replay.status).send(outcome.replay.response);
      }
      for (const fn of deferred) await fn(services.db);
      return outcome.sent ? reply.send(outcome.fresh) : outcome.fresh;
    };
  });
}
