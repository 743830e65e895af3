import type { RuleCondition, RulePopulation } from '@hongyun/contracts';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.ts';
import type { StoredRecipients } from '../schema.ts';

// The article's rule (党建红云): a leading cadre of county/division rank or above who answers no
// daily quiz for 5 consecutive working days is reported to the head of their unit's party
// organisation and to the city party-building office. Here the person is reminded after 3 days
// first. Each root organisation (the city or the province) has one; offices may edit it or switch
// it off, never delete it.

export const BUILT_IN_RULE = {
  name: '领导干部连续 5 个工作日未答题',
  description:
    '县处级以上领导干部连续 5 个工作日未完成每日答题的，系统自动报告所在单位党组织负责人和党建办；第 3 个工作日先提醒本人。',
  metric: 'learning.daily-quiz',
  population: {
    minCadreRank: 'county',
    fivePersonRoles: [],
    firstSecretaryOnly: false,
    villageStationedOnly: false,
    partyMembersOnly: true,
  } satisfies RulePopulation,
  condition: { kind: 'streak', days: 5, remindAfter: 3 } satisfies RuleCondition,
  severity: 'high' as const,
};

/** Creates the built-in rule for every root organisation that has none (idempotent). */
export async function ensureBuiltInRules(db: DbOrTx): Promise<number> {
  const recipients = (orgId: string) =>
    sql`jsonb_build_object('person', true, 'unitHead', true, 'officeOrgId', ${sql.raw(orgId)})`;
  const result = await db.execute(sql`
    insert into supervision_rules (org_id, org_path, name, description, is_built_in, metric, population, condition, recipients, severity)
    select o.id, o.path, ${BUILT_IN_RULE.name}, ${BUILT_IN_RULE.description}, true, ${BUILT_IN_RULE.metric},
           ${JSON.stringify(BUILT_IN_RULE.population)}::jsonb, ${JSON.stringify(BUILT_IN_RULE.condition)}::jsonb,
           ${recipients('o.id')}, ${BUILT_IN_RULE.severity}
    from orgs o
    where o.parent_id is null and not o.is_dissolved
      and not exists (select 1 from supervision_rules r where r.org_id = o.id and r.is_built_in and r.deleted_at is null)
    on conflict do nothing`);
  return result.rowCount ?? 0;
}

export type { StoredRecipients };
