import { describe, expect, it } from 'vitest';
import { drawQuestions, type PoolEntry, quotas, shuffleOptions } from './draw.ts';

const pool = (n: number, category = '党章', difficulty = 2, prefix = category): PoolEntry[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i}`, category, difficulty }));
const rules = { questionCount: 5, categoryMix: {}, difficultyMix: {} };

describe('drawing a daily paper', () => {
  it('is deterministic per (person, day) and differs across people', () => {
    const p = pool(40);
    const a = drawQuestions(p, new Map(), rules, 'person-1:2026-12-02');
    expect(drawQuestions([...p].reverse(), new Map(), rules, 'person-1:2026-12-02')).toEqual(a);
    expect(a).toHaveLength(5);
    expect(new Set(a).size).toBe(5);
    expect(drawQuestions(p, new Map(), rules, 'person-2:2026-12-02')).not.toEqual(a);
    expect(drawQuestions(p, new Map(), rules, 'person-1:2026-12-03')).not.toEqual(a);
  });

  it('gives every question a roughly equal chance over many people', () => {
    const p = pool(20);
    const hits = new Map<string, number>();
    const people = 4000;
    for (let i = 0; i < people; i++) {
      for (const id of drawQuestions(p, new Map(), rules, `person-${i}:2026-12-02`))
        hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    const expected = (people * 5) / 20; // 1000
    for (const q of p) expect(Math.abs((hits.get(q.id) ?? 0) - expected), q.id).toBeLessThan(expected * 0.15);
  });

  it('respects the category and difficulty quotas', () => {
    const p = [
      ...pool(10, '党章', 1, 'a1'),
      ...pool(10, '党章', 3, 'a3'),
      ...pool(10, '党史', 2, 'b2'),
      ...pool(10, '其他', 2, 'c'),
    ];
    const r = { questionCount: 5, categoryMix: { 党章: 3, 党史: 2 }, difficultyMix: { '1': 2, '3': 1, '2': 2 } };
    for (let i = 0; i < 50; i++) {
      const ids = drawQuestions(p, new Map(), r, `p${i}`);
      const byId = new Map(p.map((q) => [q.id, q]));
      const picked = ids.map((id) => byId.get(id) as PoolEntry);
      expect(picked.filter((q) => q.category === '党章')).toHaveLength(3);
      expect(picked.filter((q) => q.category === '党史')).toHaveLength(2);
      expect(picked.filter((q) => q.difficulty === 1)).toHaveLength(2);
      expect(picked.filter((q) => q.difficulty === 3)).toHaveLength(1);
    }
  });

  it('never repeats a question seen within the window while fresh ones remain, then takes the least recently seen', () => {
    const p = pool(7);
    const seen = new Map([
      ['党章-0', '2026-11-30'],
      ['党章-1', '2026-11-20'],
      ['党章-2', '2026-12-01'],
      ['党章-3', '2026-11-25'],
    ]);
    const ids = drawQuestions(p, seen, rules, 'x');
    expect(ids.sort()).toEqual(['党章-1', '党章-3', '党章-4', '党章-5', '党章-6']);
  });

  it('fills a category short of questions from the rest of the pool', () => {
    const p = [...pool(1, '党史'), ...pool(10, '党章')];
    const ids = drawQuestions(p, new Map(), { ...rules, categoryMix: { 党史: 4, 党章: 1 } }, 's');
    expect(ids).toHaveLength(5);
    expect(ids).toContain('党史-0');
  });

  it('splits quotas by largest remainder', () => {
    expect(Object.fromEntries(quotas(5, { a: 1, b: 1, c: 1 }))).toEqual({ a: 2, b: 2, c: 1 });
    expect(Object.fromEntries(quotas(5, { a: 0, b: 3 }))).toEqual({ b: 5 });
  });

  it('shuffles options per person, deterministically, over every option', () => {
    const keys = ['A', 'B', 'C', 'D'];
    expect(shuffleOptions('p1:d', 'q', keys)).toEqual(shuffleOptions('p1:d', 'q', keys));
    expect([...shuffleOptions('p1:d', 'q', keys)].sort()).toEqual(keys);
    const orders = new Set(Array.from({ length: 30 }, (_, i) => shuffleOptions(`p${i}:d`, 'q', keys).join('')));
    expect(orders.size).toBeGreaterThan(5);
  });
});
