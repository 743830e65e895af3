import type { AuditAction } from '@hongyun/contracts';
import { asc, eq, gt, sql } from 'drizzle-orm';
import type { CryptoService, TxCtx } from '../context.ts';
import type { DbOrTx } from '../db/client.ts';
import type { AuditMacAlg } from './key.ts';
import { auditLog } from './schema.ts';

// Keyed audit chain: hash = MAC_k(prev_hash ‖ canonical(row)), HMAC-SHA-256 or HMAC-SM3 (gm profile)
// under the audit key, which the database never holds (key.ts). The row records which algorithm made
// its link, so a chain that spans a change of crypto profile still verifies. Rows written before the
// chain was keyed carry a plain hash ('sha256' / 'sm3'): they verify as such, but only before the
// first keyed row, whose MAC covers the link to them (publish.ts seals such a chain once); a plain
// row after a keyed one, or a chain ending in plain rows, is a forgery ('unkeyed').

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

export function linkOf(row: Omit<Row, 'hash' | 'prevHash'>): string {
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

// Named one by one: `alg` is plain text in the table, and the application's role may INSERT. A row
// with any other value is neither keyed nor plain: it never verifies (and never counts as a keyed
// head to publish), instead of being taken for a MAC under a sub-key that does not exist.
const KEYED_ALGS = new Set<string>(['hmac-sha256', 'hmac-sm3']);
const PLAIN_ALGS = new Set<string>(['sha256', 'sm3']);
export const isKeyedAlg = (alg: string): alg is AuditMacAlg => KEYED_ALGS.has(alg);
export const isPlainAlg = (alg: string) => PLAIN_ALGS.has(alg);

/** The row's link, or null when its `alg` is none this system writes (a forged row). */
function linkHash(crypto: CryptoService, prevHash: string, row: Omit<Row, 'hash' | 'prevHash'>): string | null {
  const data = `${prevHash}|${linkOf(row)}`;
  if (isKeyedAlg(row.alg)) return crypto.audit.mac(row.alg, data);
  if (!PLAIN_ALGS.has(row.alg)) return null;
  return (row.alg === 'sm3' ? crypto.all.gm : crypto.all.standard).digest(data);
}

/** The MAC of new rows under the configured profile. */
const macAlgOf = (crypto: CryptoService): AuditMacAlg => (crypto.active.name === 'gm' ? 'hmac-sm3' : 'hmac-sha256');

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
    alg: macAlgOf(ctx.crypto),
  } satisfies Omit<Row, 'hash' | 'prevHash'>;
  const prevHash = last?.hash ?? GENESIS;
  const hash = ctx.crypto.audit.mac(row.alg, `${prevHash}|${linkOf(row)}`);
  await db.insert(auditLog).values({ ...row, prevHash, hash });
}

/**
 * Appends an audit row in its own transaction, outside any transaction of the request (for outcomes
 * recorded even when the request fails: a refusal, a wrong password).
 */
export async function appendAuditNow(ctx: TxCtx, input: AuditInput): Promise<void> {
  await ctx.outsideDb.transaction((tx) => appendAudit({ ...ctx, db: tx }, input));
}

export type BreakReason = 'hash_mismatch' | 'prev_mismatch' | 'seq_gap' | 'unkeyed' | 'truncated';
export type VerifyResult =
  | { ok: true; rows: number; lastSeq: number; headHash: string; publishedSeq?: number }
  | { ok: false; rows: number; brokenAtSeq: number; reason: BreakReason; publishedSeq?: number };

/**
 * Whether a head recorded outside the database (published by publish.ts, or noted by hand with
 * `verify-audit --expect`) is still in the chain, unchanged.
 */
export async function checkRecordedHead(db: DbOrTx, head: { seq: number; hash: string }): Promise<boolean> {
  const [row] = await db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.seq, head.seq));
  return row?.hash === head.hash;
}

/**
 * Walks the whole chain in batches and reports the first row whose link does not hold. Given the last
 * head published outside the database, a chain that no longer holds it (newest rows cut off, or the
 * chain rewritten) is 'truncated'.
 */
export async function verifyAuditChain(
  db: DbOrTx,
  crypto: CryptoService,
  opts: { batch?: number; publishedHead?: { seq: number; hash: string } | null } = {},
): Promise<VerifyResult> {
  const batch = opts.batch ?? 5000;
  const head = opts.publishedHead ?? undefined;
  const published = head ? { publishedSeq: head.seq } : {};
  let prevHash = GENESIS;
  let expectedSeq = 1;
  let rows = 0;
  let keyedSince: number | null = null;
  let lastAlg: string | null = null;
  for (;;) {
    const page = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, expectedSeq - 1))
      .orderBy(asc(auditLog.seq))
      .limit(batch);
    for (const row of page) {
      const broken = (brokenAtSeq: number, reason: BreakReason) =>
        ({ ok: false, rows, brokenAtSeq, reason, ...published }) as const;
      if (row.seq !== expectedSeq) return broken(expectedSeq, 'seq_gap');
      if (row.prevHash !== prevHash) return broken(row.seq, 'prev_mismatch');
      if (isKeyedAlg(row.alg)) keyedSince ??= row.seq;
      else if (keyedSince !== null) return broken(row.seq, 'unkeyed');
      const { hash, prevHash: _p, ...rest } = row;
      if (linkHash(crypto, prevHash, rest) !== hash) return broken(row.seq, 'hash_mismatch');
      if (head && row.seq === head.seq && hash !== head.hash) return broken(row.seq, 'truncated');
      prevHash = hash;
      lastAlg = row.alg;
      expectedSeq += 1;
      rows += 1;
    }
    if (page.length < batch) break;
  }
  const lastSeq = expectedSeq - 1;
  // Plain-hash rows at the end were never sealed by a keyed row: anyone could have written them.
  if (lastAlg !== null && !isKeyedAlg(lastAlg)) {
    return { ok: false, rows, brokenAtSeq: keyedSince ?? 1, reason: 'unkeyed', ...published };
  }
  if (head && head.seq > lastSeq)
    return { ok: false, rows, brokenAtSeq: lastSeq + 1, reason: 'truncated', ...published };
  return { ok: true, rows, lastSeq, headHash: prevHash, ...published };
}
