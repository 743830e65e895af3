import { z } from 'zod';

export const Limits = {
  pageSizeMax: 200,
  pageSizeDefault: 20,
  nameMax: 50,
  searchMax: 50,
  /** PostgreSQL's int4, the type of every serial id (organisations): larger ids name nothing. */
  int4Max: 2_147_483_647,
  /** Beyond it an OFFSET stops being a plausible page; it also keeps page × size within int8. */
  pageMax: 1_000_000,
} as const;

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(Limits.pageMax).default(1),
  pageSize: z.coerce.number().int().min(1).max(Limits.pageSizeMax).default(Limits.pageSizeDefault),
});

export const IdParam = z.object({ id: z.uuid() });

/** An organisation's id in a JSON body: a positive int4, so a larger number is a bad field, not a 500. */
export const OrgId = z.number().int().positive().max(Limits.int4Max);
/** The same in a path or query string. */
export const OrgIdText = z.coerce.number().int().positive().max(Limits.int4Max);
export const OrgIdParam = z.object({ id: OrgIdText });

// Instants a filter takes (`from`, `to`): any form Date parses, but only years PostgreSQL's
// timestamptz and a person can use (year 0 and JavaScript's ±275760 are neither).
const instantMin = new Date('1900-01-01T00:00:00Z');
const instantMax = new Date('9999-12-31T23:59:59.999Z');
export const QueryInstant = z.coerce
  .date()
  .min(instantMin, { message: 'date.implausible' })
  .max(instantMax, { message: 'date.implausible' })
  .meta({ type: 'string', format: 'date-time' });

export const ErrorResponse = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), details: z.unknown().nullable() }),
  })
  .meta({ id: 'Error' });

export const Paged = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), page: z.number(), pageSize: z.number(), total: z.number() });
