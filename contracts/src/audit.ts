import { z } from 'zod';
import { OrgIdText, PageQuery, QueryInstant } from './common.ts';

export const ListAuditRequest = PageQuery.extend({
  action: z.string().max(80).optional(),
  actorAccountId: z.uuid().optional(),
  targetId: z.string().max(80).optional(),
  outcome: z.enum(['success', 'failure']).optional(),
  from: QueryInstant.optional(),
  to: QueryInstant.optional(),
});

export const AuditEntry = z
  .object({
    seq: z.number(),
    at: z.string(),
    actorAccountId: z.string().nullable(),
    /** The actor's display name, so an auditor reads who did it without account access. */
    actorName: z.string().nullable(),
    actingForPersonId: z.string().nullable(),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
    action: z.string(),
    outcome: z.enum(['success', 'failure']),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    orgId: z.number().nullable(),
    orgName: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    alg: z.enum(['hmac-sha256', 'hmac-sm3', 'sha256', 'sm3']),
    hash: z.string(),
    /** The action's name from the catalogue (audit-actions.ts) in the caller's language; the code if unknown. */
    actionLabel: z.string(),
    /** One readable sentence, e.g. "王书记 停用了账号 张三", with names resolved. */
    summary: z.string(),
  })
  .meta({ id: 'AuditEntry' });

export const ListAuditResponse = z.object({
  data: z.array(AuditEntry),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
});

export const VerifyAuditResult = z
  .object({
    ok: z.boolean(),
    rows: z.number(),
    lastSeq: z.number().optional(),
    /** Published outside the database on a schedule (and recordable by hand): a later check proves no newer rows were cut off. */
    headHash: z.string().optional(),
    brokenAtSeq: z.number().optional(),
    /** The last head published outside the database that the chain was checked against. */
    publishedSeq: z.number().optional(),
    reason: z.enum(['hash_mismatch', 'prev_mismatch', 'seq_gap', 'unkeyed', 'truncated', 'head_invalid']).optional(),
    checkedAt: z.string(),
  })
  .meta({ id: 'VerifyAuditResult' });
export const VerifyAuditResponse = z.object({ data: VerifyAuditResult });

export const ListEventsRequest = z.object({
  orgId: OrgIdText.optional(),
  personId: z.uuid().optional(),
  type: z.string().max(80).optional(),
  from: QueryInstant.optional(),
  to: QueryInstant.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Keyset cursor from the previous page's `nextCursor`. */
  cursor: z.string().max(100).optional(),
});

export const BehaviourEvent = z
  .object({
    id: z.number(),
    occurredAt: z.string(),
    type: z.string(),
    actorAccountId: z.string().nullable(),
    personId: z.string().nullable(),
    actingForPersonId: z.string().nullable(),
    delegationId: z.string().nullable(),
    orgId: z.number().nullable(),
    subjectType: z.string().nullable(),
    subjectId: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    /** Names of the organisation, person and acting account, so readers see who and where, not IDs. */
    orgName: z.string().nullable(),
    personName: z.string().nullable(),
    actorName: z.string().nullable(),
    /** The type's name from the catalogue (events.ts) in the caller's language; the code if unknown. */
    typeLabel: z.string(),
    /** One readable sentence, e.g. "王书记 将 张三 转接到 南江社区第一党支部". */
    summary: z.string(),
  })
  .meta({ id: 'BehaviourEvent' });

export const ListEventsResponse = z.object({ data: z.array(BehaviourEvent), nextCursor: z.string().nullable() });
