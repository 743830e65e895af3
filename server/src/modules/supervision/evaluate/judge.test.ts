import { describe, expect, it } from 'vitest';
import { actionFor, currentStreak, stageFor } from './judge.ts';

const W = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-30', '2026-12-01'];
const none = new Set<string>();

describe('currentStreak', () => {
  it('counts the working days after the last done day', () => {
    const v = currentStreak(W, { lastDone: '2026-11-25', excused: none, latest: null });
    expect(v).toMatchObject({
      periodKey: '2026-11-26',
      missedDays: ['2026-11-26', '2026-11-27', '2026-11-30', '2026-12-01'],
      continues: false,
    });
  });

  it('is none when the metric was met on the evaluation day', () => {
    expect(currentStreak(W, { lastDone: '2026-12-01', excused: none, latest: null })).toBeNull();
  });

  it('leaves excused days out of the count but keeps the streak', () => {
    const v = currentStreak(W, {
      lastDone: '2026-11-24',
      excused: new Set(['2026-11-26', '2026-11-27']),
      latest: null,
    });
    expect(v?.missedDays).toEqual(['2026-11-25', '2026-11-30', '2026-12-01']);
    expect(v?.excusedDays).toEqual(['2026-11-26', '2026-11-27']);
    expect(v?.workingDays).toBe(5);
  });

  it('continues an alert while nothing was done since its first day, even past the look-back', () => {
    const latest = { periodKey: '2026-11-10', stage: 'reported' as const, status: 'seen', outcome: null };
    const v = currentStreak(W, { lastDone: null, excused: none, latest });
    expect(v).toMatchObject({ periodKey: '2026-11-10', continues: true });
    expect(v?.missedDays).toHaveLength(7);
  });

  it('starts a new streak after the metric was met again', () => {
    const latest = { periodKey: '2026-11-10', stage: 'reported' as const, status: 'closed', outcome: 'talk' };
    const v = currentStreak(W, { lastDone: '2026-11-24', excused: none, latest });
    expect(v).toMatchObject({ periodKey: '2026-11-25', continues: false });
  });

  it('after a false alarm, only the days missed after its excused days count, as a new streak', () => {
    const latest = { periodKey: '2026-11-23', stage: 'reported' as const, status: 'closed', outcome: 'false_alarm' };
    const excused = new Set(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']);
    const v = currentStreak(W, { lastDone: null, excused, latest });
    expect(v).toMatchObject({ periodKey: '2026-11-30', missedDays: ['2026-11-30', '2026-12-01'], continues: false });
  });
});

describe('stageFor and actionFor', () => {
  it('reminds after remindAfter and reports after days', () => {
    expect(stageFor(2, 5, 3)).toBeNull();
    expect(stageFor(3, 5, 3)).toBe('reminded');
    expect(stageFor(5, 5, 3)).toBe('reported');
    expect(stageFor(4, 5, null)).toBeNull();
  });

  it('escalates a reminded alert, grows an open one, never re-raises a closed one', () => {
    const v = { periodKey: 'k', missedDays: [], excusedDays: [], workingDays: 5, continues: true };
    const latest = (stage: 'reminded' | 'reported', status: string) => ({
      periodKey: 'k',
      stage,
      status,
      outcome: null,
    });
    expect(actionFor('reported', v, latest('reminded', 'open'))).toEqual({ kind: 'escalate' });
    expect(actionFor('reported', v, latest('reported', 'seen'))).toEqual({ kind: 'grow' });
    expect(actionFor('reported', v, latest('reminded', 'closed'))).toEqual({ kind: 'none' });
    expect(actionFor('reminded', { ...v, continues: false }, null)).toEqual({ kind: 'raise', stage: 'reminded' });
  });
});
