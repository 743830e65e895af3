// The column catalogue of an organisation register (党组织信息表) and header matching. Like the member
// register, offices put a title above the header, order columns as they like and name them in several
// ways; we find the header among the first rows and map each known column to a field of the row.
import { createHeaderMatcher, type HeaderMatch } from '../../../platform/spreadsheet/header.ts';

export const OrgColumnKeys = [
  'name',
  'shortName',
  'type',
  'parentName',
  'parentId',
  'region',
  'contactPhone',
  'address',
  'lng',
  'lat',
  'sortOrder',
] as const;
export type OrgColumnKey = (typeof OrgColumnKeys)[number];

/** How a column's cells are read (read-org-row.ts); the template uses it for formats and widths. */
export type OrgColumnKind = 'name' | 'text' | 'type' | 'parentId' | 'region' | 'phone' | 'number';

export type OrgColumnSpec = {
  key: OrgColumnKey;
  kind: OrgColumnKind;
  /** Header text written by the template (zh / en); both are also accepted when reading. */
  zh: string;
  en: string;
  /** Other header texts offices use for the same column. */
  aliases: readonly string[];
  /** The column must be present. parentName/parentId are "one of the two": see PARENT_COLUMNS. */
  isRequired: boolean;
  /** Accepted values and format, for the template's instructions sheet. */
  hint: { zh: string; en: string };
};

export const OrgColumns: readonly OrgColumnSpec[] = [
  {
    key: 'name',
    kind: 'name',
    zh: '组织名称',
    en: 'Organisation name',
    aliases: ['党组织名称', '党组织全称', '组织全称', '名称', 'Name'],
    isRequired: true,
    hint: { zh: '党组织全称，最多 50 字', en: 'Full name, up to 50 characters' },
  },
  {
    key: 'shortName',
    kind: 'text',
    zh: '简称',
    en: 'Short name',
    aliases: ['组织简称', '党组织简称'],
    isRequired: false,
    hint: { zh: '最多 20 字', en: 'Up to 20 characters' },
  },
  {
    key: 'type',
    kind: 'type',
    zh: '组织类别',
    en: 'Type',
    aliases: ['组织类型', '党组织类别', '党组织类型', '类别', '类型', 'Organisation type'],
    isRequired: true,
    hint: {
      zh: '党委 / 党工委 / 党总支 / 党支部 / 党小组',
      en: 'committee / general branch / branch / group',
    },
  },
  {
    key: 'parentName',
    kind: 'text',
    zh: '上级组织',
    en: 'Parent organisation',
    aliases: ['上级党组织', '上级组织名称', '上级党组织名称', '隶属党组织', 'Parent'],
    isRequired: false,
    hint: {
      zh: '上级党组织的全称或简称，重名时写路径，如"XX镇党委/XX村党支部"；可以是本表中前面的行',
      en: 'Full or short name of the parent, or a path "town/village" when names repeat; may be an earlier row',
    },
  },
  {
    key: 'parentId',
    kind: 'parentId',
    zh: '上级组织编号',
    en: 'Parent number',
    aliases: ['上级党组织编号', 'Parent ID'],
    isRequired: false,
    hint: {
      zh: '平台中上级组织的编号；与上级组织至少填一项',
      en: "The parent's number in the platform; this or the name",
    },
  },
  {
    key: 'region',
    kind: 'region',
    zh: '行政区划代码',
    en: 'Region code',
    aliases: ['区划代码', '行政区划', '所在行政区划', '行政区划名称', 'Region'],
    isRequired: false,
    hint: {
      zh: '12 位统计用区划代码，如 520102000000；也可写本辖区内唯一的区划名称',
      en: '12-digit division code, e.g. 520102000000; or a division name unique in your area',
    },
  },
  {
    key: 'contactPhone',
    kind: 'phone',
    zh: '联系电话',
    en: 'Contact phone',
    aliases: ['电话', '办公电话', '联系方式', 'Phone'],
    isRequired: false,
    hint: { zh: '手机号或座机号，如 0851-12345678', en: 'Mobile or landline, e.g. 0851-12345678' },
  },
  {
    key: 'address',
    kind: 'text',
    zh: '地址',
    en: 'Address',
    aliases: ['办公地址', '详细地址', '通讯地址', '驻地'],
    isRequired: false,
    hint: { zh: '最多 200 字', en: 'Up to 200 characters' },
  },
  {
    key: 'lng',
    kind: 'number',
    zh: '经度',
    en: 'Longitude',
    aliases: ['lng', 'lon'],
    isRequired: false,
    hint: { zh: '小数度数，如 106.713（贵州约 103.6–109.6）', en: 'Decimal degrees, e.g. 106.713' },
  },
  {
    key: 'lat',
    kind: 'number',
    zh: '纬度',
    en: 'Latitude',
    aliases: ['lat'],
    isRequired: false,
    hint: { zh: '小数度数，如 26.578（贵州约 24.6–29.2）', en: 'Decimal degrees, e.g. 26.578' },
  },
  {
    key: 'sortOrder',
    kind: 'number',
    zh: '排序',
    en: 'Sort order',
    aliases: ['排序号', '显示顺序', '顺序'],
    isRequired: false,
    hint: { zh: '0 至 1000000 的整数，小的在前', en: 'Whole number 0 to 1,000,000; smaller first' },
  },
];

export const OrgColumnByKey: ReadonlyMap<OrgColumnKey, OrgColumnSpec> = new Map(OrgColumns.map((c) => [c.key, c]));

/** At least one of these columns must be present (and filled on each row). */
export const PARENT_COLUMNS: readonly OrgColumnKey[] = ['parentId', 'parentName'];

const matcher = createHeaderMatcher(OrgColumns, { keys: PARENT_COLUMNS, reportAs: 'parentName' });

export type OrgHeaderMatch = HeaderMatch<OrgColumnKey>;
/** The column a header text names, or null. A trailing note in brackets is tolerated: "经度(度)". */
export const orgColumnForHeader = matcher.columnFor;
/** Reads one row as a header; null when it does not look like one. `values` as exceljs row.values. */
export const matchOrgHeaderRow = matcher.match;
