import type { CreateIntegrityItemRequest } from '@hongyun/contracts';
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../../../core/context.ts';
import { appendAudit } from '../../../../platform/audit/chain.ts';
import type { Ctx } from '../../../../platform/context.ts';
import { AppError } from '../../../../platform/errors.ts';
import { type IntegrityRow, isLeadingCadre, type RecordPerson } from '../queries.ts';
import { supervisionIntegrityItems } from '../schema.ts';

// Integrity items are admin acts about a leading cadre: each write is audited in its transaction,
// the target being the cadre (never the item's text, which the audit screen must not spread).

type Input = z.output<typeof CreateIntegrityItemRequest>;

export async function recordIntegrityItem(
  ctx: Ctx,
  actor: Actor,
  person: RecordPerson,
  input: Input,
): Promise<IntegrityRow> {
  if (!isLeadingCadre(person)) throw new AppError('SUPERVISION_NOT_LEADING_CADRE');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(supervisionIntegrityItems)
      .values({
        personId: person.id,
        orgId: person.orgId,
        orgPath: person.orgPath,
        kind: input.kind,
        occurredOn: input.occurredOn,
        source: input.source,
        description: input.description,
        recordedBy: actor.accountId,
      })
      .returning();
    if (!row) throw new Error('integrity item insert failed');
    await appendAudit(
      { ...ctx, db: tx },
      {
        action: 'supervision.integrity.recorded',
        targetType: 'person',
        targetId: person.id,
        orgId: person.orgId,
        details: { itemId: row.id, kind: row.kind, occurredOn: row.occurredOn },
      },
    );
    return row;
  });
}

export async function revokeIntegrityItem(
  ctx: Ctx,
  actor: Actor,
  person: RecordPerson,
  item: IntegrityRow,
  reason: string,
): Promise<IntegrityRow> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(supervisionIntegrityItems)
      .set({ revokedAt: new Date(), revokedBy: actor.accountId, revokeReason: reason })
      .where(and(eq(supervisionIntegrityItems.id, item.id), isNull(supervisionIntegrityItems.revokedAt)))
      .returning();
    if (!row) throw new AppError('SUPERVISION_RECORD_REVOKED');
    await appendAudit(
      { ...ctx, db: tx },
      {
        action: 'supervision.integrity.revoked',
        targetType: 'person',
        targetId: person.id,
        orgId: person.orgId,
        details: { itemId: row.id, kind: row.kind, reason },
      },
    );
    return row;
  });
}
