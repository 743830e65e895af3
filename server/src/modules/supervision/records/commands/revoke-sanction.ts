import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../../core/context.ts';
import type { Ctx } from '../../../../platform/context.ts';
import { AppError } from '../../../../platform/errors.ts';
import { recordEvent } from '../../../../platform/events/record.ts';
import type { RecordPerson, SanctionRow } from '../queries.ts';
import { supervisionSanctions } from '../schema.ts';

/**
 * Revokes a decision: the row stays, marked with who revoked it, when and why. A second revoke is
 * a 409 (a retry with its Idempotency-Key replays the first answer instead).
 */
export async function revokeSanction(
  ctx: Ctx,
  actor: Actor,
  person: RecordPerson,
  sanction: SanctionRow,
  reason: string,
): Promise<SanctionRow> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(supervisionSanctions)
      .set({ revokedAt: new Date(), revokedBy: actor.accountId, revokeReason: reason })
      .where(and(eq(supervisionSanctions.id, sanction.id), isNull(supervisionSanctions.revokedAt)))
      .returning();
    if (!row) throw new AppError('SUPERVISION_RECORD_REVOKED');
    await recordEvent(
      { ...ctx, db: tx },
      {
        type: 'supervision.sanction.revoked',
        personId: person.id,
        orgId: person.orgId,
        orgPath: person.orgPath,
        subjectType: 'supervision_sanction',
        subjectId: row.id,
        data: { sanctionId: row.id, kind: row.kind },
      },
    );
    return row;
  });
}
