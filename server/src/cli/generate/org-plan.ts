import type { OrgType } from '../../core/org/schema.ts';
import type { Rng } from '../demo/random.ts';
import {
  DEPARTMENTS,
  ENTERPRISE_UNITS,
  enterpriseName,
  firmName,
  ORDINALS,
  schoolName,
  shortRegion,
  unitName,
} from './names.ts';
import type { Scale } from './scales.ts';

/** What kind of unit a branch is: decides its members' ages, positions, ranks and flags. */
export type BranchKind = 'village' | 'community' | 'organ' | 'township' | 'retired' | 'enterprise' | 'school' | 'firm';

export type PlannedOrg = {
  id: number;
  parentId: number | null;
  path: string;
  depth: number;
  name: string;
  shortName: string | null;
  type: OrgType;
  regionCode: string;
  sortOrder: number;
  /** Six-digit county code that members' ID numbers start with. */
  county6: string;
  kind: BranchKind | null;
  /** The first (or only) branch of its unit: holds the unit's leaders (village head, first secretary). */
  isLead: boolean;
  /** Members (branches only), their first person number, and the secretary's person number. */
  size: number;
  firstPerson: number;
  secretary: number | null;
};

export type Region = { code: string; name: string; level: number; parentCode: string | null };

// Relative branch sizes by kind: village branches are the largest, firm branches the smallest.
const KIND_WEIGHT: Record<BranchKind, number> = {
  village: 1.35,
  community: 1,
  organ: 0.9,
  township: 1.2,
  retired: 0.8,
  enterprise: 1,
  school: 0.8,
  firm: 0.45,
};

/**
 * Lays out the organisation tree over the real divisions, depth first so every parent precedes
 * its children and ids are 1..n in order; paths are computed here, never read back. Then shares
 * `scale.people` among the branches by weight and numbers the people branch by branch, so a
 * branch's secretary (its first member) is known before any person is written.
 */
export function planOrgs(scale: Scale, regions: Region[], rng: Rng): PlannedOrg[] {
  const children = new Map<string, Region[]>();
  for (const r of regions) {
    if (!r.parentCode) continue;
    const list = children.get(r.parentCode) ?? [];
    list.push(r);
    children.set(r.parentCode, list);
  }
  for (const list of children.values()) list.sort((a, b) => (a.code < b.code ? -1 : 1));
  const kids = (code: string) => children.get(code) ?? [];

  const orgs: PlannedOrg[] = [];
  const childCount = new Map<number, number>();
  const add = (
    parent: PlannedOrg | null,
    o: {
      name: string;
      shortName?: string;
      type: OrgType;
      regionCode: string;
      county6: string;
      kind?: BranchKind;
      isLead?: boolean;
    },
  ): PlannedOrg => {
    const id = orgs.length + 1;
    const sortOrder = parent ? (childCount.get(parent.id) ?? 0) : 0;
    if (parent) childCount.set(parent.id, sortOrder + 1);
    const org: PlannedOrg = {
      id,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      name: o.name,
      shortName: o.shortName ?? null,
      type: o.type,
      regionCode: o.regionCode,
      sortOrder,
      county6: o.county6,
      kind: o.type === 'branch' ? (o.kind ?? 'organ') : null,
      isLead: o.isLead ?? true,
      size: 0,
      firstPerson: 0,
      secretary: null,
    };
    orgs.push(org);
    return org;
  };
  /** n numbered branches under a parent: "XX第一党支部", "XX第二党支部"… */
  const numbered = (parent: PlannedOrg, prefix: string, n: number, kind: BranchKind, suffix = '党支部') => {
    for (let i = 0; i < n; i++)
      add(parent, {
        name: `${prefix}${ORDINALS[i] ?? `第${i + 1}`}${suffix}`,
        type: 'branch',
        regionCode: parent.regionCode,
        county6: parent.county6,
        kind,
        isLead: i === 0,
      });
  };

  const organs = (parent: PlannedOrg, prefix: string, count: number, county6: string, level: 'province' | 'local') => {
    for (let i = 0; i < count; i++) {
      const d = DEPARTMENTS[i % DEPARTMENTS.length] as { name: string; big?: boolean };
      let dept = `${prefix}${d.name}${i >= DEPARTMENTS.length ? `第${Math.floor(i / DEPARTMENTS.length) + 1}分局` : ''}`;
      if (level === 'province') dept = dept.replace(/局$/, '厅');
      const at = { regionCode: parent.regionCode, county6 };
      if (d.big) {
        const c = add(parent, {
          name: `中共${dept}机关委员会`,
          shortName: `${dept}机关党委`,
          type: 'committee',
          ...at,
        });
        numbered(c, `${dept}机关`, rng.int(3, 6), 'organ');
      } else if (rng.chance(0.25)) {
        const g = add(parent, { name: `中共${dept}机关总支部委员会`, type: 'general_branch', ...at });
        numbered(g, `${dept}机关`, rng.int(2, 3), 'organ');
      } else {
        add(parent, { name: `${dept}机关党支部`, type: 'branch', kind: 'organ', ...at });
      }
    }
  };

  const prefectureUnits = (p: PlannedOrg, pref: Region, county6: string) => {
    const short = shortRegion(pref.name);
    const level = pref.name.endsWith('州') ? '州' : '市';
    const at = { regionCode: pref.code, county6 };
    const organ = add(p, {
      name: `中共${pref.name}直属机关工作委员会`,
      shortName: `${short}${level}直机关工委`,
      type: 'committee',
      ...at,
    });
    organs(organ, pref.name, scale.prefectureDepartments, county6, 'local');
    const sasac = add(p, {
      name: `中共${short}${level}国资委委员会`,
      shortName: `${short}${level}国资委党委`,
      type: 'committee',
      ...at,
    });
    for (let i = 0; i < scale.prefectureEnterprises; i++) {
      const e = enterpriseName(pref.name, i);
      const c = add(sasac, {
        name: `中共${e}委员会`,
        shortName: `${e.replace('有限公司', '')}党委`,
        type: 'committee',
        ...at,
      });
      const units = ENTERPRISE_UNITS.slice(0, rng.int(3, ENTERPRISE_UNITS.length));
      for (const u of units)
        add(c, { name: `${e.replace('有限公司', '')}${u}党支部`, type: 'branch', kind: 'enterprise', ...at });
    }
  };

  const county = (parent: PlannedOrg, c: Region) => {
    const county6 = c.code.slice(0, 6);
    const short = shortRegion(c.name);
    const level = c.name.endsWith('区') ? '区' : c.name.endsWith('县') ? '县' : '市';
    const at = { regionCode: c.code, county6 };
    const co = add(parent, { name: `中共${c.name}委员会`, shortName: `${short}${level}委`, type: 'committee', ...at });
    const organ = add(co, {
      name: `中共${c.name}直属机关工作委员会`,
      shortName: `${short}${level}直机关工委`,
      type: 'committee',
      ...at,
    });
    organs(organ, c.name, scale.countyDepartments, county6, 'local');
    const edu = add(co, {
      name: `中共${c.name}委教育工作委员会`,
      shortName: `${short}${level}委教育工委`,
      type: 'committee',
      ...at,
    });
    for (let i = 0; i < scale.countySchools; i++) {
      const s = schoolName(c.name, i);
      if (rng.chance(0.3)) {
        const g = add(edu, { name: `中共${s}总支部委员会`, type: 'general_branch', ...at });
        numbered(g, s, rng.int(2, 4), 'school');
      } else add(edu, { name: `${s}党支部`, type: 'branch', kind: 'school', ...at });
    }
    const firms = add(co, {
      name: `中共${c.name}非公有制经济组织委员会`,
      shortName: `${short}${level}非公党委`,
      type: 'committee',
      ...at,
    });
    const seen = new Set<string>();
    for (let i = 0; i < scale.countyFirms; i++)
      add(firms, { name: `${firmName(rng, seen)}党支部`, type: 'branch', kind: 'firm', ...at });
    for (const t of kids(c.code).slice(0, scale.maxTownshipsPerCounty)) township(co, t, county6);
  };

  const township = (parent: PlannedOrg, t: Region, county6: string) => {
    const isStreet = t.name.endsWith('街道');
    const at = { regionCode: t.code, county6 };
    const to = add(parent, {
      name: `中共${t.name}${isStreet ? '工作' : ''}委员会`,
      shortName: `${t.name}${isStreet ? '党工委' : '党委'}`,
      type: 'committee',
      ...at,
    });
    if (isStreet) numbered(to, `${t.name}机关`, 2, 'township');
    else {
      add(to, { name: `${t.name}机关党支部`, type: 'branch', kind: 'township', ...at });
      add(to, { name: `${t.name}卫生院党支部`, type: 'branch', kind: 'school', ...at });
      add(to, { name: `${t.name}中心学校党支部`, type: 'branch', kind: 'school', ...at });
      add(to, { name: `${t.name}退休干部党支部`, type: 'branch', kind: 'retired', ...at });
    }
    for (const v of kids(t.code).slice(0, scale.maxVillagesPerTownship)) village(to, v, county6);
  };

  const village = (parent: PlannedOrg, division: Region, county6: string) => {
    const at = { regionCode: division.code, county6 };
    const v = { name: unitName(division.name) };
    if (v.name.endsWith('社区')) {
      const r = rng.next();
      if (r < 0.4) {
        const c = add(parent, { name: `中共${v.name}委员会`, shortName: `${v.name}党委`, type: 'committee', ...at });
        numbered(c, v.name, rng.int(3, 6), 'community', '网格党支部');
      } else if (r < 0.8) {
        const g = add(parent, { name: `中共${v.name}总支部委员会`, type: 'general_branch', ...at });
        numbered(g, v.name, rng.int(2, 4), 'community');
      } else add(parent, { name: `中共${v.name}支部委员会`, type: 'branch', kind: 'community', ...at });
    } else if (rng.chance(0.5)) {
      // A larger village keeps a general branch with branches by hamlet (村民组).
      const g = add(parent, { name: `中共${v.name}总支部委员会`, type: 'general_branch', ...at });
      numbered(g, v.name, rng.int(2, 4), 'village');
    } else add(parent, { name: `中共${v.name}支部委员会`, type: 'branch', kind: 'village', ...at });
  };

  const province = regions.find((r) => r.level === 1) as Region;
  const prefectures = kids(province.code).filter((p) => scale.prefectures === 'all' || p.code === '520100000000');
  const capital6 = (kids('520100000000')[0] as Region).code.slice(0, 6); // 南明区: capital organs' IDs
  const prefecture = (parent: PlannedOrg | null, pref: Region) => {
    const short = shortRegion(pref.name);
    const level = pref.name.endsWith('州') ? '州' : '市';
    const county6 =
      pref.code === '520100000000' ? capital6 : ((kids(pref.code)[0] as Region).code.slice(0, 6) ?? capital6);
    const p = add(parent, {
      name: `中共${pref.name}委员会`,
      shortName: `${short}${level}委`,
      type: 'committee',
      regionCode: pref.code,
      county6,
    });
    prefectureUnits(p, pref, county6);
    for (const c of kids(pref.code).slice(0, scale.maxCountiesPerPrefecture)) county(p, c);
  };
  if (scale.root === 'province') {
    const at = { regionCode: province.code, county6: capital6 };
    const root = add(null, { name: `中共${province.name}委员会`, shortName: '贵州省委', type: 'committee', ...at });
    const organ = add(root, {
      name: '中共贵州省直属机关工作委员会',
      shortName: '省直机关工委',
      type: 'committee',
      ...at,
    });
    organs(organ, province.name, scale.prefectureDepartments, capital6, 'province');
    for (const pref of prefectures) prefecture(root, pref);
  } else {
    for (const pref of prefectures) prefecture(null, pref);
  }

  shareMembers(orgs, scale.people, rng);
  return orgs;
}

/** Sizes each branch by weight so the total is close to `people`, then numbers the people. */
function shareMembers(orgs: PlannedOrg[], people: number, rng: Rng) {
  const branches = orgs.filter((o) => o.type === 'branch');
  const weights = branches.map((b) => KIND_WEIGHT[b.kind ?? 'organ'] * (0.5 + rng.next()));
  const per = people / weights.reduce((s, w) => s + w, 0);
  let next = 0;
  branches.forEach((b, i) => {
    b.size = Math.max(3, Math.round((weights[i] as number) * per));
    b.firstPerson = next;
    b.secretary = next;
    next += b.size;
  });
  // A general branch's secretary is the secretary of its first branch (a member of its subtree).
  const byId = new Map(orgs.map((o) => [o.id, o]));
  for (const b of branches) {
    const parent = b.parentId ? byId.get(b.parentId) : undefined;
    if (parent?.type === 'general_branch' && parent.secretary === null) parent.secretary = b.secretary;
  }
}
