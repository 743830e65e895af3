// One register row → a normalised person, or the problems that stop it. Pure: no database. The import
// pipeline adds what needs the database (duplicate IDs, organisation lookup) and writes the rows.
import { Limits, PeopleLimits } from '@hongyun/contracts';
import {
  type CellResult,
  cellText,
  enumTable,
  isBlankCell,
  isPlaceholder,
  readBoolean,
  readDate,
  readEnum,
  readIdNumber,
  readName,
  readPhone,
  readPositiveInt,
  readText,
} from '../../../platform/spreadsheet/cells.ts';
import type { BulkPerson } from '../bulk-load.ts';
import type { CadreRanks, FivePersonRoles, PartyStatuses } from '../schema.ts';
import { crossFieldProblems, todayInChina } from '../validation.ts';
import type { ColumnKey, HeaderMatch } from './columns.ts';

type PartyStatus = (typeof PartyStatuses)[number];
type CadreRank = (typeof CadreRanks)[number];
type FivePersonRole = (typeof FivePersonRoles)[number];

/** A problem in one cell (or between cells: reported on the later column). `code` is a FieldMessages key. */
export type RowProblem = { column: ColumnKey; code: string };

/** A person as read from one row; the pipeline resolves `org` to orgId/orgPath for insertPeopleBatch. */
export type PersonImportRow = {
  name: string;
  gender: 'M' | 'F';
  ethnicity: string;
  birthDate: string | null;
  idNumber: string;
  phone: string | null;
  education: string | null;
  joinDate: string | null;
  fullMemberDate: string | null;
  partyStatus: PartyStatus | null;
  position: string | null;
  workUnit: string | null;
  nativePlace: string | null;
  address: string | null;
  cadreRank: CadreRank | null;
  isFirstSecretary: boolean;
  isVillageStationed: boolean;
  fivePersonRole: FivePersonRole | null;
  org: { id: number | null; name: string | null };
  /** 转入本组织日期; null when not given (the pipeline picks the default). */
  membershipFrom: string | null;
};

// With its organisation resolved and a membership start chosen, a row is what the bulk loader takes
// (a compile error here means the two types drifted apart).
type Assignable<T extends U, U> = T;
export type ResolvedPersonRow = Assignable<
  Omit<PersonImportRow, 'org' | 'membershipFrom'> & { orgId: number; orgPath: string; membershipFrom: string },
  BulkPerson
>;

/**
 * What a row could be read for the checks that need the database, even when other cells failed: so
 * the organisation and duplicate checks run on every row and an office fixes a row in one round.
 */
export type PersonRowKeys = {
  name: string | null;
  /** Set only when the ID number itself is valid. */
  idNumber: string | null;
  /** Set when an organisation cell was read (by number or by name). */
  org: { id: number | null; name: string | null } | null;
};

export type PersonRowResult = {
  isBlank: boolean;
  row: PersonImportRow | null;
  problems: RowProblem[];
  keys: PersonRowKeys;
};

export const GenderValues = enumTable<'M' | 'F'>({ M: ['男', '男性', 'male'], F: ['女', '女性', 'female'] });

// 'none' is a cadre or worker who is not a party member (群众): the register keeps them too, with
// no party status and no join date.
export const PartyStatusValues = enumTable<PartyStatus | 'none'>({
  full: ['正式党员', '正式', 'full member'],
  probationary: ['预备党员', '预备', 'probationary member'],
  none: ['群众', '非党员', '非中共党员', '非党员干部', 'not a member', 'non-member'],
});

// Registers often give the exact grade (正处级, 副科级); each belongs to one of our five bands.
export const CadreRankValues = enumTable<CadreRank>({
  provincial: ['省部级', '正部级', '副部级', '正省部级', '副省部级'],
  department: ['厅局级', '正厅级', '副厅级', '正局级', '副局级', '地厅级'],
  county: ['县处级', '正处级', '副处级', '正县级', '副县级'],
  section: ['乡科级', '正科级', '副科级'],
  staff: ['科员及以下', '科员', '办事员'],
});

export const FivePersonRoleValues = enumTable<FivePersonRole>({
  first_secretary: ['第一书记', '驻村第一书记'],
  branch_head: ['村支书', '村党支部书记', '村党组织书记', '村(居)党组织书记'],
  committee_head: ['村(居)委会主任', '村委会主任', '居委会主任', '村主任'],
  township_contact: ['包村干部'],
  work_team: ['驻村工作队员', '工作队员', '驻村队员'],
});

// The 56 officially recognised ethnic groups; registers often drop the final 族 ("汉", "苗").
export const Ethnicities: readonly string[] = (
  '汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 ' +
  '景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 ' +
  '保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺'
)
  .split(' ')
  .map((n) => `${n}族`);
const ETHNICITY_SET = new Set(Ethnicities);

/** "汉" → "汉族" for the 56 official names; other text kept as written when short enough. */
export function readEthnicity(v: unknown): CellResult<string | null> {
  const r = readText(v, PeopleLimits.ethnicityMax);
  if (!r.ok || r.value === null) return r;
  if (isPlaceholder(r.value)) return { ok: true, value: null };
  const name = r.value.replace(/\s/g, '');
  return { ok: true, value: ETHNICITY_SET.has(`${name}族`) ? `${name}族` : name };
}

// An organisation may be given as a path of names ("云岩区委/黔灵镇党委/XX支部"), so longer than one name.
/** Birth date and gender of an ID number readIdNumber accepted (17th digit odd = male). */
function factsOfValidId(id: string): { birthDate: string; gender: 'M' | 'F' } {
  return {
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    gender: Number(id[16]) % 2 === 1 ? 'M' : 'F',
  };
}

const ORG_NAME_MAX = Limits.nameMax * 4;

const YEAR_MONTH = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;

/**
 * 出生年月 columns hold a year and month ("1980.01", "1980年1月"). The full date is the ID number's,
 * so a month that agrees with it is no problem ('same-month': the ID number's date is stored); a month
 * that does not is reported as differing. Anything else reads as any date column.
 */
function readBirthDate(
  v: unknown,
  idNumber: string | null,
  today: string,
  problems: RowProblem[],
  failed: Set<ColumnKey>,
): string | 'same-month' | null {
  const r = readDate(v, today);
  if (r.ok) return r.value;
  const ym = r.code === 'date.incomplete' && idNumber ? YEAR_MONTH.exec(cellText(v) ?? '') : null;
  if (ym && idNumber) {
    const facts = factsOfValidId(idNumber);
    const month = Number(ym[2]);
    // A yyyy.mm typed as a number loses a trailing zero (1980.10 → 1980.1): either reading may be meant.
    const months = typeof v === 'number' && (ym[2] ?? '').length === 1 ? [month, month * 10] : [month];
    if (ym[1] === facts.birthDate.slice(0, 4) && months.includes(Number(facts.birthDate.slice(5, 7)))) {
      return 'same-month';
    }
    problems.push({ column: 'birthDate', code: 'birth_date.differs_from_id_number' });
    failed.add('birthDate');
    return null;
  }
  problems.push({ column: 'birthDate', code: r.code });
  failed.add('birthDate');
  return null;
}

/**
 * Reads one row (exceljs row.values, 1-based) with the header found by findHeader. A row whose mapped
 * cells are all blank is `isBlank` (registers keep pre-numbered empty rows under 序号). `row` is set
 * only when there are no problems. Gender and birth date, when blank, come from the ID number.
 * Pass `today` (todayInChina() once per file) when reading many rows: computing it costs ~150 µs.
 */
export function readPersonRow(
  values: readonly unknown[],
  header: HeaderMatch,
  today: string = todayInChina(),
): PersonRowResult {
  const cell = new Map<ColumnKey, unknown>();
  for (const [index, key] of header.columns) cell.set(key, values[index]);
  if ([...cell.values()].every(isBlankCell)) {
    return { isBlank: true, row: null, problems: [], keys: { name: null, idNumber: null, org: null } };
  }

  const problems: RowProblem[] = [];
  const failed = new Set<ColumnKey>();
  const take = <T>(column: ColumnKey, read: (v: unknown) => CellResult<T>): T | null => {
    const r = read(cell.get(column));
    if (r.ok) return r.value;
    problems.push({ column, code: r.code });
    failed.add(column);
    return null;
  };
  const require = <T>(column: ColumnKey, value: T | null): T | null => {
    if (value === null && !failed.has(column)) problems.push({ column, code: 'value.required' });
    return value;
  };

  const name = require('name', take('name', readName));
  const idNumber = require('idNumber', take('idNumber', (v) => readIdNumber(v, today)));
  const givenGender = take('gender', (v) => readEnum(v, GenderValues));
  const ethnicity = take('ethnicity', readEthnicity);
  const givenBirthDate = readBirthDate(cell.get('birthDate'), idNumber, today, problems, failed);
  const phone = take('phone', readPhone);
  const education = take('education', (v) => readText(v, PeopleLimits.educationMax));
  // A register of members: a row without its party status or join date would be stored as a member
  // with neither (the silent loss offices found), so both are required on every member's row. A
  // non-member (人员类别 群众) has neither, and dates given for one are a contradiction to fix.
  const statusCell = readEnum(cell.get('partyStatus'), PartyStatusValues);
  const isNonMember = statusCell.ok && statusCell.value === 'none';
  const givenJoinDate = take('joinDate', (v) => readDate(v, today));
  const joinDate = isNonMember ? givenJoinDate : require('joinDate', givenJoinDate);
  const fullMemberDate = take('fullMemberDate', (v) => readDate(v, today));
  const status = require('partyStatus', take('partyStatus', (v) => readEnum(v, PartyStatusValues)));
  const partyStatus = status === 'none' ? null : status;
  if (isNonMember) {
    for (const [column, value] of [
      ['joinDate', joinDate],
      ['fullMemberDate', fullMemberDate],
    ] as const) {
      if (value !== null) {
        problems.push({ column, code: 'date.non_member' });
        failed.add(column);
      }
    }
  }
  const position = take('position', (v) => readText(v, PeopleLimits.positionMax));
  const workUnit = take('workUnit', (v) => readText(v, PeopleLimits.workUnitMax));
  const nativePlace = take('nativePlace', (v) => readText(v, PeopleLimits.nativePlaceMax));
  const address = take('address', (v) => readText(v, PeopleLimits.addressMax));
  const cadreRank = take('cadreRank', (v) => readEnum(v, CadreRankValues));
  const isFirstSecretary = take('isFirstSecretary', readBoolean) ?? false;
  const isVillageStationed = take('isVillageStationed', readBoolean) ?? false;
  const fivePersonRole = take('fivePersonRole', (v) => readEnum(v, FivePersonRoleValues));
  const orgId = take('orgId', readPositiveInt);
  const orgName = take('orgName', (v) => readText(v, ORG_NAME_MAX));
  const membershipFrom = take('membershipFrom', (v) => readDate(v, today));

  // Either org column will do; the empty one that exists in the sheet is the one to point at.
  if (orgId === null && orgName === null && !failed.has('orgId') && !failed.has('orgName')) {
    const hasNameColumn = [...header.columns.values()].includes('orgName');
    const hasIdColumn = [...header.columns.values()].includes('orgId');
    problems.push({ column: hasIdColumn && !hasNameColumn ? 'orgId' : 'orgName', code: 'value.required' });
  }

  for (const x of crossFieldProblems({ joinDate, fullMemberDate })) {
    problems.push({ column: x.field as ColumnKey, code: x.message });
  }
  // The same checks crossFieldProblems makes against the ID number, on the number readIdNumber has
  // already validated: idNumberFacts would validate it again and, without a `today`, build an
  // Intl.DateTimeFormat per call (~150 µs, most of the time of a 170,000-row import).
  const facts = idNumber ? factsOfValidId(idNumber) : null;
  if (facts && givenBirthDate && givenBirthDate !== 'same-month' && givenBirthDate !== facts.birthDate) {
    problems.push({ column: 'birthDate', code: 'birth_date.differs_from_id_number' });
  }
  if (facts && givenGender && givenGender !== facts.gender) {
    problems.push({ column: 'gender', code: 'gender.differs_from_id_number' });
  }

  const keys: PersonRowKeys = {
    name,
    idNumber,
    org: orgId !== null || orgName !== null ? { id: orgId, name: orgName } : null,
  };
  if (problems.length > 0 || name === null || idNumber === null || facts === null) {
    return { isBlank: false, row: null, problems, keys };
  }
  return {
    isBlank: false,
    problems,
    keys,
    row: {
      name,
      gender: givenGender ?? facts.gender,
      ethnicity: ethnicity ?? '汉族', // as a registration without ethnicity
      birthDate: givenBirthDate === null || givenBirthDate === 'same-month' ? facts.birthDate : givenBirthDate,
      idNumber,
      phone,
      education,
      joinDate,
      fullMemberDate,
      partyStatus,
      position,
      workUnit,
      nativePlace,
      address,
      cadreRank,
      isFirstSecretary,
      isVillageStationed,
      fivePersonRole,
      org: { id: orgId, name: orgName },
      membershipFrom,
    },
  };
}
