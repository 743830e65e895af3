import { describe, expect, it } from 'vitest';
import { isAnswerCorrect } from './scoring.ts';

describe('isAnswerCorrect', () => {
  it('single choice: exactly the one key, case-insensitive', () => {
    const q = { type: 'single' as const, answer: ['B'] };
    expect(isAnswerCorrect(q, ['B'])).toBe(true);
    expect(isAnswerCorrect(q, ['b'])).toBe(true);
    expect(isAnswerCorrect(q, ['A'])).toBe(false);
    expect(isAnswerCorrect(q, ['A', 'B'])).toBe(false);
    expect(isAnswerCorrect(q, [])).toBe(false);
  });
  it('multiple choice: the whole set, order and repeats ignored', () => {
    const q = { type: 'multiple' as const, answer: ['A', 'C', 'D'] };
    expect(isAnswerCorrect(q, ['D', 'A', 'C'])).toBe(true);
    expect(isAnswerCorrect(q, ['A', 'C', 'D', 'D'])).toBe(true);
    expect(isAnswerCorrect(q, ['A', 'C'])).toBe(false);
    expect(isAnswerCorrect(q, ['A', 'B', 'C', 'D'])).toBe(false);
  });
  it('judge: true or false', () => {
    const q = { type: 'judge' as const, answer: ['false'] };
    expect(isAnswerCorrect(q, ['false'])).toBe(true);
    expect(isAnswerCorrect(q, ['true'])).toBe(false);
  });
  it('fill: every blank against its accepted forms, full-width and spaces forgiven', () => {
    const q = { type: 'fill' as const, answer: ['中国共产党|共产党', '为人民服务'] };
    expect(isAnswerCorrect(q, ['中国共产党', '为人民服务'])).toBe(true);
    expect(isAnswerCorrect(q, [' 共产党 ', '为人民服务。'])).toBe(true);
    expect(isAnswerCorrect(q, ['共产党'])).toBe(false);
    expect(isAnswerCorrect(q, ['国民党', '为人民服务'])).toBe(false);
  });
});
