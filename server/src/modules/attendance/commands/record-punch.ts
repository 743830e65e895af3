import type { PunchInput } from '@hongyun/contracts';
import { and, desc, eq, sql } from 'drizzle-orm';
import { isWorkday } from '../../../core/calendar/index.ts';
import { chinaDay } from '../../../core/events/rollups.ts';
import { people } from '../../../core/people/schema.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { distanceToPlace } from '../geo.ts';
import { judgeTiming, spoofFlags } from '../judge.ts';
import { attendancePunches } from '../schema.ts';
import { placesOnPath, windowsOnPath } from '../setup.ts';

// A cadre's punch: its time corrected for the phone's clock, judged against the windows and the
// nearest place, checked for signs of spoofing, and stored once. The same press sent twice (a
// retry without the Idempotency-Key, or a double tap) answers the first punch: the same instant
// for the same person is one punch, and so is a second press within a minute of the first.

export const PunchLimits = {
  /** A phone may have queued a punch offline for this long. */
  maxAgeMs: 31 * 86_400_000,
  /** Clock drift tolerated for a punch in the "future". */
  futureToleranceMs: 2 * 60_000,
  repeatWithinMs: 60_000,
  /** How far back a same-coordinates punch on another day is looked for. */
  sameCoordinatesDays: 30,
} as const;

export type PunchRow = typeof attendancePunches.$inferSelect;

/**
 * `deviceTime` is the phone's clock when it sent the request (X-Device-Time); the difference to the
 * server's clock corrects `punchedAt`, measured on the same clock.
 */
export async function recordPunch(
  ctx: Ctx,
  personId: string,
  input: PunchInput,
  deviceTime: Date | null,
): Promise<{ punch: PunchRow; repeated: boolean }> {
  const now = new Date();
  const skewMs = deviceTime ? deviceTime.getTime() - now.getTime() : null;
  const punchedAt = new Date(Date.parse(input.punchedAt) - (skewMs ?? 0));
  if (punchedAt.getTime() > now.getTime() + PunchLimits.futureToleranceMs) {
    throw new AppError('ATTENDANCE_PUNCH_IN_FUTURE', [{ field: 'punchedAt', message: 'date.future' }]);
  }
  if (now.getTime() - punchedAt.getTime() > PunchLimits.maxAgeMs) {
    throw new AppError('ATTENDANCE_PUNCH_TOO_OLD', [{ field: 'punchedAt', message: 'date.too_old' }]);
  }
  const [person] = await ctx.db
    .select({ orgId: people.orgId, orgPath: people.orgPath })
    .from(people)
    .where(eq(people.id, personId));
  if (!person?.orgId || !person.orgPath) throw new AppError('ATTENDANCE_NO_ORG');
  const { orgId, orgPath } = person;

  const day = chinaDay(punchedAt);
  const [places, { windows }, workday] = await Promise.all([
    placesOnPath(ctx.db, orgPath),
    windowsOnPath(ctx.db, orgPath),
    isWorkday(ctx.db, day),
  ]);
  const nearest = places
    .map((p) => ({ place: p, distance: distanceToPlace(input, p.shape) }))
    .sort((a, b) => a.distance - b.distance)[0];
  const inside = nearest?.distance === 0;
  const { timing, window } = judgeTiming(windows, punchedAt, workday);

  return ctx.db.transaction(async (tx) => {
    // One punch of a person at a time: the repeat check and the previous fix must see every earlier one.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`attendance:${personId}`}))`);
    const [previous] = await tx
      .select()
      .from(attendancePunches)
      .where(and(eq(attendancePunches.personId, personId), sql`${attendancePunches.punchedAt} <= ${punchedAt}`))
      .orderBy(desc(attendancePunches.punchedAt))
      .limit(1);
    if (previous && punchedAt.getTime() - previous.punchedAt.getTime() < PunchLimits.repeatWithinMs) {
      return { punch: previous, repeated: true };
    }
    const sameSpot = await tx
      .select({ lat: attendancePunches.lat, lng: attendancePunches.lng })
      .from(attendancePunches)
      .where(
        and(
          eq(attendancePunches.personId, personId),
          sql`${attendancePunches.day} <> ${day}`,
          sql`${attendancePunches.day} >= ${day}::date - ${PunchLimits.sameCoordinatesDays}::int`,
          eq(attendancePunches.lat, input.lat),
          eq(attendancePunches.lng, input.lng),
        ),
      )
      .limit(1);
    const prevFix = previous?.coarsenedAt === null ? { ...previous, at: previous.punchedAt } : null;
    const flags = spoofFlags({ ...input, at: punchedAt }, prevFix, sameSpot, skewMs);
    const [row] = await tx
      .insert(attendancePunches)
      .values({
        personId,
        orgId,
        accountId: ctx.actor?.accountId ?? personId,
        day,
        punchedAt,
        windowKey: window?.key ?? null,
        windowLabel: window?.label ?? null,
        timing,
        inside,
        placeId: nearest?.place.id ?? null,
        placeName: nearest?.place.name ?? null,
        distanceM: nearest?.distance ?? null,
        lat: input.lat,
        lng: input.lng,
        accuracyM: input.accuracyM,
        method: input.method,
        source: input.source,
        remark: input.remark || null,
        approval: inside ? 'none' : 'pending',
        flags,
        review: flags.length > 0 ? 'pending' : 'none',
      })
      .returning();
    if (!row) throw new Error('punch not inserted');
    return { punch: row, repeated: false };
  });
}
