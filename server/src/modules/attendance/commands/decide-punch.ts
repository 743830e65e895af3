import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { TxCtx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { attendancePunches } from '../schema.ts';

// A supervisor's decision on someone's punch: an outside punch approved or rejected (approval), a
// flagged one cleared or confirmed as irregular (review). Only what is pending can be decided;
// audited with the note.

export type PunchDecision =
  | { kind: 'approval'; decision: 'approved' | 'rejected'; note?: string | undefined }
  | { kind: 'review'; decision: 'cleared' | 'confirmed'; note?: string | undefined };

export async function decidePunch(
  ctx: TxCtx,
  punch: { id: string; personId: string; orgId: number },
  d: PunchDecision,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const column = d.kind === 'approval' ? attendancePunches.approval : attendancePunches.review;
    const decided = { decidedBy: ctx.actor?.accountId ?? null, decidedAt: new Date(), decisionNote: d.note ?? null };
    const rows = await tx
      .update(attendancePunches)
      .set(d.kind === 'approval' ? { ...decided, approval: d.decision } : { ...decided, review: d.decision })
      .where(and(eq(attendancePunches.id, punch.id), eq(column, 'pending')))
      .returning({ id: attendancePunches.id });
    if (rows.length === 0) throw new AppError('ATTENDANCE_NOT_PENDING');
    await appendAudit(
      { ...ctx, db: tx },
      {
        action: 'attendance.punch.decided',
        targetType: 'person',
        targetId: punch.personId,
        orgId: punch.orgId,
        details: { punchId: punch.id, kind: d.kind, decision: d.decision, note: d.note ?? null },
      },
    );
  });
}
