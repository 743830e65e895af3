import { describe, expect, it } from 'vitest';
import { calendarWeeks, lastDoneOnCalendar } from './days.ts';

// A streak of 6 working days, Mon 2026-11-23 … Mon 2026-11-30 (the weekend between is rest); the
// person last answered on Fri 2026-11-20; Wed 11-25 was excused by an earlier false alarm.
const streak = {
  from: '2026-11-23',
  to: '2026-11-30',
  missedDays: ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-30'],
  doneDays: [],
  excusedDays: ['2026-11-25'],
  lastDoneDay: '2026-11-20',
};

describe('the evidence calendar', () => {
  it('draws whole weeks Monday to Sunday from the last done day to the end', () => {
    const weeks = calendarWeeks(streak);
    expect(weeks.map((w) => w[0]?.day)).toEqual(['2026-11-16', '2026-11-23', '2026-11-30']);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    const kinds = Object.fromEntries(weeks.flat().map((c) => [c.day, c.kind]));
    expect(kinds['2026-11-19']).toBe('outside');
    expect(kinds['2026-11-20']).toBe('lastDone');
    expect(kinds['2026-11-22']).toBe('outside');
    expect(kinds['2026-11-23']).toBe('missed');
    expect(kinds['2026-11-25']).toBe('excused');
    expect(kinds['2026-11-28']).toBe('rest');
    expect(kinds['2026-11-30']).toBe('missed');
    expect(kinds['2026-12-01']).toBe('outside');
  });

  it('names a last done day long before the streak in words instead of drawing weeks of nothing', () => {
    const old = { ...streak, lastDoneDay: '2026-10-01' };
    expect(lastDoneOnCalendar(old)).toBe(false);
    expect(calendarWeeks(old)[0]?.[0]?.day).toBe('2026-11-23');
  });

  it('marks done days of a period', () => {
    const month = {
      from: '2026-11-02',
      to: '2026-11-06',
      missedDays: ['2026-11-02', '2026-11-03'],
      doneDays: ['2026-11-04', '2026-11-05', '2026-11-06'],
      excusedDays: [],
      lastDoneDay: null,
    };
    const kinds = calendarWeeks(month)
      .flat()
      .map((c) => c.kind);
    expect(kinds).toEqual(['missed', 'missed', 'done', 'done', 'done', 'outside', 'outside']);
  });
});
