import { isDeepStrictEqual } from 'node:util';
import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { toJSONSchema, type ZodType, z } from 'zod';

// Response serialisation from the JSON schema of each route's zod response schema, compiled by
// fast-json-stringify (Fastify's own default): no zod parse of every answer in production. Like zod's
// output, it writes only the declared properties, so nothing a schema leaves out can leak.
//
// Under NODE_ENV=test every answer is ALSO checked against its zod schema (the type provider's
// serialiser, as before), and the two outputs must be the same JSON, so the whole test suite shows
// that dates, nullables, optionals and unions come out identically.

type SchemaLike = ZodType | { properties: ZodType };

const asZod = (schema: unknown): ZodType | null => {
  if (schema instanceof z.ZodType) return schema;
  const props = (schema as { properties?: unknown } | null)?.properties;
  return props instanceof z.ZodType ? props : null;
};

/** A self-contained JSON schema of what the route answers (zod's output side, refs kept local). */
function responseJsonSchema(schema: ZodType): Record<string, unknown> {
  const json = toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'any', cycles: 'ref' });
  const { $schema: _drop, ...rest } = json as Record<string, unknown>;
  return rest;
}

export function createSerializerCompiler(opts: { checkWithZod: boolean }): FastifySerializerCompiler<SchemaLike> {
  return (route) => {
    const zodSchema = asZod(route.schema);
    // Not a zod schema (a hand-written JSON schema): fast-json-stringify takes it as it is.
    if (!zodSchema) return fastJson(route.schema as Record<string, unknown>);
    const stringify = fastJson(responseJsonSchema(zodSchema));
    if (!opts.checkWithZod) return (data) => stringify(data);
    const checked = zodSerializerCompiler({ ...route, schema: zodSchema });
    return (data) => {
      const expected = checked(data); // throws ResponseSerializationError when the shape is wrong
      const actual = stringify(data);
      if (!isDeepStrictEqual(JSON.parse(actual), JSON.parse(expected))) {
        throw new Error(
          `response of ${route.method} ${route.url} serialises differently from its zod schema:\n${actual}\n${expected}`,
        );
      }
      return actual;
    };
  };
}
