import { describe, expect, it } from 'vitest';
import { everyWeek } from './weeks.ts';

describe('the weeks of the statistics chart', () => {
  it('lists every week of the period, Monday first, with zeros where nothing was raised', () => {
    const weeks = everyWeek('2026-11-11', '2026-12-04', [{ week: '2026-11-30', reminded: 1, reported: 11 }]);
    expect(weeks).toEqual([
      { week: '2026-11-09', reminded: 0, reported: 0 },
      { week: '2026-11-16', reminded: 0, reported: 0 },
      { week: '2026-11-23', reminded: 0, reported: 0 },
      { week: '2026-11-30', reminded: 1, reported: 11 },
    ]);
  });
});
