import { desc } from 'drizzle-orm';
import type { Services, TxCtx } from '../context.ts';
import { appendAuditNow, checkRecordedHead, isKeyedAlg, isPlainAlg } from './chain.ts';
import { appendHead, auditHeadFileOf, type PublishedHead, readLastHead } from './head.ts';
import { auditLog } from './schema.ts';

// The chain's head goes out of the database on a schedule (the core's audit module declares the cron),
// and a chain from before the key is sealed once, by its first keyed row.

const systemCtx = (services: Services): TxCtx => ({
  ...services,
  actor: null,
  requestId: 'audit-head',
  ip: null,
  lang: 'zh',
});

async function lastRow(services: Services) {
  const [row] = await services.db
    .select({ seq: auditLog.seq, hash: auditLog.hash, alg: auditLog.alg })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return row ?? null;
}

/**
 * Migrates a chain written before links were keyed: one keyed row ('audit.chain.keyed') is appended
 * after the plain-hash rows, and its MAC covers the link to them, so none of them can be rewritten
 * any more without the key. Done only while no head was ever published: once one was, a chain ending
 * in plain-hash rows is a forgery to report, not a chain to seal. Returns whether it sealed.
 */
export async function sealLegacyChain(services: Services, published: PublishedHead | null): Promise<boolean> {
  const last = await lastRow(services);
  // Only a chain that really ends in plain-hash rows (a row of any other `alg` is a forgery).
  if (!last || !isPlainAlg(last.alg) || published) return false;
  await appendAuditNow(
    { ...systemCtx(services), db: services.db },
    {
      action: 'audit.chain.keyed',
      details: { plainRows: last.seq, alg: last.alg },
    },
  );
  return true;
}

/**
 * Publishes the chain's current head to the head file when it moved since the last line (an idle
 * system adds no lines). Returns the head published, or null when there was nothing new. A chain that
 * no longer holds the last published head is never published over: that would bless the cut.
 */
export async function publishAuditHead(services: Services): Promise<PublishedHead | null> {
  const file = auditHeadFileOf(services.config);
  const previous = await readLastHead(file, services.crypto);
  if (previous && !(await checkRecordedHead(services.db, previous))) {
    services.log.error(
      { seq: previous.seq, file },
      'audit chain no longer holds its last published head (rows cut off or rewritten); not publishing',
    );
    return null;
  }
  await sealLegacyChain(services, previous);
  const last = await lastRow(services);
  if (!last || !isKeyedAlg(last.alg)) return null;
  if (previous && previous.seq === last.seq && previous.hash === last.hash) return null;
  const head = { seq: last.seq, hash: last.hash, at: new Date().toISOString() };
  await appendHead(file, services.crypto, head);
  return head;
}
