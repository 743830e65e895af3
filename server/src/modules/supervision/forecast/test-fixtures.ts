import type { RuleCondition, RulePopulation } from '@hongyun/contracts';
import { sql } from 'drizzle-orm';
import type { Services } from '../../../platform/context.ts';
import type { OrgRow } from '../../../test/factories.ts';
import { supervisionRules } from '../schema.ts';

// Test-only: a rule row, and a person's days written straight into learning's facts.

export const ARTICLE_RULE = {
  population: {
    minCadreRank: 'county',
    fivePersonRoles: [],
    firstSecretaryOnly: false,
    villageStationedOnly: false,
    partyMembersOnly: true,
  } satisfies RulePopulation,
  condition: { kind: 'streak', days: 5, remindAfter: 3 } satisfies RuleCondition,
};

export async function createRule(
  s: Pick<Services, 'db'>,
  org: OrgRow,
  over: Partial<typeof supervisionRules.$inferInsert> = {},
): Promise<string> {
  const [row] = await s.db
    .insert(supervisionRules)
    .values({
      orgId: org.id,
      orgPath: org.path,
      name: '领导干部连续 5 个工作日未答题',
      metric: 'learning.daily-quiz',
      population: ARTICLE_RULE.population,
      condition: ARTICLE_RULE.condition,
      recipients: { person: true, unitHead: true, officeOrgId: null },
      severity: 'medium',
      ...over,
    })
    .returning({ id: supervisionRules.id });
  return (row as { id: string }).id;
}

/** Habits over the look-back's working days, oldest first: quiz done or not, study minutes. */
export const steady = (n: number) => Array.from({ length: n }, () => ({ done: true, minutes: 10 }));
/** Done every day of the first fortnight at 10 minutes; then 4 of 10 at 2 minutes, the last 2 missed. */
export const drifting = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const k = i - (n - 10);
    if (k < 0) return { done: true, minutes: 10 };
    return { done: [0, 2, 5, 7].includes(k), minutes: 2 };
  });

export async function writeDays(
  s: Pick<Services, 'db'>,
  person: { id: string; orgId: number | null; orgPath: string | null },
  workdays: readonly string[],
  habit: { done: boolean; minutes: number }[],
) {
  for (const [i, day] of workdays.entries()) {
    const h = habit[i];
    if (!h || (!h.done && h.minutes === 0)) continue;
    await s.db.execute(sql`
      insert into learning_person_days (person_id, day, org_id, org_path, read_seconds, daily_completed, answers)
      values (${person.id}, ${day}, ${person.orgId}, ${person.orgPath}, ${h.minutes * 60}, ${h.done}, ${h.done ? 5 : 0})
      on conflict (person_id, day) do update set read_seconds = excluded.read_seconds,
        daily_completed = excluded.daily_completed, answers = excluded.answers`);
  }
}
