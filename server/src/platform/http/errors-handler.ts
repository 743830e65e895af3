import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { AppError, errorBody, pickLang } from '../errors.ts';

type FieldProblem = { field: string; message: string };

function zodProblems(err: ZodError): FieldProblem[] {
  return err.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message }));
}

// One place turns every failure into { error: { code, message, details } } in the caller's language.
// Unknown errors are logged with their stack and answered with a bare INTERNAL: no stack leaves.
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, req, reply) => {
    const lang = pickLang(req.headers['accept-language']);
    if (error instanceof AppError) {
      if (error.headers) reply.headers(error.headers);
      return reply.status(error.status).send(errorBody(error.code, lang, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = (error as FastifyError).validationContext ?? 'body';
      const details = error.validation.map((v) => ({
        field: [
          where,
          ...String(v.instancePath ?? '')
            .split('/')
            .filter(Boolean),
        ].join('.'),
        message: v.message ?? 'invalid',
      }));
      return reply.status(400).send(errorBody('VALIDATION_FAILED', lang, details));
    }
    if (error instanceof ZodError) {
      return reply.status(400).send(errorBody('VALIDATION_FAILED', lang, zodProblems(error)));
    }
    const pgCode = (error as { code?: string }).code;
    if (pgCode === '23505') return reply.status(409).send(errorBody('CONFLICT', lang));
    const status = (error as FastifyError).statusCode;
    if (status && status >= 400 && status < 500) {
      // Fastify's own client errors: malformed JSON, body too large, unsupported media type.
      const code = status === 429 ? 'RATE_LIMITED' : status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST';
      return reply.status(status).send(errorBody(code, lang, { reason: error.message }));
    }
    req.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(errorBody('INTERNAL', lang));
  });

  app.setNotFoundHandler((req, reply) => {
    reply.status(404).send(errorBody('NOT_FOUND', pickLang(req.headers['accept-language'])));
  });
}
