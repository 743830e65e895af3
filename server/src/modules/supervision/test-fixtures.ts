import { eq, sql } from 'drizzle-orm';
import type { Services } from '../../platform/context.ts';
import {
  createAccount,
  createOrg,
  createPerson,
  type OrgRow,
  type PersonRow,
  type TestAccount,
} from '../../test/factories.ts';
import { ensureBuiltInRules } from './rules/built-in.ts';
import type { RuleRow } from './rules/queries.ts';
import { supervisionRules } from './schema.ts';

// A city of its own per test case (its own built-in rule watches only it): the city's office, a
// county, a unit with its branch secretary, and a county-rank cadre with an account.

export type City = {
  city: OrgRow;
  county: OrgRow;
  unit: OrgRow;
  otherUnit: OrgRow;
  office: TestAccount;
  head: TestAccount;
  otherHead: TestAccount;
  cadre: PersonRow;
  cadreAccount: TestAccount;
  rule: RuleRow;
};

export async function makeCity(s: Services, name: string): Promise<City> {
  const city = await createOrg(s, { name: `${name}市委` });
  const county = await createOrg(s, { parent: city, name: `${name}县委` });
  const unit = await createOrg(s, { parent: county, name: `${name}县财政局党支部` });
  const otherUnit = await createOrg(s, { parent: county, name: `${name}县教育局党支部` });
  const cadre = await createPerson(s, { org: unit, cadreRank: 'county', name: `${name}局长` });
  const headPerson = await createPerson(s, { org: unit, cadreRank: 'section', name: `${name}书记` });
  const [office, head, otherHead, cadreAccount] = await Promise.all([
    createAccount(s, { grants: [{ role: 'party_office', org: city }] }),
    createAccount(s, { person: headPerson, grants: [{ role: 'branch_secretary', org: unit }] }),
    createAccount(s, { grants: [{ role: 'branch_secretary', org: otherUnit }] }),
    createAccount(s, { person: cadre }),
  ]);
  await ensureBuiltInRules(s.db);
  const [rule] = await s.db.select().from(supervisionRules).where(eq(supervisionRules.orgId, city.id));
  if (!rule) throw new Error('no built-in rule');
  return { city, county, unit, otherUnit, office, head, otherHead, cadre, cadreAccount, rule };
}

/** The person completed the daily quiz on these days. */
export async function quizDays(s: Services, p: PersonRow, days: readonly string[]): Promise<void> {
  for (const day of days) {
    await s.db.execute(sql`
      insert into learning_person_days (person_id, day, org_id, org_path, answers, correct, daily_completed)
      values (${p.id}, ${day}, ${p.orgId}, ${p.orgPath}, 5, 4, true)
      on conflict (person_id, day) do update set daily_completed = true`);
  }
}

export const systemCtx = (s: Services) => ({ ...s, actor: null, requestId: 'test', ip: null, lang: 'zh' as const });
