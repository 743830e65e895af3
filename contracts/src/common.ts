import { z } from 'zod';

export const Limits = { pageSizeMax: 200, pageSizeDefault: 20, nameMax: 50, searchMax: 50 } as const;

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(Limits.pageSizeMax).default(Limits.pageSizeDefault),
});

export const IdParam = z.object({ id: z.uuid() });
export const OrgIdParam = z.object({ id: z.coerce.number().int().positive() });

export const ErrorResponse = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
  })
  .meta({ id: 'Error' });

export const Paged = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), page: z.number(), pageSize: z.number(), total: z.number() });
