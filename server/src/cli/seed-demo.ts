import type { Role } from '@hongyun/contracts';
import { asc, count, eq, sql } from 'drizzle-orm';
import { createAccountRecord } from '../core/accounts/index.ts';
import { delegations } from '../core/auth/schema.ts';
import { installedModules } from '../core/kernel/index.ts';
import { createOrgRecord, type OrgRecord, seedRegions } from '../core/org/index.ts';
import { orgs, regions } from '../core/org/schema.ts';
import { type BulkPerson, insertPeopleBatch } from '../core/people/index.ts';
import { appendAudit } from '../platform/audit/chain.ts';
import type { Ctx, Services, TxCtx } from '../platform/context.ts';
import { buildDemoPeople } from './demo/demo-people.ts';
import { createRng } from './demo/random.ts';

export type DemoAccount = { role: Role | 'relative'; label: string; phone: string; password: string; org: string };
export type DemoSummary = { accounts: DemoAccount[]; orgs: number; people: number };

/** The one password of every demo account; demo accounts are refused in production. */
export const DEMO_PASSWORD = 'Hongyun@2026';
const GUIYANG = '520100000000';

/**
 * Loads the demo city once: real Guiyang divisions, a party-organisation tree over them (city →
 * 10 county/district committees → township committees → village branches), about 3,000 members,
 * one account per role and an elderly member with a relative acting for her. Does nothing when
 * organisations already exist. Everything is written in one transaction: all or nothing.
 */
export async function seedDemoIfEmpty(services: Services, say: (m: string) => void): Promise<DemoSummary | null> {
  await seedRegions(services.db);
  const [existing] = await services.db.select({ n: count() }).from(orgs);
  if ((existing?.n ?? 0) > 0) return null;
  const started = Date.now();
  const ctx: Ctx = { ...services, actor: null, requestId: 'demo-seed', ip: null, lang: 'zh' };
  const summary = await services.db.transaction(async (tx) => seed({ ...ctx, db: tx }));
  // Then each installed module's demo data on top of the demo city (its manifest's seed hook).
  for (const m of installedModules()) if (m.seed) await m.seed(services, say);
  say(
    `demo city seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary.orgs} orgs, ${summary.people} people`,
  );
  return summary;
}

async function seed(ctx: TxCtx): Promise<DemoSummary> {
  const db = ctx.db;
  const rng = createRng(20160701);
  const made: OrgRecord[] = [];
  const org = async (input: Parameters<typeof createOrgRecord>[1]) => {
    const o = await createOrgRecord(ctx, input, { audit: false });
    made.push(o);
    return o;
  };
  const children = (parent: string) =>
    db.select().from(regions).where(eq(regions.parentCode, parent)).orderBy(asc(regions.code));

  const city = await org({ name: '中共贵阳市委员会', shortName: '贵阳市委', type: 'committee', regionCode: GUIYANG });
  const organs = await org({
    name: '中共贵阳市直属机关工作委员会',
    shortName: '市直机关工委',
    type: 'committee',
    parentId: city.id,
    regionCode: GUIYANG,
  });
  const deptBranches = [];
  for (const dept of ['市委组织部', '市农业农村局', '市发展和改革委员会']) {
    deptBranches.push(
      await org({ name: `${dept}机关党支部`, type: 'branch', parentId: organs.id, regionCode: GUIYANG }),
    );
  }

  const counties: OrgRecord[] = [];
  const townships: OrgRecord[] = [];
  const branches: { org: OrgRecord; region: string }[] = [];
  for (const county of await children(GUIYANG)) {
    const c = await org({
      name: `中共${county.name}委员会`,
      shortName: `${county.name}委`,
      type: 'committee',
      parentId: city.id,
      regionCode: county.code,
    });
    counties.push(c);
    for (const town of (await children(county.code)).slice(0, 3)) {
      const t = await org({
        name: `中共${town.name}委员会`,
        shortName: `${town.name}党委`,
        type: 'committee',
        parentId: c.id,
        regionCode: town.code,
      });
      townships.push(t);
      for (const [i, village] of (await children(town.code)).slice(0, 4).entries()) {
        if (i === 0) {
          // A larger village keeps a general branch with two branches under it.
          const g = await org({
            name: `中共${village.name}总支部委员会`,
            type: 'general_branch',
            parentId: t.id,
            regionCode: village.code,
          });
          for (const n of ['第一', '第二']) {
            branches.push({
              org: await org({
                name: `${village.name}${n}党支部`,
                type: 'branch',
                parentId: g.id,
                regionCode: village.code,
              }),
              region: county.code,
            });
          }
        } else {
          branches.push({
            org: await org({
              name: `中共${village.name}支部委员会`,
              type: 'branch',
              parentId: t.id,
              regionCode: village.code,
            }),
            region: county.code,
          });
        }
      }
    }
  }

  // The township and village accounts sit in a rural county (Kaiyang), the county admin in Yunyan.
  const yunyan = counties.find((c) => c.name.includes('云岩')) ?? (counties[0] as OrgRecord);
  const rural = counties.find((c) => c.name.includes('开阳')) ?? (counties[0] as OrgRecord);
  const town = townships.find((t) => t.path.startsWith(rural.path)) ?? (townships[0] as OrgRecord);
  const villageBranch = branches.find((b) => b.org.path.startsWith(town.path))?.org ?? (branches[0]?.org as OrgRecord);

  // Members: ~25 per village branch, ~15 per department branch.
  const plan: { org: OrgRecord; region6: string; size: number }[] = [
    ...branches.map((b) => ({ org: b.org, region6: b.region.slice(0, 6), size: rng.int(18, 32) })),
    ...deptBranches.map((o) => ({ org: o, region6: '520102', size: 15 })),
  ];
  const { rows, named } = buildDemoPeople(rng, plan, villageBranch.id, deptBranches[1]?.id);
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += 500)
    ids.push(...(await insertPeopleBatch(ctx, rows.slice(i, i + 500), 'register')));
  const personId = (row: BulkPerson) => ids[rows.indexOf(row)] as string;
  // Each village branch's secretary is the member registered with that position.
  await db.execute(sql`update orgs o set secretary_person_id = p.id from people p
    where p.org_id = o.id and p.position = '村党支部书记' and o.secretary_person_id is null`);

  // One account per role, each at the organisation where that role makes sense.
  const specs: { role: Role; label: string; org: OrgRecord; person?: BulkPerson }[] = [
    { role: 'system_admin', label: '系统管理员', org: city },
    { role: 'security_admin', label: '安全管理员', org: city },
    { role: 'audit_admin', label: '审计管理员', org: city },
    { role: 'party_office', label: '市委党建办', org: city },
    { role: 'monitor', label: '监测组/指挥部', org: city },
    { role: 'org_admin', label: '区委组织管理员', org: yunyan },
    { role: 'org_admin', label: '县委组织管理员', org: rural },
    { role: 'org_admin', label: '乡镇组织管理员', org: town },
    { role: 'branch_secretary', label: '村党支部书记', org: villageBranch, person: named.secretary },
    { role: 'member', label: '党员', org: villageBranch, person: named.member },
    { role: 'tutor', label: '驻村辅导师', org: deptBranches[1] as OrgRecord },
    { role: 'dept_clerk', label: '职能部门经办人', org: deptBranches[1] as OrgRecord },
    { role: 'warm_secretary', label: '暖心秘书', org: town },
  ];
  const accounts: DemoAccount[] = [];
  let phoneSeq = 0;
  for (const s of specs) {
    const phone = `1380000${String(++phoneSeq).padStart(4, '0')}`;
    await createAccountRecord(ctx, {
      personId: s.person ? personId(s.person) : null,
      displayName: s.person?.name ?? s.label,
      phone,
      password: DEMO_PASSWORD,
      mustChangePassword: false,
      isDemo: true,
      grants: [{ role: s.role, orgId: s.org.id }],
    });
    accounts.push({ role: s.role, label: s.label, phone, password: DEMO_PASSWORD, org: s.org.shortName ?? s.org.name });
  }

  // An 80-year-old member whose daughter-in-law acts for her in the learning module (the article's case).
  const relativePhone = `1380000${String(++phoneSeq).padStart(4, '0')}`;
  const relative = await createAccountRecord(ctx, {
    displayName: `${named.elderly.name}的家属`,
    phone: relativePhone,
    password: DEMO_PASSWORD,
    mustChangePassword: false,
    isDemo: true,
    grants: [],
  });
  await db.insert(delegations).values({
    delegateAccountId: relative.id,
    principalPersonId: personId(named.elderly),
    relation: '儿媳',
    scopes: ['learning'],
    grantedBy: relative.id,
  });
  accounts.push({
    role: 'relative',
    label: '老党员家属(代办)',
    phone: relativePhone,
    password: DEMO_PASSWORD,
    org: `代 ${named.elderly.name}, ${villageBranch.name}`,
  });

  // After the relative (so the earlier numbers stay): a leading cadre and their unit's party head.
  const deptBranch = deptBranches[1] as OrgRecord;
  for (const s of [
    { role: 'member' as const, label: '领导干部(县处级)', person: named.leader },
    { role: 'branch_secretary' as const, label: '机关党支部书记', person: named.deptSecretary },
  ]) {
    const phone = `1380000${String(++phoneSeq).padStart(4, '0')}`;
    await createAccountRecord(ctx, {
      personId: personId(s.person),
      displayName: s.person.name,
      phone,
      password: DEMO_PASSWORD,
      mustChangePassword: false,
      isDemo: true,
      grants: [{ role: s.role, orgId: deptBranch.id }],
    });
    accounts.push({
      role: s.role,
      label: s.label,
      phone,
      password: DEMO_PASSWORD,
      org: deptBranch.shortName ?? deptBranch.name,
    });
  }

  // After those: the demo village's first secretary, who checks in and writes the village-work records.
  {
    const phone = `1380000${String(++phoneSeq).padStart(4, '0')}`;
    await createAccountRecord(ctx, {
      personId: personId(named.firstSecretary),
      displayName: named.firstSecretary.name,
      phone,
      password: DEMO_PASSWORD,
      mustChangePassword: false,
      isDemo: true,
      grants: [{ role: 'member', orgId: villageBranch.id }],
    });
    accounts.push({
      role: 'member',
      label: '驻村第一书记',
      phone,
      password: DEMO_PASSWORD,
      org: villageBranch.shortName ?? villageBranch.name,
    });
  }

  await appendAudit(ctx, {
    action: 'demo.seeded',
    orgId: city.id,
    details: { orgs: made.length, people: rows.length, accounts: accounts.length },
  });
  return { accounts, orgs: made.length, people: rows.length };
}
