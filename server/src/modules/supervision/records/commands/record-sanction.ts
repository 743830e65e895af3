import type { CreateSanctionRequest } from '@hongyun/contracts';
import type { z } from 'zod';
import type { Actor } from '../../../../core/context.ts';
import { hasRole } from '../../../../core/policy.ts';
import type { Ctx } from '../../../../platform/context.ts';
import { AppError } from '../../../../platform/errors.ts';
import { recordEvent } from '../../../../platform/events/record.ts';
import { SanctionWriterRoles } from '../policy.ts';
import { type AlertRef, alertRefs, type RecordPerson, type SanctionRow } from '../queries.ts';
import { supervisionSanctions } from '../schema.ts';

type Input = z.output<typeof CreateSanctionRequest>;

/**
 * The alerts a decision cites: each must exist, be about this person, and lie within the subtrees
 * where the caller may decide. Missing, another person's and out-of-scope alerts are refused alike
 * (one code, the offending ids listed as sent), so the check tells nothing about other subtrees.
 */
export async function checkCitedAlerts(
  ctx: Ctx,
  actor: Actor,
  person: RecordPerson,
  ids: readonly string[],
): Promise<Map<string, AlertRef>> {
  const found = await alertRefs(ctx.db, ids);
  const refused = [...new Set(ids)].filter((id) => {
    const a = found.get(id);
    return !a || a.personId !== person.id || !hasRole(actor, SanctionWriterRoles, a.orgPath);
  });
  if (refused.length > 0) throw new AppError('SUPERVISION_ALERT_NOT_LINKABLE', { alertIds: refused });
  return found;
}

/** Records one decision about a person, with its behaviour event, in one transaction. */
export async function recordSanction(
  ctx: Ctx,
  actor: Actor,
  person: RecordPerson,
  input: Input,
): Promise<{ row: SanctionRow; alerts: Map<string, AlertRef> }> {
  const alertIds = [...new Set(input.alertIds)];
  const alerts = await checkCitedAlerts(ctx, actor, person, alertIds);
  const row = await ctx.db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(supervisionSanctions)
      .values({
        personId: person.id,
        orgId: person.orgId,
        orgPath: person.orgPath,
        kind: input.kind,
        decidedOn: input.decidedOn,
        reason: input.reason,
        alertIds,
        source: input.source,
        decidedBy: actor.accountId,
      })
      .returning();
    if (!inserted) throw new Error('sanction insert failed');
    await recordEvent(
      { ...ctx, db: tx },
      {
        type: 'supervision.sanction.recorded',
        personId: person.id,
        orgId: person.orgId,
        orgPath: person.orgPath,
        subjectType: 'supervision_sanction',
        subjectId: inserted.id,
        data: {
          sanctionId: inserted.id,
          kind: inserted.kind,
          decidedOn: inserted.decidedOn,
          alertCount: alertIds.length,
        },
      },
    );
    return inserted;
  });
  return { row, alerts };
}
