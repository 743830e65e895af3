import type { AuditAction } from '@hongyun/contracts';
import { asc, eq, gt, sql } from 'drizzle-orm';
import type { CryptoService, TxCtx } from '../context.ts';
import type { CryptoProfile } from '../crypto/profiles.ts';
import type { Db, DbOrTx } from '../db/client.ts';
import { auditLog } from './schema.ts';

// Hash-chained audit log: hash = H(prev_hash ‖ canonical(row)). The row records which hash (sha256 or
// sm3) made its link, so a chain that spans a change of crypto profile still verifies.

export const GENESIS = '0'.repeat(64);
const CHAIN_LOCK = 727002;

export type AuditInput = {
  /** From the closed catalogue in contracts/src/audit-actions.ts, e.g. 'auth.login', 'grants.granted'. */
  action: AuditAction;
  outcome?: 'success' | 'failure';
  targetType?: string;
  targetId?: string | number;
  orgId?: number | null;
  details?: Record<string, unknown>;
  /** For events without a signed-in actor, such as a failed login. */
  actorAccountId?: string | null;
};

type Row = typeof auditLog.$inferSelect;

/** Canonical JSON: sorted keys at every level, so the same row always hashes the same. */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

function linkOf(row: Omit<Row, 'hash' | 'prevHash'>): string {
  return canonical({
    seq: row.seq,
    at: row.at.toISOString(),
    actorAccountId: row.actorAccountId,
    actingForPersonId: row.actingForPersonId,
    ip: row.ip,
    requestId: row.requestId,
    action: row.action,
    outcome: row.outcome,
    targetType: row.targetType,
    targetId: row.targetId,
    orgId: row.orgId,
    details: row.details,
    alg: row.alg,
  });
}

function hashLink(profile: Pick<CryptoProfile, 'digest'>, prevHash: string, row: Omit<Row, 'hash' | 'prevHash'>) {
  return profile.digest(`${prevHash}|${linkOf(row)}`);
}

/**
 * Appends one audit row inside the caller's transaction. A transaction-scoped advisory lock orders
 * writers, so the chain has no forks even with several API processes.
 */
export async function appendAudit(ctx: TxCtx, input: AuditInput): Promise<void> {
  const db = ctx.db;
  await db.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
  const [last] = await db
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(sql`${auditLog.seq} desc`)
    .limit(1);
  const profile = ctx.crypto.active;
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at: new Date(),
    actorAccountId: input.actorAccountId !== undefined ? input.actorAccountId : (ctx.actor?.accountId ?? null),
    actingForPersonId: ctx.actor?.actingFor?.personId ?? null,
    ip: ctx.ip,
    requestId: ctx.requestId || null,
    action: input.action,
    outcome: input.outcome ?? 'success',
    targetType: input.targetType ?? null,
    targetId: input.targetId === undefined ? null : String(input.targetId),
    orgId: input.orgId ?? null,
    details: input.details ?? {},
    alg: profile.hashAlg,
  } satisfies Omit<Row, 'hash' | 'prevHash'>;
  const prevHash = last?.hash ?? GENESIS;
  await db.insert(auditLog).values({ ...row, prevHash, hash: hashLink(profile, prevHash, row) });
}

/** Appends an audit row in its own transaction (for outcomes recorded even when the request fails). */
export async function appendAuditNow(ctx: TxCtx & { db: Db }, input: AuditInput): Promise<void> {
  await ctx.db.transaction((tx) => appendAudit({ ...ctx, db: tx }, input));
}

export type VerifyResult =
  | { ok: true; rows: number; lastSeq: number; headHash: string }
  | { ok: false; rows: number; brokenAtSeq: number; reason: 'hash_mismatch' | 'prev_mismatch' | 'seq_gap' };

/**
 * A chain cannot tell that its newest rows were cut off. Recording the head (seq and hash) outside
 * the database — in the audit admin's records, a ticket, a WORM store — closes that gap: this checks
 * that the recorded head is still in the chain, unchanged.
 */
export async function checkRecordedHead(db: DbOrTx, head: { seq: number; hash: string }): Promise<boolean> {
  const [row] = await db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.seq, head.seq));
  return row?.hash === head.hash;
}

/** Walks the whole chain in batches and reports the first row whose link does not hold. */
export async function verifyAuditChain(db: DbOrTx, crypto: CryptoService, batch = 5000): Promise<VerifyResult> {
  let prevHash = GENESIS;
  let expectedSeq = 1;
  let rows = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, expectedSeq - 1))
      .orderBy(asc(auditLog.seq))
      .limit(batch);
    for (const row of page) {
      if (row.seq !== expectedSeq) return { ok: false, rows, brokenAtSeq: expectedSeq, reason: 'seq_gap' };
      if (row.prevHash !== prevHash) return { ok: false, rows, brokenAtSeq: row.seq, reason: 'prev_mismatch' };
      const profile = row.alg === 'sm3' ? crypto.all.gm : crypto.all.standard;
      const { hash, prevHash: _p, ...rest } = row;
      if (hashLink(profile, prevHash, rest) !== hash) {
        return { ok: false, rows, brokenAtSeq: row.seq, reason: 'hash_mismatch' };
      }
      prevHash = hash;
      expectedSeq += 1;
      rows += 1;
    }
    if (page.length < batch) return { ok: true, rows, lastSeq: expectedSeq - 1, headHash: prevHash };
  }
}
