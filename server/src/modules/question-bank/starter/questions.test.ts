import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QuestionTypes } from '../schema.ts';
import { isAnswerCorrect } from '../scoring.ts';

// The starter bank is demo data loaded into the city's question bank; this test keeps every entry
// in the exact shape of the `questions` table and answerable by the scoring the quizzes use.

const Categories = [
  '党章',
  '党内政治生活',
  '纪律处分',
  '廉洁自律',
  '支部工作',
  '党员教育管理',
  '发展党员',
  '问责',
  '党内监督',
];
const Sources = [
  '中国共产党章程',
  '关于新形势下党内政治生活的若干准则',
  '中国共产党纪律处分条例',
  '中国共产党廉洁自律准则',
  '中国共产党支部工作条例（试行）',
  '中国共产党党员教育管理工作条例',
  '中国共产党发展党员工作细则',
  '中国共产党问责条例',
  '中国共产党党内监督条例',
];
const Blank = '（  ）';
const EntryKeys = ['answer', 'category', 'difficulty', 'explanation', 'options', 'source', 'stem', 'tags', 'type'];

type StarterQuestion = {
  type: (typeof QuestionTypes)[number];
  stem: string;
  options: { key: string; text: string }[];
  answer: string[];
  explanation: string;
  category: string;
  tags: string[];
  difficulty: number;
  source: string;
};

const questions: StarterQuestion[] = JSON.parse(readFileSync(new URL('./questions.json', import.meta.url), 'utf8'));

function blanks(stem: string): number {
  return stem.split(Blank).length - 1;
}

/** The answer a member would give: the keys as stored, or for fill the first accepted form of each blank. */
function ownAnswer(q: StarterQuestion): string[] {
  return q.type === 'fill' ? q.answer.map((accepted) => accepted.split('|')[0] ?? '') : q.answer;
}

describe('starter question bank', () => {
  it('has at least 200 questions', () => {
    expect(questions.length).toBeGreaterThanOrEqual(200);
  });

  it.each(questions.map((q, i) => [i, q] as const))('entry %i has the shape of the questions table', (_, q) => {
    expect(Object.keys(q).sort()).toEqual(EntryKeys);
    expect(QuestionTypes).toContain(q.type);
    expect(q.stem.trim().length).toBeGreaterThan(5);
    expect(q.explanation.trim().length).toBeGreaterThan(5);
    expect(Categories).toContain(q.category);
    expect(Sources).toContain(q.source);
    expect([1, 2, 3]).toContain(q.difficulty);
    expect(q.tags.length).toBeGreaterThan(0);
    for (const tag of q.tags) expect(tag.trim()).not.toBe('');
    expect(Array.isArray(q.answer)).toBe(true);

    if (q.type === 'single' || q.type === 'multiple') {
      expect(q.options.length).toBeGreaterThanOrEqual(q.type === 'single' ? 3 : 4);
      // Keys run A, B, C… in order, so they are unique and read naturally.
      expect(q.options.map((o) => o.key)).toEqual(q.options.map((_o, i) => String.fromCharCode(65 + i)));
      for (const o of q.options) expect(o.text.trim()).not.toBe('');
      expect(new Set(q.options.map((o) => o.text)).size).toBe(q.options.length);
      const keys = q.options.map((o) => o.key);
      for (const k of q.answer) expect(keys).toContain(k);
      expect(new Set(q.answer).size).toBe(q.answer.length);
      if (q.type === 'single') expect(q.answer).toHaveLength(1);
      else expect(q.answer.length).toBeGreaterThanOrEqual(2);
    }
    if (q.type === 'judge') {
      expect(q.options).toEqual([]);
      expect([['true'], ['false']]).toContainEqual(q.answer);
    }
    if (q.type === 'fill') {
      expect(q.options).toEqual([]);
      expect(q.answer.length).toBeGreaterThanOrEqual(1);
      expect(blanks(q.stem)).toBe(q.answer.length);
      for (const accepted of q.answer) for (const form of accepted.split('|')) expect(form.trim()).not.toBe('');
    }
    expect(isAnswerCorrect(q, ownAnswer(q))).toBe(true);
  });

  it('a wrong answer is not accepted', () => {
    for (const q of questions) {
      const wrong =
        q.type === 'judge'
          ? [q.answer[0] === 'true' ? 'false' : 'true']
          : q.type === 'fill'
            ? q.answer.map(() => '不知道')
            : q.options.map((o) => o.key).filter((k) => !q.answer.includes(k));
      expect(isAnswerCorrect(q, wrong)).toBe(false);
    }
  });

  it('has no duplicate stems', () => {
    const stems = questions.map((q) => q.stem.replace(/\s+/g, ''));
    const dupes = stems.filter((s, i) => stems.indexOf(s) !== i);
    expect(dupes).toEqual([]);
  });

  it('mixes the types roughly 45% single, 20% multiple, 25% judge, 10% fill', () => {
    const share = (t: string) => questions.filter((q) => q.type === t).length / questions.length;
    expect(share('single')).toBeGreaterThan(0.38);
    expect(share('single')).toBeLessThan(0.52);
    expect(share('multiple')).toBeGreaterThan(0.15);
    expect(share('multiple')).toBeLessThan(0.25);
    expect(share('judge')).toBeGreaterThan(0.2);
    expect(share('judge')).toBeLessThan(0.3);
    expect(share('fill')).toBeGreaterThan(0.07);
    expect(share('fill')).toBeLessThan(0.13);
  });

  it('spreads difficulty and covers every category', () => {
    for (const d of [1, 2, 3]) expect(questions.filter((q) => q.difficulty === d).length).toBeGreaterThan(20);
    for (const c of Categories) expect(questions.filter((q) => q.category === c).length).toBeGreaterThanOrEqual(8);
  });
});
