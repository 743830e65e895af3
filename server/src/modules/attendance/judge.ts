import type { AttendanceWindow, PunchFlag, PunchTiming } from '@hongyun/contracts';
import { distanceM } from './geo.ts';

// How a punch is judged: against the windows of the day (China time, no daylight saving) and the
// workday calendar, and against the person's earlier punches for signs of a faked position. Flags
// send a punch to a supervisor's review; they never change the judgement on their own.

const CHINA_OFFSET_MIN = 8 * 60;
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Minutes since midnight, China time. */
export function chinaMinutes(at: Date): number {
  return (((at.getUTCHours() * 60 + at.getUTCMinutes() + CHINA_OFFSET_MIN) % 1440) + 1440) % 1440;
}

/** 'HH:MM', China time. */
export const chinaClock = (at: Date) => {
  const m = chinaMinutes(at);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

export type Timing = { timing: PunchTiming; window: AttendanceWindow | null };

/** The window a punch at `at` falls in and whether it was on time. */
export function judgeTiming(windows: readonly AttendanceWindow[], at: Date, workday: boolean): Timing {
  const t = chinaMinutes(at);
  const window = windows.find((w) => minutesOf(w.opensAt) <= t && t <= minutesOf(w.closesAt)) ?? null;
  if (!workday) return { timing: 'rest_day', window };
  if (!window) return { timing: 'off_window', window: null };
  const due = minutesOf(window.dueAt);
  if (window.kind === 'in') return { timing: t <= due + window.graceMinutes ? 'on_time' : 'late', window };
  return { timing: t >= due - window.graceMinutes ? 'on_time' : 'early', window };
}

export const SpoofLimits = {
  /** Faster than a car on a mountain road, over more than the fixes' uncertainty. */
  maxSpeedMps: 120 / 3.6,
  minJumpM: 1_000,
  /** Phones report a few metres at best; location-faking apps often report 0 or 1. */
  perfectAccuracyM: 1,
  /** A phone clock this far from the server's when the punch was sent. */
  clockSkewMs: 5 * 60_000,
} as const;

export type Fix = { lat: number; lng: number; accuracyM: number; at: Date };

/**
 * Signs of spoofing: an impossible speed from the punch before, the very same coordinates as a
 * punch on another day (real fixes always scatter by metres), a perfect accuracy, a wrong clock.
 */
export function spoofFlags(
  fix: Fix,
  previous: Fix | null,
  earlierDays: readonly { lat: number; lng: number }[],
  clockSkewMs: number | null,
): PunchFlag[] {
  const flags: PunchFlag[] = [];
  if (previous) {
    const jump = distanceM(fix, previous) - fix.accuracyM - previous.accuracyM;
    const seconds = Math.abs(fix.at.getTime() - previous.at.getTime()) / 1000;
    if (jump > SpoofLimits.minJumpM && jump / Math.max(seconds, 1) > SpoofLimits.maxSpeedMps) {
      flags.push('impossible_speed');
    }
  }
  if (earlierDays.some((p) => p.lat === fix.lat && p.lng === fix.lng)) flags.push('same_coordinates');
  if (fix.accuracyM <= SpoofLimits.perfectAccuracyM) flags.push('perfect_accuracy');
  if (clockSkewMs !== null && Math.abs(clockSkewMs) > SpoofLimits.clockSkewMs) flags.push('clock_skew');
  return flags;
}
