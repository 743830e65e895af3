// The question import template: one sheet with the header row the importer looks for, dropdowns for
// the type and the difficulty, one example row per question type, and an instructions sheet that
// explains every column. Each example's stem starts with EXAMPLE_MARKER (【示例】) and the row is
// greyed: the importer skips such rows (reported as skipped, not as errors), so examples left in the
// file never enter the bank. Without the marker the examples are valid questions
// (import-questions.test.ts), so an office that fills the template in by copying them gets it right.
import ExcelJS from 'exceljs';
import { type QuestionColumnSpec, QuestionColumns } from './columns.ts';
import { EXAMPLE_MARKER } from './read-question-row.ts';

export type TemplateLang = 'zh' | 'en';

const TEMPLATE_ROWS = 2000;

/** Example rows, one per type (values in column order of QuestionColumns). */
export const EXAMPLE_ROWS: readonly (readonly string[])[] = [
  [
    '单选',
    `${EXAMPLE_MARKER}党的最高领导机关是（  ）。`,
    '党的全国代表大会和它所产生的中央委员会',
    '中央政治局',
    '中央书记处',
    '中央纪律检查委员会',
    '',
    '',
    'A',
    '党章第十条：党的最高领导机关，是党的全国代表大会和它所产生的中央委员会。',
    '党章',
    '组织制度、民主集中制',
    '易',
    '党章',
  ],
  [
    '多选',
    `${EXAMPLE_MARKER}党员必须履行的义务包括（  ）。`,
    '认真学习马克思列宁主义',
    '贯彻执行党的基本路线和各项方针、政策',
    '享有表决权、选举权',
    '密切联系群众',
    '',
    '',
    'ABD',
    '表决权、选举权是党员的权利，不是义务。',
    '党章',
    '党员义务',
    '中',
    '党章',
  ],
  [
    '判断',
    `${EXAMPLE_MARKER}预备党员的预备期为一年。`,
    '',
    '',
    '',
    '',
    '',
    '',
    '正确',
    '党章第七条。',
    '党章',
    '',
    '易',
    '党章',
  ],
  [
    '填空',
    `${EXAMPLE_MARKER}中国共产党党员是中国工人阶级的有（  ）觉悟的先锋战士。`,
    '',
    '',
    '',
    '',
    '',
    '',
    '共产主义｜共产主义的',
    '多个空用 ； 隔开，同一空可接受的多种答案用 ｜ 隔开。',
    '党章',
    '',
    '中',
    '党章',
  ],
];

const TEXT = {
  zh: {
    sheet: '题目',
    help: '填写说明',
    helpHeader: ['列名', '是否必填', '填写要求'],
    yes: '必填',
    no: '选填',
    notes: [
      '第 1 行为表头，请勿修改或删除；从第 2 行起每行填写一道题。第 2–5 行（灰色）是四种题型的示例，题干以【示例】开头：这样的行导入时会跳过，不会写入题库。照着示例填写自己的题目时，请去掉题干开头的【示例】。',
      '题型：单选、多选、判断、填空。单选题至少 2 个选项、1 个答案字母；多选题至少 3 个选项、2 个答案字母；判断题和填空题不填选项。',
      '填空题在题干中用（  ）或 ____ 标出每个空，答案按空的顺序填写，用 ； 隔开；同一个空可接受的多种答案用 ｜ 隔开。',
      '同一组织的题库中题干不能重复（忽略空格），本文件中也不能有两行题干相同。',
      '全部通过才导入：只要有一行有问题，就不会写入任何题目。',
    ],
    listError: '请从下拉列表中选择',
    lists: { type: ['单选', '多选', '判断', '填空'], difficulty: ['易', '中', '难'] },
  },
  en: {
    sheet: 'Questions',
    help: 'Instructions',
    helpHeader: ['Column', 'Required', 'What to enter'],
    yes: 'Required',
    no: 'Optional',
    notes: [
      'Row 1 is the header: do not change or delete it. One question per row from row 2. Rows 2–5 (grey) are examples of the four types, their stems starting with 【示例】: such rows are skipped by the import and never enter the bank. When you copy an example for a question of your own, remove the 【示例】 at the start of its stem.',
      'Types: single (2+ options, one answer letter), multiple (3+ options, 2+ letters), true-false and fill-in (no options).',
      'Mark each blank of a fill-in stem with （  ） or ____; give the answers in blank order separated by ; and the accepted forms of one blank by |.',
      "A stem may appear only once in an organisation's bank (spaces ignored) and once in the file.",
      'All or nothing: if any row has a problem, no question is written.',
    ],
    listError: 'Choose a value from the list',
    lists: { type: ['single', 'multiple', 'true-false', 'fill-in'], difficulty: ['easy', 'medium', 'hard'] },
  },
} as const;

export const templateHeader = (c: QuestionColumnSpec, lang: TemplateLang) => (c.isRequired ? `${c[lang]}*` : c[lang]);

type WithValidations = { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } };

const WIDTH: Partial<Record<QuestionColumnSpec['key'], number>> = { stem: 48, answer: 16, explanation: 36, tags: 18 };

function addQuestionSheet(wb: ExcelJS.Workbook, lang: TemplateLang): void {
  const t = TEXT[lang];
  const ws = wb.addWorksheet(t.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = ws.getRow(1);
  QuestionColumns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = WIDTH[c.key] ?? (c.key.startsWith('option') ? 22 : 12);
    // Text, so an answer "1" or an option "1921" stays as typed and WPS does not make dates of them.
    col.numFmt = '@';
    const cell = header.getCell(i + 1);
    cell.value = templateHeader(c, lang);
    cell.note = c.hint[lang];
    cell.font = { bold: true, color: c.isRequired ? { argb: 'FFC00000' } : undefined };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    const list = c.key === 'type' || c.key === 'difficulty' ? t.lists[c.key] : null;
    if (list) {
      (ws as unknown as WithValidations).dataValidations.add(`${col.letter}2:${col.letter}${TEMPLATE_ROWS + 1}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${list.join(',')}"`],
        showErrorMessage: true,
        errorStyle: 'warning', // 单选题 / 1 are accepted too: a warning, not a wall
        error: t.listError,
      });
    }
  });
  header.height = 24;
  for (const example of EXAMPLE_ROWS) {
    const row = ws.addRow([...example]);
    row.alignment = { vertical: 'top', wrapText: true };
    row.font = { italic: true, color: { argb: 'FF808080' } };
  }
}

function addHelpSheet(wb: ExcelJS.Workbook, lang: TemplateLang): void {
  const t = TEXT[lang];
  const ws = wb.addWorksheet(t.help);
  ws.columns = [{ width: 14 }, { width: 10 }, { width: 90 }];
  ws.addRow([...t.helpHeader]).font = { bold: true };
  for (const c of QuestionColumns) {
    ws.addRow([templateHeader(c, lang), c.isRequired ? t.yes : t.no, c.hint[lang]]).getCell(3).alignment = {
      wrapText: true,
    };
  }
  ws.addRow([]);
  for (const note of t.notes) ws.addRow([note]);
}

/** Writes the template (.xlsx) to `stream` in the caller's language; the stream is not ended. */
export async function writeQuestionTemplate(stream: NodeJS.WritableStream, lang: TemplateLang): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Hongyun';
  addQuestionSheet(wb, lang);
  addHelpSheet(wb, lang);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  await new Promise<void>((resolve, reject) => {
    stream.write(buffer, (err) => (err ? reject(err) : resolve()));
  });
}
