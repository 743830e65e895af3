import { todayInChina } from '@hongyun/contracts';
import type { OrgRecord } from '../../core/org/index.ts';
import type { BulkPerson } from '../../core/people/index.ts';
import { chineseName, dateBetween, EDUCATIONS, ethnicity, idNumberFor, mobile } from './people-facts.ts';
import type { Rng } from './random.ts';

type Plan = { org: OrgRecord; region6: string; size: number }[];

/**
 * Builds plausible members for each organisation: ages 22–90, joined at 18–45, mostly full members
 * with some probationary ones, a few cadres with ranks, village-stationed cadres and first
 * secretaries in village branches. Returns the rows plus a few named people the demo accounts use.
 */
export function buildDemoPeople(rng: Rng, plan: Plan, namedOrgId: number, deptOrgId?: number) {
  const today = todayInChina();
  const rows: BulkPerson[] = [];
  const seenIds = new Set<string>();
  const seenPhones = new Set<string>();
  const unique = (seen: Set<string>, make: () => string) => {
    for (;;) {
      const v = make();
      if (!seen.has(v)) {
        seen.add(v);
        return v;
      }
    }
  };
  const person = (org: OrgRecord, region6: string, opts: { birthYear?: [number, number]; gender?: 'M' | 'F' } = {}) => {
    const gender = opts.gender ?? (rng.chance(0.72) ? 'M' : 'F');
    const [from, to] = opts.birthYear ?? [1936, 2004];
    const birthDate = dateBetween(rng, from, to);
    const birthYear = Number(birthDate.slice(0, 4));
    // Joined at 18–45, never in the future; 预备 for the first year, 正式 after it (转正).
    let joinDate = dateBetween(rng, birthYear + 18, birthYear + 45);
    if (joinDate > today) joinDate = dateBetween(rng, Number(today.slice(0, 4)) - 6, Number(today.slice(0, 4)) - 1);
    const fullDate = `${Number(joinDate.slice(0, 4)) + 1}${joinDate.slice(4)}`;
    const isProbationary = fullDate > today;
    const row: BulkPerson = {
      name: chineseName(rng, gender),
      gender,
      ethnicity: ethnicity(rng),
      birthDate,
      idNumber: unique(seenIds, () => idNumberFor(region6, birthDate, gender, rng)),
      phone: rng.chance(0.9) ? unique(seenPhones, () => mobile(rng)) : null,
      education: rng.pick(birthYear < 1960 ? EDUCATIONS.slice(0, 4) : EDUCATIONS.slice(2, 7)),
      joinDate,
      fullMemberDate: isProbationary ? null : fullDate,
      partyStatus: isProbationary ? 'probationary' : 'full',
      orgId: org.id,
      orgPath: org.path,
      membershipFrom: joinDate,
    };
    rows.push(row);
    return row;
  };

  for (const { org, region6, size } of plan) {
    for (let i = 0; i < size; i++) {
      const p = person(org, region6);
      const isVillage = org.regionCode?.slice(9) !== '000' && org.regionCode !== null;
      if (!isVillage && rng.chance(0.5)) {
        p.cadreRank = rng.pick(['section', 'section', 'staff', 'county']);
        p.position = rng.pick(['科员', '副科长', '科长', '副局长']);
      }
      if (isVillage && i === 0) {
        p.position = '村党支部书记';
        p.fivePersonRole = 'branch_head';
      } else if (isVillage && i === 1) {
        p.isFirstSecretary = true;
        p.isVillageStationed = true;
        p.fivePersonRole = 'first_secretary';
        p.cadreRank = 'section';
        p.position = '驻村第一书记';
      } else if (isVillage && i === 2 && rng.chance(0.6)) {
        p.isVillageStationed = true;
        p.fivePersonRole = 'work_team';
        p.position = '驻村工作队员';
      }
    }
  }

  // Named people for the demo accounts, in the demo village branch.
  const first = plan.find((p) => p.org.id === namedOrgId) ?? (plan[0] as Plan[number]);
  const secretary = rows.find((r) => r.orgId === first.org.id && r.position === '村党支部书记') as BulkPerson;
  // The village's first secretary (registered with the village branch, as 第一书记 are): village work's demo cadre.
  const firstSecretary = rows.find((r) => r.orgId === first.org.id && r.position === '驻村第一书记') as BulkPerson;
  const member = person(first.org, first.region6, { birthYear: [1975, 1990] });
  const elderly = person(first.org, first.region6, { birthYear: [1945, 1946], gender: 'F' });
  elderly.partyStatus = 'full';
  // A county-rank leading cadre of a department and the secretary of that department's branch: the
  // supervision demo's cadre (whose quiz lapses) and unit party head.
  const dept = plan.find((p) => p.org.id === deptOrgId) ?? first;
  const leader = person(dept.org, dept.region6, { birthYear: [1970, 1978] });
  leader.cadreRank = 'county';
  leader.position = '副局长';
  const deptSecretary = person(dept.org, dept.region6, { birthYear: [1972, 1982] });
  deptSecretary.cadreRank = 'section';
  deptSecretary.position = '机关党支部书记';
  return { rows, named: { secretary, member, elderly, leader, deptSecretary, firstSecretary } };
}
