// Stops acting for a principal in the current session; records 'accounts.acting_for.stopped'
// (still marked with the delegation it ends).

import type { Ctx } from '../../../platform/context.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { setSessionActingFor } from '../../auth/sessions.ts';
import type { Actor } from '../../context.ts';

export async function stopActingFor(ctx: Ctx & { actor: Actor }): Promise<void> {
  const { actor } = ctx;
  await ctx.db.transaction(async (tx) => {
    await setSessionActingFor({ db: tx, changes: ctx.changes }, actor.sessionId, null);
    if (actor.actingFor) {
      await recordEvent(
        { ...ctx, db: tx },
        { type: 'accounts.acting_for.stopped', subjectType: 'delegation', subjectId: actor.actingFor.delegationId },
      );
    }
  });
}
