import type { Services } from '../../platform/context.ts';
import { createAccount, createOrg, createPerson, type OrgRow } from '../../test/factories.ts';

// A small county for the people tests: two townships, a branch in each, and an account per role.
export async function buildCounty(s: Pick<Services, 'db' | 'crypto' | 'config'>) {
  const county = await createOrg(s, { name: '测试县委' });
  const townA = await createOrg(s, { parent: county, name: '甲镇党委', type: 'committee' });
  const townB = await createOrg(s, { parent: county, name: '乙镇党委', type: 'committee' });
  const branchA = await createOrg(s, { parent: townA, name: '甲村支部' });
  const branchA2 = await createOrg(s, { parent: townA, name: '甲二村支部' });
  const branchB = await createOrg(s, { parent: townB, name: '乙村支部' });
  const grant = (role: 'org_admin' | 'party_office' | 'branch_secretary' | 'monitor' | 'member', org: OrgRow) =>
    createAccount(s, { grants: [{ role, org }] });
  return {
    county,
    townA,
    townB,
    branchA,
    branchA2,
    branchB,
    adminA: await grant('org_admin', townA),
    adminB: await grant('org_admin', townB),
    officeCounty: await grant('party_office', county),
    secretaryA: await grant('branch_secretary', branchA),
    monitorA: await grant('monitor', townA),
    /** A plain member account with no reach over anyone. */
    memberA: await grant('member', branchA),
    person: (org: OrgRow, extra: Parameters<typeof createPerson>[1] = {}) => createPerson(s, { org, ...extra }),
  };
}
