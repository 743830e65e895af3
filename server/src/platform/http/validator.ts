import { IdParam } from '@hongyun/contracts';
import type { FastifySchemaCompiler } from 'fastify';
import { z } from 'zod';
import { type $ZodType, safeParse } from 'zod/v4/core';

// The validator every route's params, query and body pass through (fastify-type-provider-zod's,
// with one rule added for all of them). PostgreSQL cannot store a NUL character in text and
// answers such a query with an error, so a NUL anywhere in the input is a bad field here, at the
// edge, for every route and every module to come, instead of a 500 from deep in a command.

// fastify-type-provider-zod recognises its validation errors by this registered symbol; the error
// handler (hasZodFastifySchemaValidationErrors) then answers them as VALIDATION_FAILED.
const ZodValidationErrorSymbol = Symbol.for('ZodFastifySchemaValidationError');

type Issue = { code: string; path: PropertyKey[]; message: string; [key: string]: unknown };

const asFastifyErrors = (issues: readonly Issue[]) =>
  issues.map(({ code, path, message, ...params }) => ({
    [ZodValidationErrorSymbol]: true,
    keyword: code,
    instancePath: `/${path.join('/')}`,
    schemaPath: `#/${path.join('/')}/${code}`,
    message,
    params,
  }));

/** Paths of every string in the value that holds a NUL (validated input is small: a walk is cheap). */
function nulPaths(value: unknown, path: PropertyKey[], out: PropertyKey[][]): PropertyKey[][] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push(path);
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) nulPaths(v, [...path, i], out);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) nulPaths(v, [...path, k], out);
  }
  return out;
}

function validateWithZod(schema: $ZodType, data: unknown) {
  const result = safeParse(schema, data);
  if (result.error) return { error: asFastifyErrors(result.error.issues as unknown as Issue[]) as never };
  const nul = nulPaths(result.data, [], []);
  if (nul.length > 0) {
    return { error: asFastifyErrors(nul.map((path) => ({ code: 'custom', path, message: 'text.nul' }))) as never };
  }
  return { value: result.data };
}

/** The pattern of IdParam's `z.uuid()`, so the shortcut below accepts exactly what zod accepts. */
const UUID = z.regexes.uuid();

export const validatorCompiler: FastifySchemaCompiler<$ZodType> = ({ schema }) => {
  // `/:id` params (IdParam, most record routes) are one regex test: zod's answer, `{ id }` with any
  // other key dropped, without its parse. A failure goes through zod, so the errors are zod's.
  if (schema === IdParam) {
    return (data) => {
      const id = (data as { id?: unknown } | null)?.id;
      return typeof id === 'string' && UUID.test(id) ? { value: { id } } : validateWithZod(schema, data);
    };
  }
  return (data) => validateWithZod(schema, data);
};
