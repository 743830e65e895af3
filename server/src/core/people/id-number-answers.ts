// The one rule for telling a caller that an ID number is already registered OUTSIDE their
// organisations (a registration refused as a duplicate, a dry-run import's row): every such answer
// confirms that a guessed number belongs to a member somewhere in the city. So
//   - the answer never says where: "already registered outside your organisations; ask the office
//     above" (DUPLICATE_ID_NUMBER_OUTSIDE, or the row message 'id_number.exists_outside');
//   - each account gets OUTSIDE_ID_ANSWERS_PER_DAY such answers per 24 h; past them, every
//     registration and import check of that account answers 429 ID_NUMBER_ANSWERS_EXHAUSTED until
//     the window ends (whatever the number, so the refusal itself tells nothing);
//   - when one account reaches PROBE_SIGNAL_AT answers in a window, the security signal
//     'people.id_probe_suspected' is written to the audit chain, and the account carries it
//     (`securityAlert`) in the security administrator's account list and detail, and a 安全提醒
//     on their dashboard lists such accounts (GET /api/accounts?securityAlert=id_probe).
// Numbers inside the caller's own subtrees are answered as before (DUPLICATE_ID_NUMBER): the caller
// can find that person anyway. Counted in `login_throttles` (kind 'lookup'), shared by every process.
import { appendAuditNow } from '../../platform/audit/chain.ts';
import type { Ctx } from '../../platform/context.ts';
import { isWithin } from '../../platform/db/path-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { hitRateLimit, peekRateLimit } from '../auth/rate-limit.ts';

/** Outside answers one account may get per 24 h: an office's occasional transferred member, never a walk. */
export const OUTSIDE_ID_ANSWERS_PER_DAY = 30;
/** Outside answers in one window at which the security signal is raised (once per window). */
export const PROBE_SIGNAL_AT = 10;
const WINDOW = { limit: OUTSIDE_ID_ANSWERS_PER_DAY, windowMs: 24 * 3600_000 };

const keyOf = (accountId: string) => `id-outside:${accountId}`;

function exhausted(retryAfterSeconds: number): AppError {
  return new AppError(
    'ID_NUMBER_ANSWERS_EXHAUSTED',
    { retryAfterSeconds },
    { 'retry-after': String(retryAfterSeconds) },
  );
}

/** The counter and the signal are written through ctx.outsideDb: never a transaction that may roll back. */
type AnswerCtx = Ctx;

/** Refuses (429) an account whose outside answers for the day are spent, before any number is looked at. */
export async function assertOutsideIdAnswersLeft(ctx: AnswerCtx): Promise<void> {
  const accountId = ctx.actor?.accountId;
  if (!accountId) return; // the seeder and the CLI: no caller to limit
  const seen = await peekRateLimit(ctx.outsideDb, keyOf(accountId), WINDOW, 'lookup');
  if (seen.count >= OUTSIDE_ID_ANSWERS_PER_DAY) throw exhausted(seen.retryAfterSeconds);
}

/**
 * Counts `count` outside answers about to be given to the caller; raises the probe signal when the
 * day's count reaches PROBE_SIGNAL_AT, and refuses (429) once it passes the daily cap, in which case
 * the answers must not be given. The count is written outside the caller's transaction, so a failed
 * import still counts what it was about to tell.
 */
async function countOutsideIdAnswers(
  ctx: AnswerCtx,
  input: { count: number; source: 'register' | 'update' | 'import'; orgId: number | null },
): Promise<void> {
  const accountId = ctx.actor?.accountId;
  if (!accountId || input.count <= 0) return;
  const hit = await hitRateLimit(ctx.outsideDb, keyOf(accountId), WINDOW, 'lookup', input.count);
  const before = hit.count - input.count;
  if (before < PROBE_SIGNAL_AT && hit.count >= PROBE_SIGNAL_AT) {
    await appendAuditNow(ctx, {
      action: 'people.id_probe_suspected',
      outcome: 'failure',
      targetType: 'account',
      targetId: accountId,
      orgId: input.orgId,
      details: { count: hit.count, source: input.source, windowHours: 24 },
    });
  }
  if (!hit.allowed) throw exhausted(hit.retryAfterSeconds);
}

/** Where a duplicate number is registered, as the caller may be told it. */
export type DuplicateAnswer = 'inside' | 'outside';

/**
 * The answers for ID numbers found already registered, one per entry of `holderPaths` (the org path
 * of the person holding each number; null for no org; undefined for a number that is free): inside
 * one of `roots` (the caller's own subtrees) it is 'inside', otherwise 'outside', and the outside
 * answers are counted against the day's cap (throws 429 past it, and already before counting when
 * the day's answers are spent, so a capped account learns nothing from a free number either).
 * Registration, edits and the people importer all answer through this.
 */
export async function answerDuplicateIdNumbers(
  ctx: AnswerCtx,
  input: {
    holderPaths: readonly (string | null | undefined)[];
    roots: readonly string[];
    source: 'register' | 'update' | 'import';
    orgId: number | null;
  },
): Promise<(DuplicateAnswer | null)[]> {
  await assertOutsideIdAnswersLeft(ctx);
  const answers = input.holderPaths.map((path): DuplicateAnswer | null => {
    if (path === undefined) return null;
    return path !== null && input.roots.some((root) => isWithin(path, root)) ? 'inside' : 'outside';
  });
  const outside = answers.filter((a) => a === 'outside').length;
  await countOutsideIdAnswers(ctx, { count: outside, source: input.source, orgId: input.orgId });
  return answers;
}
