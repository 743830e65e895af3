import { serializerCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createSerializerCompiler } from './serializer.ts';

// The production serialiser (fast-json-stringify from the JSON schema) against zod's, on the shapes
// our contracts use. The whole suite runs the two side by side as well (NODE_ENV=test).
const Shape = z.object({
  id: z.string(),
  at: z.string(),
  maybe: z.string().nullable(),
  opt: z.number().int().optional(),
  kind: z.enum(['a', 'b']),
  either: z.union([z.object({ t: z.literal('x'), n: z.number() }), z.object({ t: z.literal('y'), s: z.string() })]),
  list: z.array(z.object({ k: z.string(), v: z.boolean().nullable() })),
  bag: z.record(z.string(), z.number()),
  any: z.unknown(),
});

const compile = (checkWithZod: boolean) =>
  createSerializerCompiler({ checkWithZod })({ schema: Shape, method: 'GET', url: '/t', httpStatus: '200' });
const zodOnly = serializerCompiler({ schema: Shape, method: 'GET', url: '/t', httpStatus: '200' });

describe('response serialiser', () => {
  const samples = [
    {
      id: 'p1',
      at: new Date(0).toISOString(),
      maybe: null,
      kind: 'a',
      either: { t: 'x', n: 1.5 },
      list: [{ k: 'k', v: null }],
      bag: { a: 1 },
      any: { deep: [1, 'two', null] },
    },
    {
      id: 'p2',
      at: '2026-12-02T00:00:00.000Z',
      maybe: '文字 "quoted" \\ \n',
      opt: 3,
      kind: 'b',
      either: { t: 'y', s: 's' },
      list: [],
      bag: {},
      any: null,
      secret: 'never written',
    },
  ];

  it('writes the same JSON as zod, and drops undeclared fields', () => {
    const fast = compile(false);
    for (const s of samples) {
      expect(JSON.parse(fast(s))).toEqual(JSON.parse(zodOnly(s)));
      expect(fast(s)).not.toContain('never written');
    }
  });

  it('under test it also refuses an answer that breaks the schema', () => {
    expect(() => compile(true)({ ...samples[0], kind: 'c' })).toThrow();
    expect(() => compile(true)(samples[1])).not.toThrow();
  });
});
