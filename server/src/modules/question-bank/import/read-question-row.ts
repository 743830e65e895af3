// One row of a question sheet → a question the bank can hold, or the row's problems by column. Each
// cell is read on its own (so every problem of a row is reported in one round), then the question's
// shape is checked by the same rules as the form (questionShapeProblems). Nothing is guessed: an
// answer that could mean two things is reported, not repaired.
import { type CreateQuestionInput, OptionKeys, QuestionLimits, questionShapeProblems } from '@hongyun/contracts';
import { cellText, enumKey, enumTable, isBlankCell, toScalar } from '../../../platform/spreadsheet/cells.ts';
import type { QuestionType } from '../schema.ts';
import { OptionColumnKeys, type QuestionColumnKey, type QuestionHeaderMatch } from './columns.ts';

export type ImportedQuestion = Omit<CreateQuestionInput, 'orgId'> & {
  explanation: string | null;
  source: string | null;
};
/** `letters`: the option letters the problem is about (an answer letter without its option, a gap). */
export type RowProblem = { column: QuestionColumnKey; code: string; letters?: string[] };
export type ReadQuestion =
  | { isBlank: true }
  | { isBlank: false; isExample: true; stem: string }
  | {
      isBlank: false;
      isExample?: false;
      question: ImportedQuestion | null;
      stem: string | null;
      problems: RowProblem[];
    };

/** What the template writes at the start of each example row's stem. */
export const EXAMPLE_MARKER = '【示例】';
// The marker as offices retype it: 【示例】 [示例] （示例） 〔示例〕, 示例： or 示例:, and the English
// "[Example]" / "Example:"; full-width forms are folded first. A stem merely starting with the word
// 示例 ("示例性…") is a question, not an example.
const EXAMPLE_STEM = /^\s*(?:[[【〔(〖]\s*(?:示例|样例|example)\s*[\]】〕)〗]|(?:示例|样例|example)\s*:)/i;

/** Whether a stem marks its row as one of the template's examples (skipped by the import). */
export const isExampleStem = (stem: string): boolean => EXAMPLE_STEM.test(stem.normalize('NFKC'));

const TYPES = enumTable<QuestionType>({
  single: ['单选', '单选题', '单项选择', '单项选择题', '单项', 'single choice'],
  multiple: ['多选', '多选题', '多项选择', '多项选择题', '多项', '不定项', '不定项选择题', 'multiple choice'],
  judge: ['判断', '判断题', '是非题', '对错题', 'true-false', 'true/false', 'truefalse'],
  fill: ['填空', '填空题', 'fill-in', 'fillin', 'fill in the blank'],
});
const DIFFICULTIES = enumTable<'1' | '2' | '3'>({
  1: ['易', '容易', '简单', '低', 'easy'],
  2: ['中', '中等', '一般', '适中', 'medium'],
  3: ['难', '困难', '较难', '高', 'hard'],
});
const JUDGE = enumTable<'true' | 'false'>({
  true: ['正确', '对', '是', '√', '✓', '✔', 't', 'y', 'yes', '1'],
  false: ['错误', '错', '否', '×', '✗', '✘', 'x', 'f', 'n', 'no', '0'],
});

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * Question text as written: trimmed and without zero-width characters, but not NFKC-folded like a
 * register's cells, since a stem keeps its full-width Chinese punctuation (，？（  ）) as typed.
 */
function readQuestionText(v: unknown, max: number): { ok: true; value: string | null } | { ok: false; code: string } {
  const s = toScalar(v);
  if (s.kind === 'error') return { ok: false, code: 'cell.error' };
  const raw = s.kind === 'text' ? s.text.replace(ZERO_WIDTH, '').replace(/\r\n?/g, '\n').trim() : cellText(v);
  if (!raw) return { ok: true, value: null };
  if (raw.includes('\ufffd')) return { ok: false, code: 'text.garbled' };
  if (raw.includes('\u0000')) return { ok: false, code: 'text.nul' };
  return [...raw].length > max ? { ok: false, code: 'value.too_long' } : { ok: true, value: raw };
}

/** 单选 → single …; a closed list read like the register's lists. */
function readKey<T extends string>(v: unknown, table: ReadonlyMap<string, T>): T | null | 'error' {
  if (toScalar(v).kind === 'error') return 'error';
  const text = cellText(v);
  if (text === null) return null;
  return table.get(enumKey(text)) ?? 'error';
}

/** "ABD", "A,B,D", "A、B", "ａｂ": option letters, in order, or null when anything else is there. */
export function parseLetters(text: string): string[] | null {
  const compact = text
    .normalize('NFKC')
    .replace(/[\s,，、;；/]+/g, '')
    .toUpperCase();
  if (!/^[A-Z]+$/.test(compact)) return null;
  return [...compact];
}

/**
 * A fill-in answer: blanks separated by ； or ;, the accepted forms of one blank by ｜ or |, stored as
 * the bank keeps them (one entry per blank, forms joined by '|').
 */
export function parseFillAnswer(text: string): string[] {
  return text
    .split(/[;；]/)
    .map((blank) =>
      blank
        .split(/[|｜]/)
        .map((form) => form.trim())
        .join('|'),
    )
    .filter((blank, i, all) => blank !== '' || i < all.length - 1); // a trailing ； is not a blank
}

/** Tags separated by 、 ， , ； ; or spaces; repeated tags once. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[、,，;；\s|｜]+/).filter(Boolean))];
}

export function readQuestionRow(values: readonly unknown[], header: QuestionHeaderMatch): ReadQuestion {
  const cells = new Map<QuestionColumnKey, unknown>();
  for (const [i, key] of header.columns) cells.set(key, values[i]);
  if ([...cells.values()].every(isBlankCell)) return { isBlank: true };

  const problems: RowProblem[] = [];
  const note = (column: QuestionColumnKey, code: string, letters?: string[]) =>
    problems.push(letters ? { column, code, letters } : { column, code });
  const text = (column: QuestionColumnKey, max: number, isRequired = false): string | null => {
    const r = readQuestionText(cells.get(column), max);
    if (!r.ok) {
      note(column, r.code);
      return null;
    }
    if (r.value === null && isRequired) note(column, 'value.required');
    return r.value;
  };

  const typeCell = cells.get('type');
  const type = readKey(typeCell, TYPES);
  if (type === null) note('type', 'value.required');
  else if (type === 'error') note('type', 'question_import.type_unknown');
  const stem = text('stem', QuestionLimits.stemMax, true);
  // A template example left in the file: skipped whatever else the row holds, never checked or written.
  if (stem !== null && isExampleStem(stem)) return { isBlank: false, isExample: true, stem };
  const answerText = text('answer', QuestionLimits.fillAnswerMax * QuestionLimits.blanksMax, true);
  const explanation = text('explanation', QuestionLimits.explanationMax);
  const category = text('category', QuestionLimits.categoryMax, true);
  const source = text('source', QuestionLimits.sourceMax);
  const tagsText = text('tags', 1000);

  // Options: A, B, C… in order; a filled option after an empty one is a slip (a lost option).
  const options: { key: (typeof OptionKeys)[number]; text: string }[] = [];
  let gapAt: string | null = null;
  OptionColumnKeys.forEach((col, i) => {
    const value = text(col, QuestionLimits.optionMax);
    const key = OptionKeys[i] as (typeof OptionKeys)[number];
    if (value === null) {
      gapAt ??= key;
      return;
    }
    if (gapAt) note(col, 'question_import.options_gap', [gapAt]);
    options.push({ key, text: value });
  });

  let difficulty: 1 | 2 | 3 = 2;
  const d = readKey(cells.get('difficulty'), DIFFICULTIES);
  if (d === 'error') note('difficulty', 'question_import.difficulty_unknown');
  else if (d !== null) difficulty = Number(d) as 1 | 2 | 3;

  const tags = tagsText ? parseTags(tagsText) : [];
  if (tags.length > QuestionLimits.tagsMax) note('tags', 'question_import.too_many_tags');
  else if (tags.some((tag) => [...tag].length > QuestionLimits.tagMax)) note('tags', 'value.too_long');

  // The answer in the bank's shape, by type.
  let answer: string[] | null = null;
  if (answerText !== null && type !== null && type !== 'error') {
    if (type === 'single' || type === 'multiple') {
      const letters = parseLetters(answerText);
      if (!letters) note('answer', 'question_import.answer_letters');
      else {
        const missing = letters.filter((l) => !options.some((o) => o.key === l));
        if (missing.length) note('answer', 'question_import.answer_not_option', [...new Set(missing)]);
        answer = letters;
      }
    } else if (type === 'judge') {
      const j = readKey(cells.get('answer'), JUDGE);
      if (j === null || j === 'error') note('answer', 'question_import.judge_answer');
      else answer = [j];
    } else {
      answer = parseFillAnswer(answerText);
      if (answer.some((a) => [...a].length > QuestionLimits.fillAnswerMax)) note('answer', 'value.too_long');
      if (answer.length > QuestionLimits.blanksMax) note('answer', 'question.answer_per_blank');
    }
  }

  // The form's shape rules, once every cell could be read (problems already named are not repeated).
  if (stem !== null && answer !== null && type !== null && type !== 'error' && problems.length === 0) {
    for (const p of questionShapeProblems({ type, stem, options, answer })) {
      note(p.field === 'options' ? 'optionA' : p.field, p.message);
    }
  }

  if (problems.length > 0 || !stem || !category || !answer || !type || type === 'error') {
    return { isBlank: false, stem, problems, question: null };
  }
  const isChoice = type === 'single' || type === 'multiple';
  const question = {
    type,
    stem,
    options: isChoice ? options : [],
    answer,
    explanation,
    category,
    tags,
    difficulty,
    source,
  };
  return { isBlank: false, stem, problems, question };
}
