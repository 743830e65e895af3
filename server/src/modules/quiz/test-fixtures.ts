// Test-only: questions written straight into the bank's table (the bank's own routes are another
// module's), so the quiz tests can draw from a known pool.
import { sql } from 'drizzle-orm';
import type { Services } from '../../platform/context.ts';
import { QUESTIONS_TOPIC } from '../question-bank/index.ts';

export type QuestionSpec = {
  type?: 'single' | 'multiple' | 'judge' | 'fill';
  stem?: string;
  options?: { key: string; text: string }[];
  answer?: string[];
  explanation?: string;
  category?: string;
  difficulty?: number;
  tags?: string[];
  isDisabled?: boolean;
};

let n = 0;
const abcd = (i: number) => ['A', 'B', 'C', 'D'].map((key) => ({ key, text: `题${i}选项${key}` }));

/** Inserts questions at the org (single choice, right answer B, unless told). Returns their ids. */
export async function addQuestions(
  s: Pick<Services, 'db' | 'changes'>,
  org: { id: number; path: string },
  specs: QuestionSpec[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const spec of specs) {
    const i = ++n;
    const type = spec.type ?? 'single';
    const options = spec.options ?? (type === 'single' || type === 'multiple' ? abcd(i) : []);
    const answer = spec.answer ?? (type === 'judge' ? ['true'] : type === 'fill' ? ['中国共产党|共产党'] : ['B']);
    const res = await s.db.execute<{ id: string }>(sql`
      insert into questions (org_id, org_path, type, stem, options, answer, explanation, category, difficulty,
        tags, is_disabled)
      values (${org.id}, ${org.path}, ${type}, ${spec.stem ?? `测试题干${i}`}, ${JSON.stringify(options)}::jsonb,
        ${JSON.stringify(answer)}::jsonb, ${spec.explanation ?? `解析${i}`}, ${spec.category ?? '党章'},
        ${spec.difficulty ?? 2}, ${sql.param(spec.tags ?? [])}::text[], ${spec.isDisabled ?? false})
      returning id`);
    ids.push(res.rows[0]?.id as string);
  }
  // As the bank's own commands do: the drawing copy of the bank must not miss these rows.
  await s.changes.publish(s.db, QUESTIONS_TOPIC, '');
  return ids;
}

export const manyQuestions = (count: number, spec: QuestionSpec = {}): QuestionSpec[] =>
  Array.from({ length: count }, () => ({ ...spec }));
