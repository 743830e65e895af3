// Attendance (打考勤 · 定位签到) for village-stationed cadres: places an org keeps (a point and radius,
// or a polygon), the day's windows (e.g. a morning check-in and an evening check-out), punches judged
// against both, and a monthly sheet per cadre (the allowance basis). Shared by server and web.
import { z } from 'zod';
import { CalendarDay } from './calendar.ts';
import { OrgId } from './common.ts';

export const AttendanceLimits = {
  nameMax: 50,
  remarkMax: 200,
  radiusMinM: 20,
  radiusMaxM: 5_000,
  polygonMin: 3,
  polygonMax: 50,
  windowsMax: 6,
  graceMaxMinutes: 120,
  /** A phone reporting accuracy worse than this is told to try again in the open. */
  accuracyMaxM: 2_000,
} as const;

export const Latitude = z.number().min(-90).max(90);
export const Longitude = z.number().min(-180).max(180);

/** [lat, lng] */
const Point = z.tuple([Latitude, Longitude]);

export const PlaceShape = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('circle'),
    lat: Latitude,
    lng: Longitude,
    radiusM: z.number().int().min(AttendanceLimits.radiusMinM).max(AttendanceLimits.radiusMaxM),
  }),
  z.object({
    kind: z.literal('polygon'),
    points: z.array(Point).min(AttendanceLimits.polygonMin).max(AttendanceLimits.polygonMax),
  }),
]);
export type PlaceShape = z.infer<typeof PlaceShape>;

export const PlaceInput = z.object({
  orgId: OrgId,
  name: z.string().trim().min(1).max(AttendanceLimits.nameMax),
  shape: PlaceShape,
});
export type PlaceInput = z.infer<typeof PlaceInput>;
export const PlaceUpdate = PlaceInput.omit({ orgId: true });

export const Place = z
  .object({
    id: z.uuid(),
    orgId: z.number(),
    orgName: z.string(),
    name: z.string(),
    shape: PlaceShape,
  })
  .meta({ id: 'AttendancePlace' });

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

export const WindowKinds = ['in', 'out'] as const;
export type WindowKind = (typeof WindowKinds)[number];

/**
 * A window of the day. `in` (签到): a punch from `opensAt` to `dueAt` + grace is on time, later up
 * to `closesAt` is late. `out` (签退): from `dueAt` to `closesAt` on time, from `opensAt` before
 * `dueAt` early. China time.
 */
export const AttendanceWindow = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]{0,19}$/),
    label: z.string().trim().min(1).max(20),
    kind: z.enum(WindowKinds),
    opensAt: ClockTime,
    dueAt: ClockTime,
    closesAt: ClockTime,
    graceMinutes: z.number().int().min(0).max(AttendanceLimits.graceMaxMinutes),
  })
  .refine((w) => w.opensAt <= w.dueAt && w.dueAt <= w.closesAt, {
    message: 'opensAt ≤ dueAt ≤ closesAt',
    path: ['dueAt'],
  });
export type AttendanceWindow = z.infer<typeof AttendanceWindow>;

export const WindowsInput = z.object({
  windows: z
    .array(AttendanceWindow)
    .min(1)
    .max(AttendanceLimits.windowsMax)
    .refine((ws) => new Set(ws.map((w) => w.key)).size === ws.length, { message: 'keys must differ' }),
});

export const PunchMethods = ['gps', 'network', 'manual'] as const;
export const PunchSources = ['h5', 'app', 'import'] as const;

export const PunchInput = z.object({
  lat: Latitude,
  lng: Longitude,
  /** Metres, as the phone's Geolocation API reports it. */
  accuracyM: z.number().min(0).max(AttendanceLimits.accuracyMaxM),
  method: z.enum(PunchMethods).default('gps'),
  source: z.enum(PunchSources).default('h5'),
  /** When the cadre pressed the button, by the phone's clock (a punch queued offline arrives later). */
  punchedAt: z.iso.datetime({ offset: true }),
  remark: z.string().trim().max(AttendanceLimits.remarkMax).optional(),
});
export type PunchInput = z.infer<typeof PunchInput>;

export const PunchTimings = ['on_time', 'late', 'early', 'off_window', 'rest_day'] as const;
export type PunchTiming = (typeof PunchTimings)[number];
export const PunchFlags = ['impossible_speed', 'same_coordinates', 'perfect_accuracy', 'clock_skew'] as const;
export type PunchFlag = (typeof PunchFlags)[number];
export const PunchApprovals = ['none', 'pending', 'approved', 'rejected'] as const;
export const PunchReviews = ['none', 'pending', 'cleared', 'confirmed'] as const;

export const Punch = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    personName: z.string(),
    orgId: z.number(),
    orgName: z.string(),
    /** China date of the punch. */
    day: z.string(),
    punchedAt: z.string(),
    receivedAt: z.string(),
    windowKey: z.string().nullable(),
    windowLabel: z.string().nullable(),
    timing: z.enum(PunchTimings),
    inside: z.boolean(),
    placeName: z.string().nullable(),
    /** Metres to the nearest place's edge (0 inside). */
    distanceM: z.number().nullable(),
    accuracyM: z.number(),
    method: z.enum(PunchMethods),
    source: z.enum(PunchSources),
    remark: z.string().nullable(),
    /** An outside punch waits for a supervisor's approval. */
    approval: z.enum(PunchApprovals),
    flags: z.array(z.enum(PunchFlags)),
    review: z.enum(PunchReviews),
    /** Only for supervisors with the right to see positions (each view audited); otherwise null. */
    position: z.object({ lat: z.number(), lng: z.number(), coarsened: z.boolean() }).nullable(),
  })
  .meta({ id: 'AttendancePunch' });
export type Punch = z.infer<typeof Punch>;

/** 201 for a new punch; 200 with the earlier punch for a second press within a minute (`repeated`). */
export const PunchResponse = z.object({ data: Punch, repeated: z.boolean().optional() });

/** What the phone's check-in screen needs: the places and windows of my org, and today's punches. */
export const AttendanceToday = z.object({
  day: z.string(),
  workday: z.boolean(),
  orgId: z.number().nullable(),
  orgName: z.string().nullable(),
  places: z.array(Place),
  windows: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      kind: z.enum(WindowKinds),
      opensAt: z.string(),
      dueAt: z.string(),
      closesAt: z.string(),
      graceMinutes: z.number(),
    }),
  ),
  punches: z.array(Punch),
  /** Why the position is asked for (PIPL art. 17/28), and how long it is kept. */
  privacy: z.object({ retentionDays: z.number() }),
});
export const AttendanceTodayResponse = z.object({ data: AttendanceToday });

/** A day of the monthly sheet: every window punched on time, late, early, one missing (缺卡), none (缺勤), an outside punch awaiting approval, a rest day, not yet come. */
export const SheetDayStatuses = ['present', 'late', 'early', 'missing', 'absent', 'outside', 'rest', 'future'] as const;
export type SheetDayStatus = (typeof SheetDayStatuses)[number];

export const SheetDayStatusLabels: Record<SheetDayStatus, { zh: string; en: string }> = {
  present: { zh: '正常', en: 'Present' },
  late: { zh: '迟到', en: 'Late' },
  early: { zh: '早退', en: 'Left early' },
  missing: { zh: '缺卡', en: 'Punch missing' },
  absent: { zh: '缺勤', en: 'Absent' },
  outside: { zh: '范围外待审批', en: 'Outside, awaiting approval' },
  rest: { zh: '休息日', en: 'Rest day' },
  future: { zh: '', en: '' },
};

export const Month = z.string().regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, 'YYYY-MM');

export const SheetQuery = z.object({
  orgId: z.coerce.number().int().positive().max(2_147_483_647),
  month: Month,
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const SheetRow = z
  .object({
    personId: z.uuid(),
    personName: z.string(),
    orgName: z.string(),
    /** Working days of the month up to today. */
    workdays: z.number(),
    /** Days that count for the allowance: present, late or early. */
    attended: z.number(),
    present: z.number(),
    late: z.number(),
    early: z.number(),
    missing: z.number(),
    absent: z.number(),
    outside: z.number(),
    /** Punches flagged for review and not yet decided. */
    flagged: z.number(),
    /** Each day of the month, in order. */
    days: z.array(z.object({ day: z.string(), status: z.enum(SheetDayStatuses) })),
  })
  .meta({ id: 'AttendanceSheetRow' });
export type SheetRow = z.infer<typeof SheetRow>;

export const SheetResponse = z.object({
  data: z.array(SheetRow),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
  month: z.string(),
});

export const SheetExportRequest = z.object({ orgId: OrgId, month: Month });

export const PunchListQuery = z.object({
  orgId: z.coerce.number().int().positive().max(2_147_483_647),
  from: CalendarDay.optional(),
  to: CalendarDay.optional(),
  pending: z.enum(['approval', 'review']).optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const PunchListResponse = z.object({
  data: z.array(Punch),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
});

export const PunchDecisionInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('approval'),
    decision: z.enum(['approved', 'rejected']),
    note: z.string().trim().max(200).optional(),
  }),
  z.object({
    kind: z.literal('review'),
    decision: z.enum(['cleared', 'confirmed']),
    note: z.string().trim().max(200).optional(),
  }),
]);

export const PlaceListQuery = z.object({ orgId: z.coerce.number().int().positive().max(2_147_483_647) });
export const PlaceListResponse = z.object({ data: z.array(Place) });
export const PlaceResponse = z.object({ data: Place });

export const WindowsResponse = z.object({
  data: z.object({
    windows: z.array(AttendanceWindow),
    /** The organisation whose windows apply (this one, one above it), or null for the platform's default. */
    fromOrgId: z.number().nullable(),
    fromOrgName: z.string().nullable(),
  }),
});
