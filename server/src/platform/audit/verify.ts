import type { Services } from '../context.ts';
import type { DbOrTx } from '../db/client.ts';
import { type VerifyResult, verifyAuditChain } from './chain.ts';
import { auditHeadFileOf, HeadFileError, readLastHead } from './head.ts';

/** 'head_invalid': the head file's last line is not one this system wrote (no valid MAC, or not a head). */
export type HeadCheckedResult = VerifyResult | { ok: false; rows: 0; brokenAtSeq: 0; reason: 'head_invalid' };

/**
 * Verifies the chain against the last head published outside the database, so rows cut off the end
 * are caught with nothing passed in: what `verify-audit` and POST /api/audit/verify run.
 */
export async function verifyAgainstPublishedHead(
  s: Pick<Services, 'crypto' | 'config'> & { db: DbOrTx },
): Promise<HeadCheckedResult> {
  let publishedHead: Awaited<ReturnType<typeof readLastHead>>;
  try {
    publishedHead = await readLastHead(auditHeadFileOf(s.config), s.crypto);
  } catch (e) {
    if (!(e instanceof HeadFileError)) throw e;
    return { ok: false, rows: 0, brokenAtSeq: 0, reason: 'head_invalid' };
  }
  return verifyAuditChain(s.db, s.crypto, { publishedHead });
}
