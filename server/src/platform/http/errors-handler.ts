import type { Socket } from 'node:net';
import { FieldMessages } from '@hongyun/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { en, zhCN } from 'zod/locales';
import { AppError, errorBody, type Lang, pickLang } from '../errors.ts';

type FieldProblem = { field: string; code: string; message: string };

const zodLocales = { zh: zhCN(), en: en() };

/**
 * Field messages in the caller's language: our own problem keys (e.g. 'id_number.checksum') from
 * FieldMessages, zod's built-in checks through zod's zh-CN / en locales.
 */
function localise(
  issue: Record<string, unknown> & { code: string; message?: string },
  lang: Lang,
): FieldProblem['message'] {
  const own = issue.message ? FieldMessages[issue.message] : undefined;
  if (own) return own[lang];
  if (issue.code === 'custom') return issue.message ?? 'invalid';
  const out = zodLocales[lang].localeError?.(issue as never);
  return (typeof out === 'string' ? out : out?.message) ?? issue.message ?? 'invalid';
}

function problemCode(issue: { code: string; message?: string }): string {
  return issue.message && FieldMessages[issue.message] ? issue.message : issue.code;
}

/** The PostgreSQL SQLSTATE of an error, looking through drizzle's wrapper (DrizzleQueryError.cause). */
export function databaseErrorCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

/**
 * What may be logged of an unexpected error: drizzle puts the query's parameters in the message,
 * and those can be ciphertexts, lookup hashes or password hashes. Keep the SQL, drop the values.
 */
export function redactedError(error: Error): { type: string; message: string; code?: string; stack?: string } {
  const strip = (text: string | undefined) => (text ?? '').replace(/\nparams: [\s\S]*$/, '\nparams: [redacted]');
  return {
    type: error.name,
    message: strip(error.message),
    code: databaseErrorCode(error),
    stack: strip(error.stack),
  };
}

/** Field problems raised by commands (AppError details) get the same code + message shape. */
function localiseDetails(details: unknown, lang: Lang): unknown {
  if (!Array.isArray(details)) return details;
  return details.map((d) => {
    if (!d || typeof d !== 'object' || typeof d.message !== 'string' || !FieldMessages[d.message]) return d;
    return { ...d, code: d.message, message: FieldMessages[d.message]?.[lang] };
  });
}

function zodProblems(err: ZodError, lang: Lang): FieldProblem[] {
  return err.issues.map((i) => ({
    field: i.path.join('.') || '(body)',
    code: problemCode(i),
    message: localise(i as unknown as Parameters<typeof localise>[0], lang),
  }));
}

// One place turns every failure into { error: { code, message, details } } in the caller's language.
// Unknown errors are logged with their stack and answered with a bare INTERNAL: no stack leaves.
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, req, reply) => {
    const lang = pickLang(req.headers['accept-language']);
    if (error instanceof AppError) {
      if (error.headers) reply.headers(error.headers);
      return reply.status(error.status).send(errorBody(error.code, lang, localiseDetails(error.details, lang)));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = (error as FastifyError).validationContext ?? 'body';
      const details = error.validation.map((v) => {
        const issue = { ...(v.params as Record<string, unknown>), code: v.keyword, message: v.message };
        const path = String(v.instancePath ?? '')
          .split('/')
          .filter(Boolean);
        return { field: [where, ...path].join('.'), code: problemCode(issue), message: localise(issue, lang) };
      });
      return reply.status(400).send(errorBody('VALIDATION_FAILED', lang, details));
    }
    if (error instanceof ZodError) {
      return reply.status(400).send(errorBody('VALIDATION_FAILED', lang, zodProblems(error, lang)));
    }
    const pgCode = databaseErrorCode(error);
    if (pgCode === '23505') return reply.status(409).send(errorBody('CONFLICT', lang));
    const status = (error as FastifyError).statusCode;
    if (status && status >= 400 && status < 500) {
      // Fastify's own client errors: malformed JSON, body too large, unsupported media type.
      const code = status === 429 ? 'RATE_LIMITED' : status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST';
      return reply.status(status).send(errorBody(code, lang, { reason: error.message }));
    }
    req.log.error({ err: redactedError(error) }, 'unhandled error');
    return reply.status(500).send(errorBody('INTERNAL', lang));
  });
}

/**
 * Fastify's router refusals (a path segment longer than maxParamLength, a bad percent-encoding),
 * answered in our error shape instead of Fastify's own. Passed as the `frameworkErrors` option.
 */
export function answerFrameworkError(error: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const lang = pickLang(req.headers['accept-language']);
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    reply.status(414).send(errorBody('URI_TOO_LONG', lang));
    return;
  }
  reply.status(400).send(errorBody('BAD_REQUEST', lang, { reason: 'malformed address' }));
}

/**
 * What Node's HTTP parser refuses before there is a request (headers or query string over the size
 * limit, a malformed request line), in our error shape. Passed as the `clientErrorHandler` option;
 * there are no parsed headers yet, so it answers in the default language.
 */
export function answerClientError(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'HEADERS_TOO_LARGE' as const]
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'BAD_REQUEST' as const]
        : [400, 'BAD_REQUEST' as const];
  const body = JSON.stringify(errorBody(code, 'zh'));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

/**
 * Unknown addresses: a JSON 404 under /api; elsewhere, when the web app is built, its index page
 * for GET (the browser router owns those paths: /people/12, /m/profile…).
 */
export function registerNotFound(app: FastifyInstance, sendWebIndex: ((reply: FastifyReply) => unknown) | null): void {
  app.setNotFoundHandler((req, reply) => {
    const pathname = req.url.split('?')[0] ?? '';
    // A missing file (an old chunk, a typo) is a 404, not the index page the browser would parse as code.
    const isFile = pathname.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(pathname);
    const isPage = (req.method === 'GET' || req.method === 'HEAD') && !pathname.startsWith('/api') && !isFile;
    if (isPage && sendWebIndex) return sendWebIndex(reply);
    return reply.status(404).send(errorBody('ROUTE_NOT_FOUND', pickLang(req.headers['accept-language'])));
  });
}
