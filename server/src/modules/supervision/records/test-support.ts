import { sql } from 'drizzle-orm';
import { allModules } from '../../../app.ts';
import { defineModule } from '../../../core/kernel/index.ts';
import type { Services } from '../../../platform/context.ts';
import { createAccount, createOrg, createPerson, type OrgRow, type TestAccount } from '../../../test/factories.ts';
import { supervisionModule } from '../index.ts';
import { recordPolicies } from './policy.ts';
import { registerRecordRoutes } from './routes.ts';

// For the records' tests: every installed module, plus (until the supervision manifest mounts these
// routes) a module of their own; and a small world of two townships with the roles the policy names.

const isMounted = Object.hasOwn(supervisionModule.policies ?? {}, 'supervision.record.read');
export const recordsTestModules = isMounted
  ? allModules
  : [
      ...allModules,
      defineModule({
        id: 'supervision-records-test',
        switch: 'supervision',
        routes: registerRecordRoutes,
        policies: recordPolicies,
      }),
    ];

export type RecordsWorld = {
  county: OrgRow;
  town: OrgRow;
  branch: OrgRow;
  otherTown: OrgRow;
  office: TestAccount;
  townAdmin: TestAccount;
  secretary: TestAccount;
  monitor: TestAccount;
  otherAdmin: TestAccount;
  /** A county-rank leading cadre of the branch, with an account of their own. */
  cadre: { id: string; account: TestAccount };
  /** A member of the branch, no cadre. */
  member: { id: string; account: TestAccount };
  /** A county-rank cadre of the other township. */
  foreignCadre: { id: string };
};

export async function buildRecordsWorld(s: Services): Promise<RecordsWorld> {
  const county = await createOrg(s, { name: '记录测试县委' });
  const town = await createOrg(s, { parent: county, type: 'committee', name: '甲镇党委' });
  const branch = await createOrg(s, { parent: town, name: '甲村支部' });
  const otherTown = await createOrg(s, { parent: county, type: 'committee', name: '乙镇党委' });
  const cadrePerson = await createPerson(s, { org: branch, name: '甲领导干部', cadreRank: 'county' });
  const memberPerson = await createPerson(s, { org: branch, name: '甲普通党员' });
  const foreign = await createPerson(s, { org: otherTown, name: '乙领导干部', cadreRank: 'county' });
  return {
    county,
    town,
    branch,
    otherTown,
    office: await createAccount(s, { grants: [{ role: 'party_office', org: county }] }),
    townAdmin: await createAccount(s, { grants: [{ role: 'org_admin', org: town }] }),
    secretary: await createAccount(s, { grants: [{ role: 'branch_secretary', org: branch }] }),
    monitor: await createAccount(s, { grants: [{ role: 'monitor', org: town }] }),
    otherAdmin: await createAccount(s, { grants: [{ role: 'org_admin', org: otherTown }] }),
    cadre: {
      id: cadrePerson.id,
      account: await createAccount(s, { person: cadrePerson, grants: [{ role: 'member', org: branch }] }),
    },
    member: {
      id: memberPerson.id,
      account: await createAccount(s, { person: memberPerson, grants: [{ role: 'member', org: branch }] }),
    },
    foreignCadre: { id: foreign.id },
  };
}

/** A supervision alert about a person, inserted the way the evaluation would leave one. */
export async function insertAlert(
  s: Services,
  org: OrgRow,
  personId: string,
  ruleName = '连续未答题',
): Promise<string> {
  const rule = await s.db.execute<{ id: string }>(sql`
    insert into supervision_rules (org_id, org_path, name, metric, population, condition, recipients, severity)
    values (${org.id}, ${org.path}, ${ruleName}, 'learning.daily-quiz', '{}'::jsonb,
            '{"kind":"streak","days":5,"remindAfter":null}'::jsonb,
            '{"person":true,"unitHead":true,"officeOrgId":null}'::jsonb, 'high')
    returning id`);
  const ruleId = rule.rows[0]?.id;
  const alert = await s.db.execute<{ id: string }>(sql`
    insert into supervision_alerts (rule_id, person_id, org_id, org_path, period_key, stage, severity, day, evidence)
    values (${ruleId}, ${personId}, ${org.id}, ${org.path}, '2026-03-02', 'reported', 'high', '2026-03-06',
            '{}'::jsonb)
    returning id`);
  const id = alert.rows[0]?.id;
  if (!id) throw new Error('alert insert failed');
  return id;
}
