// The columns of the question import template (题库导入模板) and header matching. Offices keep
// question sets in their own sheets (exam papers typed into Excel, 知识竞赛 banks passed between
// townships), so the usual names for each column are accepted and the columns may come in any order.
import { createHeaderMatcher, type HeaderMatch as GenericHeaderMatch } from '../../../platform/spreadsheet/header.ts';

export const OptionColumnKeys = ['optionA', 'optionB', 'optionC', 'optionD', 'optionE', 'optionF'] as const;
export type OptionColumnKey = (typeof OptionColumnKeys)[number];

export type QuestionColumnKey =
  | 'type'
  | 'stem'
  | OptionColumnKey
  | 'answer'
  | 'explanation'
  | 'category'
  | 'tags'
  | 'difficulty'
  | 'source';

export type QuestionColumnSpec = {
  key: QuestionColumnKey;
  zh: string;
  en: string;
  aliases: readonly string[];
  isRequired: boolean;
  hint: { zh: string; en: string };
};

const optionColumn = (key: OptionColumnKey): QuestionColumnSpec => {
  const letter = key.slice(-1);
  return {
    key,
    zh: `选项${letter}`,
    en: `Option ${letter}`,
    aliases: [letter, `${letter}选项`, `选项 ${letter}`],
    isRequired: false,
    hint:
      letter === 'A'
        ? {
            zh: '选择题的选项，从选项A起依次填写；判断题和填空题留空',
            en: 'From option A on; blank for true-false and fill-in',
          }
        : {
            zh: '可空；单选题至少 2 个选项，多选题至少 3 个',
            en: 'May be blank; 2+ options for single, 3+ for multiple',
          },
  };
};

export const QuestionColumns: readonly QuestionColumnSpec[] = [
  {
    key: 'type',
    zh: '题型',
    en: 'Type',
    aliases: ['题目类型', '试题类型', '类型', 'Question type'],
    isRequired: true,
    hint: {
      zh: '单选 / 多选 / 判断 / 填空',
      en: 'single / multiple / true-false / fill-in (单选 / 多选 / 判断 / 填空)',
    },
  },
  {
    key: 'stem',
    zh: '题干',
    en: 'Stem',
    aliases: ['题目', '题目内容', '试题', '试题内容', '问题', 'Question'],
    isRequired: true,
    hint: {
      zh: '最多 1000 字；填空题用（  ）或 ____ 标出每个空',
      en: 'Up to 1000 characters; mark each blank of a fill-in with （  ） or ____',
    },
  },
  ...OptionColumnKeys.map(optionColumn),
  {
    key: 'answer',
    zh: '答案',
    en: 'Answer',
    aliases: ['正确答案', '参考答案', '标准答案', 'Key', 'Correct answer'],
    isRequired: true,
    hint: {
      zh: '单选填一个字母（如 A），多选填多个字母（如 ABD），判断填 正确 或 错误；填空题多个空用 ； 隔开，同一空的多种答案用 ｜ 隔开',
      en: 'Single: one letter (A); multiple: letters (ABD); true-false: 正确 or 错误; fill-in: blanks separated by ; and accepted forms of one blank by |',
    },
  },
  {
    key: 'explanation',
    zh: '解析',
    en: 'Explanation',
    aliases: ['答案解析', '试题解析', '题目解析', '说明'],
    isRequired: false,
    hint: { zh: '答题后显示，最多 2000 字，可空', en: 'Shown after answering; up to 2000 characters; may be blank' },
  },
  {
    key: 'category',
    zh: '分类',
    en: 'Category',
    aliases: ['题目分类', '类别', '题库分类', '知识点', 'Category'],
    isRequired: true,
    hint: {
      zh: '如 党章、党史、廉政；题库中还没有的分类会新建（校验结果会列出）',
      en: 'E.g. 党章, 党史; a category the bank does not have yet is created (the check lists it)',
    },
  },
  {
    key: 'tags',
    zh: '标签',
    en: 'Tags',
    aliases: ['关键词', 'Tag'],
    isRequired: false,
    hint: {
      zh: '多个标签用 、 或 ， 隔开，最多 10 个，每个不超过 20 字',
      en: 'Separated by 、 or ,; up to 10 of 20 characters',
    },
  },
  {
    key: 'difficulty',
    zh: '难度',
    en: 'Difficulty',
    aliases: ['难易程度', '难度等级', 'Level'],
    isRequired: false,
    hint: {
      zh: '易 / 中 / 难（或 1 / 2 / 3），空白视为中',
      en: 'Easy / medium / hard (or 1 / 2 / 3); blank is medium',
    },
  },
  {
    key: 'source',
    zh: '出处',
    en: 'Source',
    aliases: ['来源', '依据', '出题依据', '题目来源'],
    isRequired: false,
    hint: { zh: '如 党章、准则、条例，最多 100 字', en: 'E.g. 党章, 准则, 条例; up to 100 characters' },
  },
];

export const QuestionColumnByKey: ReadonlyMap<QuestionColumnKey, QuestionColumnSpec> = new Map(
  QuestionColumns.map((c) => [c.key, c]),
);

// The shared matcher asks for a pair of which one must be present (people: org number or name);
// here the stem plays that part alone, so it is left out of the plain required list to be reported once.
const matcher = createHeaderMatcher(
  QuestionColumns.map((c) => (c.key === 'stem' ? { ...c, isRequired: false } : c)),
  { keys: ['stem'], reportAs: 'stem' },
);

export type QuestionHeaderMatch = GenericHeaderMatch<QuestionColumnKey>;
/** Reads one row as the header; null when it does not look like one. `values` as exceljs row.values. */
export const matchQuestionHeader = matcher.match;
