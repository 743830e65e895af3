import type { AttendanceWindow } from '@hongyun/contracts';
import { describe, expect, it } from 'vitest';
import { judgeTiming, spoofFlags } from './judge.ts';

const windows: AttendanceWindow[] = [
  {
    key: 'morning',
    label: '上午签到',
    kind: 'in',
    opensAt: '07:00',
    dueAt: '09:00',
    closesAt: '12:00',
    graceMinutes: 5,
  },
  {
    key: 'evening',
    label: '下午签退',
    kind: 'out',
    opensAt: '16:00',
    dueAt: '17:30',
    closesAt: '22:00',
    graceMinutes: 0,
  },
];
/** A China-time instant on 2026-12-07 (a Monday). */
const at = (hhmm: string) => new Date(`2026-12-07T${hhmm}:00+08:00`);

describe('window judgement', () => {
  it('is on time up to the due time plus grace, late after it, until the window closes', () => {
    expect(judgeTiming(windows, at('07:00'), true)).toMatchObject({ timing: 'on_time', window: { key: 'morning' } });
    expect(judgeTiming(windows, at('09:05'), true).timing).toBe('on_time');
    expect(judgeTiming(windows, at('09:06'), true).timing).toBe('late');
    expect(judgeTiming(windows, at('12:00'), true).timing).toBe('late');
  });

  it('is early before a check-out is due, on time from it', () => {
    expect(judgeTiming(windows, at('17:29'), true)).toMatchObject({ timing: 'early', window: { key: 'evening' } });
    expect(judgeTiming(windows, at('17:30'), true).timing).toBe('on_time');
    expect(judgeTiming(windows, at('21:59'), true).timing).toBe('on_time');
  });

  it('is off window outside every window, and a rest day on a holiday whatever the time', () => {
    expect(judgeTiming(windows, at('06:59'), true)).toEqual({ timing: 'off_window', window: null });
    expect(judgeTiming(windows, at('13:00'), true).timing).toBe('off_window');
    expect(judgeTiming(windows, at('09:30'), false)).toMatchObject({ timing: 'rest_day', window: { key: 'morning' } });
    expect(judgeTiming(windows, at('13:00'), false)).toEqual({ timing: 'rest_day', window: null });
  });

  it('reads China time whatever the instant’s own offset', () => {
    expect(judgeTiming(windows, new Date('2026-12-07T01:10:00Z'), true).timing).toBe('late'); // 09:10 in China
  });
});

describe('spoofing flags', () => {
  const base = { lat: 25.092, lng: 104.895, accuracyM: 15, at: at('08:00') };

  it('flags an impossible speed, not a drive to the next village', () => {
    const far = { lat: 25.2, lng: 104.895, accuracyM: 15, at: at('08:03') }; // 12 km in 3 min
    expect(spoofFlags(far, base, [], null)).toEqual(['impossible_speed']);
    const drive = { ...far, at: at('08:30') }; // 12 km in 30 min: 24 km/h
    expect(spoofFlags(drive, base, [], null)).toEqual([]);
    const jitter = { ...base, lat: 25.0925, at: at('08:01') }; // 55 m within the fixes' accuracy
    expect(spoofFlags(jitter, base, [], null)).toEqual([]);
  });

  it('flags identical coordinates on other days, a perfect accuracy and a wrong clock', () => {
    expect(spoofFlags(base, null, [{ lat: 25.092, lng: 104.895 }], null)).toEqual(['same_coordinates']);
    expect(spoofFlags(base, null, [{ lat: 25.09201, lng: 104.895 }], null)).toEqual([]);
    expect(spoofFlags({ ...base, accuracyM: 0 }, null, [], null)).toEqual(['perfect_accuracy']);
    expect(spoofFlags(base, null, [], 6 * 60_000)).toEqual(['clock_skew']);
    expect(spoofFlags(base, null, [], -60_000)).toEqual([]);
  });
});
