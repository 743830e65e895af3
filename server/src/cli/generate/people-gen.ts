import { createHash } from 'node:crypto';
import type { CadreRanks, FivePersonRoles } from '../../core/people/schema.ts';
import { chineseName, EDUCATIONS, ethnicity, idNumberFor, mobile } from '../demo/people-facts.ts';
import type { Rng } from '../demo/random.ts';
import type { PlannedOrg } from './org-plan.ts';

// One generated member: plain ID number and phone (encrypted when written), dates as YYYY-MM-DD.
export type GenPerson = {
  id: string;
  name: string;
  gender: 'M' | 'F';
  ethnicity: string;
  birthDate: string;
  idNumber: string;
  phone: string | null;
  education: string;
  joinDate: string;
  fullMemberDate: string | null;
  partyStatus: 'probationary' | 'full';
  position: string | null;
  cadreRank: (typeof CadreRanks)[number] | null;
  isFirstSecretary: boolean;
  isVillageStationed: boolean;
  fivePersonRole: (typeof FivePersonRoles)[number] | null;
};

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const msOf = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** A stable UUID (v4 layout) for the nth row of a kind in a seeded run, so secretaries are known up front. */
export function stableUuid(seed: number, kind: string, n: number): string {
  const h = createHash('md5').update(`${seed}:${kind}:${n}`).digest();
  h[6] = ((h[6] as number) & 0x0f) | 0x40;
  h[8] = ((h[8] as number) & 0x3f) | 0x80;
  const x = h.toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/**
 * Keeps ID numbers and phones unique over a whole run as numbers (a Set of 1.4 million numbers
 * is ~40 MB; of strings it would be several times that). An ID's first two digits are always 52
 * here, and the other fifteen fit a double exactly.
 */
export class Uniques {
  private readonly ids = new Set<number>();
  private readonly phones = new Set<number>();
  idNumber(make: () => string): string {
    for (;;) {
      const v = make();
      const key = Number(v.slice(2, 17));
      if (!this.ids.has(key)) {
        this.ids.add(key);
        return v;
      }
    }
  }
  phone(rng: Rng): string {
    for (;;) {
      const v = mobile(rng);
      if (!this.phones.has(Number(v))) {
        this.phones.add(Number(v));
        return v;
      }
    }
  }
}

type Kind = NonNullable<PlannedOrg['kind']>;
const AGES: Record<Kind, [number, number]> = {
  village: [22, 95],
  community: [22, 95],
  organ: [23, 60],
  township: [23, 60],
  retired: [60, 95],
  enterprise: [23, 60],
  school: [23, 60],
  firm: [22, 55],
};
const MALE_SHARE: Record<Kind, number> = {
  village: 0.78,
  community: 0.58,
  organ: 0.64,
  township: 0.68,
  retired: 0.7,
  enterprise: 0.66,
  school: 0.45,
  firm: 0.62,
};
const SECRETARY_TITLE: Record<Kind, string> = {
  village: '村党支部书记',
  community: '社区党支部书记',
  organ: '机关党支部书记',
  township: '机关党支部书记',
  retired: '退休干部党支部书记',
  enterprise: '党支部书记',
  school: '党支部书记',
  firm: '党支部书记',
};

/** Education follows age and kind of unit: older villagers mostly 小学/初中, organs mostly 本科. */
function education(rng: Rng, kind: Kind, birthYear: number): string {
  const educated = kind === 'organ' || kind === 'school' || kind === 'township' || kind === 'enterprise';
  const [lo, hi] = educated ? (birthYear < 1970 ? [3, 5] : [4, 7]) : birthYear < 1960 ? [0, 2] : [1, 5];
  return EDUCATIONS[rng.int(lo, hi)] as string;
}

/** Ages lean towards the middle of the range (sum of two uniforms), never outside it. */
const ageIn = (rng: Rng, [lo, hi]: [number, number]) =>
  lo + Math.floor(((rng.next() + rng.next()) / 2) * (hi - lo + 1));

export type PersonContext = { seed: number; asOf: string; uniques: Uniques };

/**
 * The i-th member of a branch. Member 0 is the branch secretary; a village's lead branch also
 * holds the village committee head, its stationed first secretary and work-team members.
 */
export function makePerson(rng: Rng, branch: PlannedOrg, i: number, ctx: PersonContext): GenPerson {
  const kind = branch.kind ?? 'organ';
  const isSecretary = i === 0;
  const asOfMs = msOf(ctx.asOf);
  const isFirstSecretary = kind === 'village' && branch.isLead && i === 2;
  const age = isSecretary ? ageIn(rng, [32, 58]) : isFirstSecretary ? ageIn(rng, [28, 50]) : ageIn(rng, AGES[kind]);
  const gender: 'M' | 'F' = rng.chance(MALE_SHARE[kind]) ? 'M' : 'F';
  // Birth date: `age` full years before the as-of date, anywhere within that year of life.
  const birthMs =
    Date.UTC(Number(ctx.asOf.slice(0, 4)) - age - 1, Number(ctx.asOf.slice(5, 7)) - 1, Number(ctx.asOf.slice(8, 10))) +
    rng.int(1, 364) * DAY;
  const birthDate = iso(birthMs);
  const birthYear = Number(birthDate.slice(0, 4));
  // Joined at 18 or later, mostly young; about 4 % joined within the last year (still 预备).
  let joinMs: number;
  if (rng.chance(0.04)) joinMs = asOfMs - rng.int(1, 360) * DAY;
  else {
    const maxJoinAge = Math.min(age - 1, 50);
    const joinAge = 18 + Math.floor(rng.next() ** 1.6 * (maxJoinAge - 18 + 1));
    joinMs = Math.min(Date.UTC(birthYear + joinAge, 0, 1) + rng.int(0, 364) * DAY, asOfMs - 400 * DAY);
    joinMs = Math.max(
      joinMs,
      Date.UTC(birthYear + 18, Number(birthDate.slice(5, 7)) - 1, Number(birthDate.slice(8, 10))),
    );
  }
  const joinDate = iso(joinMs);
  // 转正 one year after joining (Date.UTC turns a 29 February anniversary into 1 March).
  const fullMs = Date.UTC(
    Number(joinDate.slice(0, 4)) + 1,
    Number(joinDate.slice(5, 7)) - 1,
    Number(joinDate.slice(8, 10)),
  );
  const isFull = fullMs <= asOfMs;
  const p: GenPerson = {
    id: stableUuid(ctx.seed, 'person', branch.firstPerson + i),
    name: chineseName(rng, gender),
    gender,
    ethnicity: ethnicity(rng),
    birthDate,
    idNumber: ctx.uniques.idNumber(() => idNumberFor(branch.county6, birthDate, gender, rng)),
    phone: isSecretary || rng.chance(0.9) ? ctx.uniques.phone(rng) : null,
    education: education(rng, kind, birthYear),
    joinDate,
    fullMemberDate: isFull ? iso(fullMs) : null,
    partyStatus: isFull ? 'full' : 'probationary',
    position: isSecretary ? (branch.isLead ? SECRETARY_TITLE[kind] : '党支部书记') : null,
    cadreRank: null,
    isFirstSecretary: false,
    isVillageStationed: false,
    fivePersonRole: null,
  };
  if (isSecretary) {
    if (kind === 'village' && branch.isLead) p.fivePersonRole = 'branch_head';
    if (kind === 'organ' || kind === 'township') p.cadreRank = rng.chance(0.3) ? 'county' : 'section';
    return p;
  }
  roleFor(rng, p, branch, kind, i, age);
  return p;
}

function roleFor(rng: Rng, p: GenPerson, branch: PlannedOrg, kind: Kind, i: number, age: number) {
  if (kind === 'village' && branch.isLead && i === 1) {
    p.position = '村委会主任';
    p.fivePersonRole = 'committee_head';
  } else if (kind === 'village' && branch.isLead && i === 2) {
    // Stationed by a county organ: a section-level cadre with a degree.
    p.position = '驻村第一书记';
    p.isFirstSecretary = true;
    p.isVillageStationed = true;
    p.fivePersonRole = 'first_secretary';
    p.cadreRank = 'section';
    p.education = '本科';
  } else if (kind === 'village' && branch.isLead && i === 3 && rng.chance(0.7)) {
    p.position = '驻村工作队员';
    p.isVillageStationed = true;
    p.fivePersonRole = 'work_team';
    p.cadreRank = 'staff';
  } else if (kind === 'village' || kind === 'community') {
    if (rng.chance(0.06)) p.position = kind === 'village' ? '村民小组长' : '网格员';
  } else if (kind === 'organ' || kind === 'township') {
    const r = rng.next();
    const high = branch.regionCode.slice(4) === '00000000'; // a prefecture's or the province's own organ
    if (r < 0.04) [p.cadreRank, p.position] = [high ? 'department' : 'county', high ? '副厅长' : '副局长'];
    else if (r < 0.12) [p.cadreRank, p.position] = [high ? 'county' : 'section', high ? '处长' : '股长'];
    else if (r < 0.4) [p.cadreRank, p.position] = ['section', rng.pick(['科长', '副科长', '主任科员'])];
    else if (r < 0.9) [p.cadreRank, p.position] = ['staff', '科员'];
    else p.position = '工作人员';
    if (kind === 'township' && rng.chance(0.25)) p.fivePersonRole = 'township_contact'; // 包村干部
  } else if (kind === 'retired') {
    p.position = '退休干部';
    if (rng.chance(0.3)) p.cadreRank = rng.chance(0.2) ? 'county' : 'section';
  } else if (kind === 'school') {
    const medical = /医院|卫生院|保健院|疾病/.test(branch.name);
    p.position = medical
      ? rng.pick(['医生', '医生', '护士', '主任医师'])
      : rng.pick(['教师', '教师', '教师', '教导主任']);
    if (age > 45 && rng.chance(0.1)) p.position = medical ? '副院长' : '副校长';
  } else {
    p.position = rng.pick(kind === 'firm' ? ['职员', '技术员', '销售经理'] : ['职员', '工程师', '部门经理', '会计']);
  }
}
