import { describe, expect, it } from 'vitest';
import { matchQuestionHeader } from './columns.ts';
import { isExampleStem, parseFillAnswer, parseLetters, parseTags, readQuestionRow } from './read-question-row.ts';

const HEADER = [undefined, '题型', '题干', '选项A', '选项B', '选项C', '答案', '分类', '难度'];
const header = matchQuestionHeader(HEADER);
const read = (cells: unknown[]) => {
  if (!header) throw new Error('no header');
  return readQuestionRow([undefined, ...cells], header);
};

describe('reading a question row', () => {
  it('finds the header by its Chinese names and asks for the required columns only', () => {
    expect(header?.missingRequired).toEqual([]);
    expect(matchQuestionHeader([undefined, '题型', '题干'])?.missingRequired).toEqual(['answer', 'category']);
    expect(matchQuestionHeader([undefined, '题目类型', '题目内容', '正确答案', '类别'])?.missingRequired).toEqual([]);
  });

  it('reads answers as offices write them', () => {
    expect(parseLetters('A,B、Ｄ')).toEqual(['A', 'B', 'D']);
    expect(parseLetters('ab d')).toEqual(['A', 'B', 'D']);
    expect(parseLetters('甲')).toBeNull();
    expect(parseFillAnswer('人民｜人民群众；共产主义；')).toEqual(['人民|人民群众', '共产主义']);
    expect(parseTags('党章、党员，义务 党章')).toEqual(['党章', '党员', '义务']);
  });

  it('keeps the stem as typed (full-width punctuation), and reads a judge answer from a boolean cell', () => {
    const r = read(['判断', '  预备期为一年，对吗？ ', '', '', '', true, '党章', 3]);
    expect(r.isBlank).toBe(false);
    if (r.isBlank || r.isExample) throw new Error('not a question row');
    expect(r.problems).toEqual([]);
    expect(r.question).toMatchObject({
      type: 'judge',
      stem: '预备期为一年，对吗？',
      answer: ['true'],
      difficulty: 3,
      options: [],
    });
  });

  it('names every problem of a row with its column at once', () => {
    const r = read(['多选', '哪些？', '甲', '', '丙', 'AD', '', '极难']);
    if (r.isBlank || r.isExample) throw new Error('not a question row');
    expect(r.question).toBeNull();
    expect(r.problems).toEqual([
      { column: 'category', code: 'value.required' },
      { column: 'optionC', code: 'question_import.options_gap', letters: ['B'] },
      { column: 'difficulty', code: 'question_import.difficulty_unknown' },
      { column: 'answer', code: 'question_import.answer_not_option', letters: ['D'] },
    ]);
  });

  it('applies the form rules once the cells read: too few options, options on a judge question', () => {
    const single = read(['单选', '只有一个选项？', '甲', '', '', 'A', '党章', '']);
    if (single.isBlank || single.isExample) throw new Error('not a question row');
    expect(single.problems).toEqual([{ column: 'optionA', code: 'question.options_too_few' }]);
    const judge = read(['判断', '判断题带了选项。', '甲', '乙', '', '错误', '党章', '']);
    if (judge.isBlank || judge.isExample) throw new Error('not a question row');
    expect(judge.problems.map((p) => p.code)).toEqual(['question.options_none']);
    expect(read(['', ' ', '', '', '', '', '', '']).isBlank).toBe(true);
  });

  it("tells the template's example rows by the marker at the start of the stem, whatever else the row holds", () => {
    for (const stem of [
      '【示例】党的最高领导机关是（  ）。',
      ' [示例] 重新输入',
      '（示例）x',
      '〔示例〕x',
      '示例：x',
      '[Example] x',
    ])
      expect(isExampleStem(stem), stem).toBe(true);
    for (const stem of ['示例性的做法值得推广。', '党的示例', '举例：x', '【例】x'])
      expect(isExampleStem(stem), stem).toBe(false);
    expect(read(['问答', '【示例】题型和答案都不对', '', '', '', '也许', '', ''])).toEqual({
      isBlank: false,
      isExample: true,
      stem: '【示例】题型和答案都不对',
    });
  });
});
