import { describe, expect, it } from 'vitest';
import { timelineSteps } from './AlertTimeline.tsx';
import type { Alert } from './api.ts';

// The words are the keys themselves, so the test reads which steps there are and in what order.
const t = (key: string, vars?: Record<string, unknown>) => (vars ? `${key}${JSON.stringify(vars)}` : key);

const base = {
  stage: 'reminded',
  raisedAt: '2026-11-26T10:30:00Z',
  reportedAt: null,
  seenAt: null,
  explainedAt: null,
  explanation: null,
  closedAt: null,
  outcome: null,
  outcomeNote: null,
  closedByName: null,
} as unknown as Alert;

describe('the alert timeline', () => {
  it('a reminder first, then the report, then seen and explained; the explanation awaited while open', () => {
    expect(timelineSteps(base, t).map((s) => s.key)).toEqual(['raised', 'explained']);
    expect(timelineSteps(base, t).at(-1)?.pending).toBe(true);
    const later = {
      ...base,
      stage: 'reported',
      reportedAt: '2026-11-30T10:30:00Z',
      seenAt: '2026-12-01T01:00:00Z',
      explainedAt: '2026-11-30T12:00:00Z',
      explanation: '出差',
    } as Alert;
    const steps = timelineSteps(later, t);
    expect(steps.map((s) => s.key)).toEqual(['raised', 'reported', 'explained', 'seen']);
    expect(steps[0]?.text).toBe('timeline.raised · timeline.reminded');
  });

  it('an alert reported at once says so on its first step, and a closed one ends with the outcome', () => {
    const closed = {
      ...base,
      stage: 'reported',
      reportedAt: base.raisedAt,
      closedAt: '2026-12-02T03:00:00Z',
      outcome: 'talk',
      outcomeNote: '已约谈',
      closedByName: '刘书记',
    } as Alert;
    const steps = timelineSteps(closed, t);
    expect(steps.map((s) => s.key)).toEqual(['raised', 'closed']);
    expect(steps[0]?.text).toBe('timeline.raised · timeline.reported');
    expect(steps[1]?.note).toBe('已约谈');
    expect(steps[1]?.text).toContain('刘书记');
  });
});
