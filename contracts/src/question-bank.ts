import { z } from 'zod';
import { Limits, OrgId, Paged, PageQuery } from './common.ts';

// The question bank's request and answer shapes (题库). A question's `answer` holds the right option
// keys for single/multiple choice, ['true'] or ['false'] for judge, and for fill one entry per blank,
// each the accepted forms joined by '|'.

export const QuestionTypeValues = ['single', 'multiple', 'judge', 'fill'] as const;
export const QuestionTypeLabels = {
  single: { zh: '单选题', en: 'Single choice' },
  multiple: { zh: '多选题', en: 'Multiple choice' },
  judge: { zh: '判断题', en: 'True or false' },
  fill: { zh: '填空题', en: 'Fill in the blank' },
} as const;
export const DifficultyLabels = {
  1: { zh: '易', en: 'Easy' },
  2: { zh: '中', en: 'Medium' },
  3: { zh: '难', en: 'Hard' },
} as const;

export const QuestionLimits = {
  stemMax: 1000,
  optionMax: 300,
  optionsMax: 6,
  explanationMax: 2000,
  categoryMax: 30,
  tagMax: 20,
  tagsMax: 10,
  sourceMax: 100,
  blanksMax: 10,
  fillAnswerMax: 200,
} as const;

export const OptionKeys = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/** Blanks in a fill stem: full- or half-width brackets holding only spaces, or three or more underscores. */
export const BLANK_PATTERN = /[（(][\s\u3000]*[）)]|_{3,}/g;
export const countBlanks = (stem: string): number => stem.match(BLANK_PATTERN)?.length ?? 0;

const QuestionOptionSchema = z.object({
  key: z.enum(OptionKeys),
  text: z.string().trim().min(1).max(QuestionLimits.optionMax),
});

const QuestionFields = z.object({
  type: z.enum(QuestionTypeValues),
  stem: z.string().trim().min(1).max(QuestionLimits.stemMax),
  options: z.array(QuestionOptionSchema).max(QuestionLimits.optionsMax).default([]),
  answer: z.array(z.string().trim().min(1).max(QuestionLimits.fillAnswerMax)).min(1).max(QuestionLimits.blanksMax),
  explanation: z.string().trim().max(QuestionLimits.explanationMax).nullish(),
  category: z.string().trim().min(1).max(QuestionLimits.categoryMax),
  tags: z.array(z.string().trim().min(1).max(QuestionLimits.tagMax)).max(QuestionLimits.tagsMax).default([]),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
  source: z.string().trim().max(QuestionLimits.sourceMax).nullish(),
});

export type QuestionShape = {
  type: (typeof QuestionTypeValues)[number];
  stem: string;
  options: { key: string; text: string }[];
  answer: string[];
};

/**
 * What is wrong with a question's shape for its type, as field messages (empty when it is right):
 * single ≥2 options and exactly one key among them; multiple ≥2 keys among ≥3 options; judge no
 * options and 'true' or 'false'; fill one accepted list per blank marked in the stem.
 */
export function questionShapeProblems(q: QuestionShape): { field: 'options' | 'answer' | 'stem'; message: string }[] {
  const problems: { field: 'options' | 'answer' | 'stem'; message: string }[] = [];
  const keys = q.options.map((o) => o.key);
  if (new Set(keys).size !== keys.length) problems.push({ field: 'options', message: 'question.options_repeated' });
  const inOptions = q.answer.every((a) => keys.includes(a));
  const distinct = new Set(q.answer).size === q.answer.length;
  if (q.type === 'single') {
    if (q.options.length < 2) problems.push({ field: 'options', message: 'question.options_too_few' });
    if (q.answer.length !== 1 || !inOptions) problems.push({ field: 'answer', message: 'question.answer_one_option' });
  } else if (q.type === 'multiple') {
    if (q.options.length < 3) problems.push({ field: 'options', message: 'question.options_too_few' });
    if (q.answer.length < 2 || !inOptions || !distinct)
      problems.push({ field: 'answer', message: 'question.answer_two_options' });
  } else if (q.type === 'judge') {
    if (q.options.length > 0) problems.push({ field: 'options', message: 'question.options_none' });
    if (q.answer.length !== 1 || (q.answer[0] !== 'true' && q.answer[0] !== 'false'))
      problems.push({ field: 'answer', message: 'question.answer_true_false' });
  } else {
    if (q.options.length > 0) problems.push({ field: 'options', message: 'question.options_none' });
    const blanks = countBlanks(q.stem);
    if (blanks === 0) problems.push({ field: 'stem', message: 'question.stem_no_blank' });
    else if (q.answer.length !== blanks) problems.push({ field: 'answer', message: 'question.answer_per_blank' });
    if (q.answer.some((a) => a.split('|').some((form) => form.trim() === '')))
      problems.push({ field: 'answer', message: 'question.answer_empty_form' });
  }
  return problems;
}

const withShapeCheck = <T extends z.ZodType<QuestionShape>>(schema: T) =>
  schema.superRefine((q, ctx) => {
    for (const p of questionShapeProblems(q)) ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
  });

export const CreateQuestionRequest = withShapeCheck(QuestionFields.extend({ orgId: OrgId })).meta({
  id: 'CreateQuestionRequest',
});
export type CreateQuestionInput = z.infer<typeof CreateQuestionRequest>;

/** An edit replaces the whole question (its type's shape is checked as a whole); the org stays. */
export const UpdateQuestionRequest = withShapeCheck(QuestionFields).meta({ id: 'UpdateQuestionRequest' });
export type UpdateQuestionInput = z.infer<typeof UpdateQuestionRequest>;

export const ListQuestionsQuery = PageQuery.extend({
  type: z.enum(QuestionTypeValues).optional(),
  category: z.string().trim().min(1).max(QuestionLimits.categoryMax).optional(),
  difficulty: z.coerce.number().int().min(1).max(3).optional(),
  tag: z.string().trim().min(1).max(QuestionLimits.tagMax).optional(),
  source: z.string().trim().min(1).max(QuestionLimits.sourceMax).optional(),
  status: z.enum(['enabled', 'disabled', 'all']).default('enabled'),
  q: z.string().trim().min(1).max(Limits.searchMax).optional(),
});
export type ListQuestionsInput = z.infer<typeof ListQuestionsQuery>;

export const QuestionItem = z
  .object({
    id: z.uuid(),
    orgId: z.number(),
    orgName: z.string().nullable(),
    type: z.enum(QuestionTypeValues),
    typeLabel: z.string(),
    stem: z.string(),
    options: z.array(z.object({ key: z.string(), text: z.string() })),
    answer: z.array(z.string()),
    explanation: z.string().nullable(),
    category: z.string(),
    tags: z.array(z.string()),
    difficulty: z.number(),
    difficultyLabel: z.string(),
    source: z.string().nullable(),
    isDisabled: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'QuestionItem' });

export const QuestionResponse = z.object({ data: QuestionItem });
export const ListQuestionsResponse = Paged(QuestionItem).meta({ id: 'ListQuestionsResponse' });

export const QuestionCategoriesResponse = z
  .object({
    data: z.array(z.object({ category: z.string(), enabled: z.number(), disabled: z.number() })),
  })
  .meta({ id: 'QuestionCategoriesResponse' });
