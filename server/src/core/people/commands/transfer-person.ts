// 组织关系转接: closes the open membership, writes the transfer, opens the membership in the target
// org and moves the person, all in one transaction; records 'people.person.transferred' and audits
// 'people.transferred'. Authorisation is re-checked on the row read under the lock: the route's
// check ran on a copy that a concurrent move may have carried out of the actor's reach.
import { and, eq, isNull } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { TxCtx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { personChanged } from '../../auth/auth-changes.ts';
import { lockOrgTree } from '../../org/index.ts';
import { authorize, can } from '../../policy.ts';
import { findOrg, getPerson } from '../queries.ts';
import { memberships, people, transfers } from '../schema.ts';

export type TransferPersonInput = {
  personId: string;
  /** The org the caller saw and was authorised over; a concurrent move makes this stale (CONFLICT). */
  expectedFromOrgId: number;
  toOrgId: number;
  effectiveDate: string;
  reason: string;
};

export async function transferPerson(ctx: TxCtx, input: TransferPersonInput) {
  return ctx.db.transaction(async (db) => {
    const tx = { ...ctx, db };
    // Reads the target org's path to write the person's: must not interleave with a subtree move.
    await lockOrgTree(db, 'shared');
    // The row lock serialises transfers of one person: the second waits, then sees the new org.
    const [locked] = await db
      .select({ id: people.id, orgId: people.orgId, orgPath: people.orgPath })
      .from(people)
      .where(eq(people.id, input.personId))
      .for('update');
    if (!locked) throw new AppError('NOT_FOUND');
    authorize(ctx.actor, 'people.person.transfer', { orgPath: locked.orgPath, personId: locked.id });
    if (locked.orgId !== input.expectedFromOrgId) throw new AppError('CONFLICT');
    if (locked.orgId === input.toOrgId) throw new AppError('TRANSFER_SAME_ORG');
    const [open] = await db
      .select({ id: memberships.id, orgId: memberships.orgId, fromDate: memberships.fromDate })
      .from(memberships)
      .where(and(eq(memberships.personId, locked.id), isNull(memberships.toDate)));
    if (!open) throw new AppError('NO_ACTIVE_MEMBERSHIP');
    if (input.effectiveDate < open.fromDate) {
      throw new AppError('VALIDATION_FAILED', [
        { field: 'body.effectiveDate', message: 'date.before_membership_start' },
      ]);
    }
    // The target may lie outside the actor's reach (a transfer to another county), so its existence is
    // checked last, after every refusal that does not depend on it, and a missing target answers like
    // any hidden record. A dissolved target the actor cannot read is as good as missing to them.
    const target = await findOrg(db, input.toOrgId);
    if (!target) throw new AppError('NOT_FOUND');
    if (target.isDissolved) {
      throw new AppError(can(ctx.actor, 'org.org.read', { orgPath: target.path }) ? 'ORG_DISSOLVED' : 'NOT_FOUND');
    }

    const [transfer] = await db
      .insert(transfers)
      .values({
        personId: locked.id,
        fromOrgId: open.orgId,
        toOrgId: target.id,
        effectiveDate: input.effectiveDate,
        reason: input.reason,
        createdBy: ctx.actor?.accountId ?? null,
      })
      .returning({ id: transfers.id });
    if (!transfer) throw new Error('transfer insert returned nothing');
    await db
      .update(memberships)
      .set({ toDate: input.effectiveDate, closedBy: 'transfer', transferOutId: transfer.id })
      .where(eq(memberships.id, open.id));
    await db.insert(memberships).values({
      personId: locked.id,
      orgId: target.id,
      fromDate: input.effectiveDate,
      openedBy: 'transfer',
      transferInId: transfer.id,
    });
    await db
      .update(people)
      .set({ orgId: target.id, orgPath: target.path, updatedAt: new Date() })
      .where(eq(people.id, locked.id));

    const facts = {
      transferId: transfer.id,
      fromOrgId: open.orgId,
      toOrgId: target.id,
      effectiveDate: input.effectiveDate,
    };
    // Recorded at the source org, where the action was taken; the data names both ends.
    await recordEvent(tx, {
      type: 'people.person.transferred',
      orgId: open.orgId,
      orgPath: locked.orgPath,
      subjectType: 'person',
      subjectId: locked.id,
      data: facts,
    });
    await personChanged(tx, locked.id); // their branch decides their modules
    await appendAudit(tx, {
      action: 'people.transferred',
      targetType: 'person',
      targetId: locked.id,
      orgId: open.orgId,
      details: facts,
    });
    return { person: await getPerson(db, locked.id), transfer: facts };
  });
}
