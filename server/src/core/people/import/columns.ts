// The column catalogue of a 党员花名册 and header matching. Offices keep their registers in their own
// layouts: a title row above the header, columns in any order, several names for the same column. We
// find the header among the first rows and map each known column to a field of the import row.
//
// Where the header names come from (aliases below), so an office's own register reads without being
// retyped into our template:
// - the national 党员信息采集表 of the 全国党员管理信息系统 (Central Organisation Department): 姓名, 性别,
//   公民身份号码, 民族, 出生日期, 学历, 人员类别 (正式党员/预备党员), 入党日期, 转正日期, 所在党支部,
//   联系电话, 家庭住址, 籍贯, 现居住地 (its 工作岗位 is a classification, not a post: not imported);
// - the 党员花名册 layouts townships and street offices keep (and the forms of 党员组织关系介绍信 and
//   the 党员档案 cover): 出生年月, 入党年月/入党时间, 转正年月/转正时间, 文化程度, 籍贯, 工作单位及职务,
//   家庭住址/家庭地址/现住址, 联系电话/手机号码, 党员类别/党员身份.
// Columns those forms have that the register does not keep (学位, 婚姻状况, 参加工作时间, 技术职称 …)
// stay unknown and are listed on the check screen and in the report as not imported.
import {
  createHeaderMatcher,
  type HeaderMatch as GenericHeaderMatch,
  normalizeHeader,
} from '../../../platform/spreadsheet/header.ts';

export const ColumnKeys = [
  'name',
  'idNumber',
  'gender',
  'ethnicity',
  'birthDate',
  'phone',
  'education',
  'joinDate',
  'fullMemberDate',
  'partyStatus',
  'position',
  'workUnit',
  'nativePlace',
  'address',
  'cadreRank',
  'isFirstSecretary',
  'isVillageStationed',
  'fivePersonRole',
  'orgId',
  'orgName',
  'membershipFrom',
] as const;
export type ColumnKey = (typeof ColumnKeys)[number];

/** How a column's cells are read (see read-person-row.ts); the template uses it for formats and lists. */
export type ColumnKind = 'name' | 'idNumber' | 'phone' | 'date' | 'text' | 'enum' | 'boolean' | 'ethnicity' | 'orgId';

export type ColumnSpec = {
  key: ColumnKey;
  kind: ColumnKind;
  /** Header text written by the template (zh / en); both are also accepted when reading. */
  zh: string;
  en: string;
  /** Other header texts offices use for the same column. */
  aliases: readonly string[];
  /** The column must be present. orgId/orgName are "one of the two": see ORG_COLUMNS. */
  isRequired: boolean;
  /** Accepted values and format, for the template's instructions sheet. */
  hint: { zh: string; en: string };
};

const YES_NO = { zh: '是 / 否（空白视为否）', en: 'Yes / No (blank means no)' };
const DATE_HINT = { zh: '年-月-日，如 2020-01-05', en: 'Year-month-day, e.g. 2020-01-05' };

export const PeopleColumns: readonly ColumnSpec[] = [
  {
    key: 'name',
    kind: 'name',
    zh: '姓名',
    en: 'Name',
    aliases: ['党员姓名'],
    isRequired: true,
    hint: { zh: '最多 50 字', en: 'Up to 50 characters' },
  },
  {
    key: 'idNumber',
    kind: 'idNumber',
    zh: '身份证号',
    en: 'ID number',
    aliases: ['身份证号码', '公民身份号码', '公民身份证号码', '身份证', 'ID No', 'ID card number'],
    isRequired: true,
    hint: { zh: '18 位，请以文本格式填写', en: '18 characters, typed as text' },
  },
  {
    key: 'gender',
    kind: 'enum',
    zh: '性别',
    en: 'Gender',
    aliases: ['Sex'],
    isRequired: false,
    hint: { zh: '男 / 女；空白时按身份证号', en: 'M / F; blank: taken from the ID number' },
  },
  {
    key: 'ethnicity',
    kind: 'ethnicity',
    zh: '民族',
    en: 'Ethnicity',
    aliases: ['Ethnic group'],
    isRequired: false,
    hint: { zh: '如 汉族、苗族；空白视为汉族', en: 'E.g. 汉族, 苗族; blank means 汉族' },
  },
  {
    key: 'birthDate',
    kind: 'date',
    zh: '出生日期',
    en: 'Birth date',
    aliases: ['出生年月', '出生年月日', '出生时间', 'Date of birth'],
    isRequired: false,
    hint: { zh: '年-月-日；空白时按身份证号', en: 'Year-month-day; blank: taken from the ID number' },
  },
  {
    key: 'phone',
    kind: 'phone',
    zh: '手机号码',
    en: 'Mobile phone',
    aliases: ['手机', '手机号', '联系电话', '联系方式', '电话', '手机号码(联系电话)', 'Phone', 'Mobile'],
    isRequired: false,
    hint: { zh: '11 位手机号', en: '11-digit mainland mobile number' },
  },
  {
    key: 'education',
    kind: 'text',
    zh: '学历',
    en: 'Education',
    aliases: ['文化程度', '最高学历', '全日制学历'],
    isRequired: false,
    hint: { zh: '如 大学本科', en: 'E.g. 大学本科' },
  },
  {
    key: 'joinDate',
    kind: 'date',
    zh: '入党时间',
    en: 'Join date',
    aliases: ['入党日期', '入党年月', '入党年月日', '加入党组织日期', 'Date joined'],
    isRequired: true,
    hint: DATE_HINT,
  },
  {
    key: 'fullMemberDate',
    kind: 'date',
    zh: '转正时间',
    en: 'Full membership date',
    aliases: ['转正日期', '转正年月', '转正年月日', '转为正式党员日期'],
    isRequired: false,
    hint: DATE_HINT,
  },
  {
    key: 'partyStatus',
    kind: 'enum',
    zh: '党员类别',
    en: 'Party status',
    aliases: ['人员类别', '党员状态', '党员身份', '党籍类别'],
    isRequired: true,
    hint: { zh: '正式党员 / 预备党员（必填）', en: 'full / probationary (required)' },
  },
  {
    key: 'position',
    kind: 'text',
    zh: '职务',
    en: 'Position',
    aliases: ['现任职务', '党内职务'],
    isRequired: false,
    hint: { zh: '最多 80 字', en: 'Up to 80 characters' },
  },
  {
    key: 'workUnit',
    kind: 'text',
    zh: '工作单位及职务',
    en: 'Work unit and post',
    aliases: ['工作单位', '工作单位及职位', '单位及职务', '工作单位和职务', '现工作单位', 'Work unit'],
    isRequired: false,
    hint: { zh: '最多 100 字', en: 'Up to 100 characters' },
  },
  {
    key: 'nativePlace',
    kind: 'text',
    zh: '籍贯',
    en: 'Native place',
    aliases: ['祖籍', 'Place of origin'],
    isRequired: false,
    hint: { zh: '如 贵州贵阳；最多 40 字', en: 'E.g. 贵州贵阳; up to 40 characters' },
  },
  {
    key: 'address',
    kind: 'text',
    zh: '家庭住址',
    en: 'Home address',
    aliases: ['家庭地址', '住址', '现住址', '现居住地', '居住地址', '现居住地址', '通讯地址', 'Address'],
    isRequired: false,
    hint: {
      zh: '最多 120 字；仅有权查看手机号的人可见',
      en: 'Up to 120 characters; shown only to those who may see the phone',
    },
  },
  {
    key: 'cadreRank',
    kind: 'enum',
    zh: '干部级别',
    en: 'Cadre rank',
    aliases: ['职级', '级别'],
    isRequired: false,
    hint: {
      zh: '省部级 / 厅局级 / 县处级 / 乡科级 / 科员及以下',
      en: 'provincial / department / county / section / staff',
    },
  },
  {
    key: 'isFirstSecretary',
    kind: 'boolean',
    zh: '是否第一书记',
    en: 'First secretary',
    aliases: ['第一书记'],
    isRequired: false,
    hint: YES_NO,
  },
  {
    key: 'isVillageStationed',
    kind: 'boolean',
    zh: '是否驻村干部',
    en: 'Village-stationed',
    aliases: ['驻村干部'],
    isRequired: false,
    hint: YES_NO,
  },
  {
    key: 'fivePersonRole',
    kind: 'enum',
    zh: '五人小组职务',
    en: 'Five-person group role',
    aliases: ['五人小组'],
    isRequired: false,
    hint: {
      zh: '第一书记 / 村支书 / 村（居）委会主任 / 包村干部 / 驻村工作队员',
      en: 'first_secretary / branch_head / committee_head / township_contact / work_team',
    },
  },
  {
    key: 'orgId',
    kind: 'orgId',
    zh: '组织编号',
    en: 'Organisation number',
    aliases: ['党组织编号', 'Org ID'],
    isRequired: false,
    hint: { zh: '平台中的组织编号；与所在党组织至少填一项', en: "The platform's number; this or the name" },
  },
  {
    key: 'orgName',
    kind: 'text',
    zh: '所在党组织',
    en: 'Party organisation',
    aliases: ['所在支部', '党组织名称', '所在党支部', '党组织', 'Organisation'],
    isRequired: false,
    hint: { zh: '党组织全称；与组织编号至少填一项', en: 'Full name; this or the number' },
  },
  {
    key: 'membershipFrom',
    kind: 'date',
    zh: '转入本组织日期',
    en: 'Member here since',
    aliases: ['转入日期', '组织关系转入日期', '转入时间'],
    isRequired: false,
    hint: { zh: '年-月-日；可空', en: 'Year-month-day; may be blank' },
  },
];

export const ColumnByKey: ReadonlyMap<ColumnKey, ColumnSpec> = new Map(PeopleColumns.map((c) => [c.key, c]));

/** At least one of these columns must be present (and filled on each row). */
export const ORG_COLUMNS: readonly ColumnKey[] = ['orgId', 'orgName'];

const matcher = createHeaderMatcher(PeopleColumns, { keys: ORG_COLUMNS, reportAs: 'orgName' });

export type HeaderMatch = GenericHeaderMatch<ColumnKey>;
/** The column a header text names, or null. A trailing note in brackets is tolerated: "出生日期(年月日)". */
export const columnForHeader = matcher.columnFor;
/** Reads one row as a header; null when it does not look like one. `values` as exceljs row.values. */
export const matchHeaderRow = matcher.match;
export { normalizeHeader };

/**
 * The header among the first rows (default 10): the first row that reads as one. `rowIndex` is the
 * position in `rows` (0-based); data starts on the next row. Null → `header.not_found`.
 */
export function findHeader(
  rows: readonly (readonly unknown[])[],
  maxRows = 10,
): { rowIndex: number; header: HeaderMatch } | null {
  for (let r = 0; r < Math.min(rows.length, maxRows); r++) {
    const header = matchHeaderRow(rows[r] ?? []);
    if (header) return { rowIndex: r, header };
  }
  return null;
}
