import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../context.ts';
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
export function registerIdempotency(app: FastifyInstance, services: Services): void {
  app.decorateRequest('idempotencyKey', null);

  app.addHook('preHandler', async (req, reply) => {
    const key = req.headers['idempotency-key'];
    if (!req.routeOptions.config.isIdempotent || typeof key !== 'string' || !req.actor) return;
    if (!KEY_FORMAT.test(key)) {
      throw new AppError('VALIDATION_FAILED', [
        { field: 'headers.idempotency-key', message: 'expected 8–100 letters, digits, - or _' },
      ]);
    }
    const requestHash = createHash('sha256')
      .update(`${req.method} ${req.url}\n${JSON.stringify(req.body ?? null)}`)
      .digest('base64url');
    const accountId = req.actor.accountId;
    const inserted = await services.db
      .insert(idempotencyKeys)
      .values({ accountId, key, requestHash })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length > 0) {
      req.idempotencyKey = key;
      return;
    }
    const [prior] = await services.db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.accountId, accountId), eq(idempotencyKeys.key, key)));
    if (!prior) return; // removed meanwhile (the first attempt failed): run normally
    if (prior.requestHash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    if (prior.status === null) throw new AppError('IDEMPOTENCY_IN_PROGRESS');
    reply.header('idempotent-replayed', 'true');
    return reply.status(prior.status).send(prior.response);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const key = req.idempotencyKey;
    if (!key || !req.actor) return payload;
    const where = and(eq(idempotencyKeys.accountId, req.actor.accountId), eq(idempotencyKeys.key, key));
    if (reply.statusCode >= 500) {
      // The write did not happen (its transaction rolled back): let the client retry with the same key.
      await services.db.delete(idempotencyKeys).where(where);
      return payload;
    }
    let response: unknown = null;
    try {
      response = typeof payload === 'string' ? JSON.parse(payload) : null;
    } catch {
      response = null;
    }
    await services.db
      .update(idempotencyKeys)
      .set({ status: reply.statusCode, response, completedAt: sql`now()` })
      .where(where);
    return payload;
  });
}
