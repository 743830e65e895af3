import type { AttendanceWindow, PlaceShape } from '@hongyun/contracts';
import { eq } from 'drizzle-orm';
import type { OrgRecord } from '../../../core/org/index.ts';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { TxCtx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { attendancePlaces, attendanceWindows } from '../schema.ts';

// An office's setup of check-in, each act audited in its own transaction: places (created, edited,
// removed — a removed place's name stays on the punches judged by it) and an org's windows.

type PlaceInput = { name: string; shape: PlaceShape };
type PlaceRecord = typeof attendancePlaces.$inferSelect;

export async function createPlace(ctx: TxCtx, org: OrgRecord, input: PlaceInput): Promise<PlaceRecord> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(attendancePlaces)
      .values({ orgId: org.id, name: input.name, shape: input.shape, createdBy: ctx.actor?.accountId ?? null })
      .returning();
    if (!row) throw new Error('place not inserted');
    await appendAudit(
      { ...ctx, db: tx },
      {
        action: 'attendance.place.saved',
        targetType: 'attendance_place',
        targetId: row.id,
        orgId: org.id,
        details: { name: row.name, shape: row.shape.kind },
      },
    );
    return row;
  });
}

export async function updatePlace(ctx: TxCtx, place: PlaceRecord, input: PlaceInput): Promise<PlaceRecord> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(attendancePlaces)
      .set({ name: input.name, shape: input.shape, updatedAt: new Date() })
      .where(eq(attendancePlaces.id, place.id))
      .returning();
    if (!row) throw new AppError('NOT_FOUND');
    await appendAudit(
      { ...ctx, db: tx },
      {
        action: 'attendance.place.saved',
        targetType: 'attendance_place',
        targetId: row.id,
        orgId: row.orgId,
        details: { name: row.name, shape: row.shape.kind, previousName: place.name },
      },
    );
    return row;
  });
}

export async function deletePlace(ctx: TxCtx, place: PlaceRecord): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await tx.update(attendancePlaces).set({ deletedAt: new Date() }).where(eq(attendancePlaces.id, place.id));
    await appendAudit(
      { ...ctx, db: tx },
      {
        action: 'attendance.place.deleted',
        targetType: 'attendance_place',
        targetId: place.id,
        orgId: place.orgId,
        details: { name: place.name },
      },
    );
  });
}

export async function setWindows(ctx: TxCtx, org: OrgRecord, windows: AttendanceWindow[]): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const by = ctx.actor?.accountId ?? null;
    await tx
      .insert(attendanceWindows)
      .values({ orgId: org.id, windows, updatedBy: by })
      .onConflictDoUpdate({ target: attendanceWindows.orgId, set: { windows, updatedBy: by, updatedAt: new Date() } });
    await appendAudit(
      { ...ctx, db: tx },
      {
        action: 'attendance.windows.set',
        targetType: 'org',
        targetId: String(org.id),
        orgId: org.id,
        details: { windows: windows.map((w) => `${w.label} ${w.opensAt}-${w.dueAt}-${w.closesAt}`) },
      },
    );
  });
}
