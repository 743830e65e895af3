import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import type { Ctx, Services } from '../context.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { idempotencyKeys } from './schema.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Whether the kernel honours an Idempotency-Key on this write (mobile clients retry on weak
     * networks). Every POST, PUT, PATCH and DELETE does unless it says `false` (a route whose answer
     * must never be stored: a token, a TOTP secret) or `'in-handler'` (a route that applies the key
     * itself once it has read its body, with `withIdempotencyKey`: the file upload).
     */
    isIdempotent?: boolean | 'in-handler';
  }
  interface FastifyRequest {
    idempotencyKey: string | null;
  }
}

const KEY_FORMAT = /^[\w-]{8,100}$/;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// A retried write with the same key and body returns the stored result instead of acting twice;
// the same key with a different body is refused (422); while the first is still running, 409.
//
// The write runs inside ONE transaction with the key: a transaction-scoped advisory lock on
// (account, key) tells a concurrent retry that the first is still running, and the key row with the
// answer is written in the same transaction as the command's changes (commands' own
// ctx.db.transaction() calls become savepoints). So a key exists exactly when the write committed:
// a crash after the commit leaves a key that replays, a failed write leaves none and may be retried.

export type IdempotentOutcome<T> = { replay: { status: number; response: unknown } } | { fresh: T };

/** The key a request carries, checked; null when it carries none (then nothing here runs). */
export function idempotencyKeyOf(req: FastifyRequest): string | null {
  const key = req.headers['idempotency-key'];
  if (typeof key !== 'string' || !req.actor) return null;
  if (!KEY_FORMAT.test(key)) {
    throw new AppError('VALIDATION_FAILED', [
      { field: 'headers.idempotency-key', message: 'expected 8–100 letters, digits, - or _' },
    ]);
  }
  return key;
}

/** What makes two requests "the same" for a key: method, address and what they send. */
export const requestHashOf = (method: string, url: string, content: string) =>
  createHash('sha256').update(`${method} ${url}\n${content}`).digest('base64url');

/**
 * Runs `write` with the request's context bound to the key's transaction (ctx.db is it; jobs and
 * other after-commit work go through ctx.afterCommit and run once it has committed). `write`
 * answers the status and the JSON payload to store; a status of 500 or more stores nothing.
 */
export async function withIdempotencyKey<T>(
  services: Services,
  req: FastifyRequest,
  key: string,
  requestHash: string,
  write: (ctx: Ctx) => Promise<{ status: number; payload: unknown; value: T }>,
): Promise<IdempotentOutcome<T>> {
  const accountId = req.actor?.accountId;
  if (!accountId) throw new AppError('UNAUTHENTICATED');
  const deferred: ((db: Db) => Promise<void>)[] = [];
  const outcome = await services.db.transaction(async (tx): Promise<IdempotentOutcome<T>> => {
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
    const done = await write(req.ctx);
    if (done.status < 500) {
      // What the client will read: the payload as JSON (dates as ISO strings), before the
      // response schema trims it, which it does again on a replay.
      const response = done.payload === undefined ? null : JSON.parse(JSON.stringify(done.payload));
      await tx
        .insert(idempotencyKeys)
        .values({ accountId, key, requestHash, status: done.status, response, completedAt: sql`now()` });
    }
    return { fresh: done.value };
  });
  if ('fresh' in outcome) for (const fn of deferred) await fn(services.db);
  return outcome;
}

/** Sends a stored answer again, marked as such. */
export const sendReplay = (reply: FastifyReply, replay: { status: number; response: unknown }) =>
  reply.header('idempotent-replayed', 'true').status(replay.status).send(replay.response);

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

/**
 * Every write route of every module gets the key's semantics from the kernel, unless it opts out.
 * A request without the header costs one header look-up: the handler runs as it is.
 */
export function registerIdempotency(app: FastifyInstance, services: Services): void {
  app.decorateRequest('idempotencyKey', null);

  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const mode = route.config?.isIdempotent;
    if (mode === false || mode === 'in-handler' || !methods.some((m) => WRITE_METHODS.has(m))) return;
    const handler = route.handler;
    const withKey = async function (this: FastifyInstance, req: FastifyRequest, reply: FastifyReply) {
      const key = idempotencyKeyOf(req);
      if (!key) return handler.call(this, req, reply);
      const hash = requestHashOf(req.method, req.url, JSON.stringify(req.body ?? null));
      const outcome = await withIdempotencyKey(services, req, key, hash, async () => {
        const answer = await runHolding(handler, this, req, reply);
        return { status: reply.statusCode, payload: answer.payload, value: answer };
      });
      if ('replay' in outcome) return sendReplay(reply, outcome.replay);
      return outcome.fresh.sent ? reply.send(outcome.fresh.payload) : outcome.fresh.payload;
    };
    // Not async itself: without the header the handler's own answer is returned as it is, with no
    // promise of our own on the hot path.
    route.handler = function idempotent(this: FastifyInstance, req, reply) {
      if (req.headers['idempotency-key'] === undefined) return handler.call(this, req, reply);
      return withKey.call(this, req, reply);
    };
  });
}
