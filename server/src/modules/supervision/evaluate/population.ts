import { CadreRanks, type RulePopulation } from '@hongyun/contracts';
import { type SQL, sql } from 'drizzle-orm';

// Who a rule watches, as a predicate over `people p`: the rule's subtree (the people's own org
// path, kept in step with transfers and org moves) and the population's filters.

/** Ranks at or above `min` (CadreRanks runs from the highest down). */
export function ranksAtOrAbove(min: (typeof CadreRanks)[number]): string[] {
  return CadreRanks.slice(0, CadreRanks.indexOf(min) + 1);
}

export function populationWhere(orgPath: string, p: RulePopulation): SQL {
  const parts: SQL[] = [sql`p.org_path like ${`${orgPath}%`}`, sql`p.org_id is not null`];
  if (p.minCadreRank) parts.push(sql`p.cadre_rank = any(${`{${ranksAtOrAbove(p.minCadreRank).join(',')}}`}::text[])`);
  if (p.fivePersonRoles.length > 0)
    parts.push(sql`p.five_person_role = any(${`{${p.fivePersonRoles.join(',')}}`}::text[])`);
  if (p.firstSecretaryOnly) parts.push(sql`p.is_first_secretary`);
  if (p.villageStationedOnly) parts.push(sql`p.is_village_stationed`);
  if (p.partyMembersOnly) parts.push(sql`p.party_status is not null`);
  return sql.join(parts, sql` and `);
}
