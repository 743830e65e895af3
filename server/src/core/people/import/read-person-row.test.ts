import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findHeader, type HeaderMatch, matchHeaderRow } from './columns.ts';
import { FIXTURE_IDS, makeTempDir, readXlsxRows, writeXlsx } from './fixtures.ts';
import { Ethnicities, readEthnicity, readPersonRow } from './read-person-row.ts';

const TODAY = '2026-06-30';
const ID_M = '520102197001010019'; // male, born 1970-01-01
const ID_F = '52010219850615002X'; // female, born 1985-06-15

const HEADERS = [
  '序号',
  '姓名',
  '身份证号',
  '性别',
  '民族',
  '出生日期',
  '手机号码',
  '学历',
  '入党时间',
  '转正时间',
  '党员类别',
  '职务',
  '工作单位及职务',
  '籍贯',
  '家庭住址',
  '干部级别',
  '第一书记',
  '驻村干部',
  '五人小组职务',
  '组织编号',
  '所在党组织',
  '转入本组织日期',
] as const;
type Header = (typeof HEADERS)[number];

const header = matchHeaderRow([undefined, ...HEADERS]) as HeaderMatch;
/** A 1-based row with the given cells by header text. */
const row = (cells: Partial<Record<Header, unknown>>): unknown[] => [undefined, ...HEADERS.map((h) => cells[h])];
// Every member row needs its join date and party status; tests about other columns get these.
const MEMBER: Partial<Record<Header, unknown>> = { 入党时间: '2000-07-01', 党员类别: '正式党员' };
const read = (cells: Partial<Record<Header, unknown>>) => readPersonRow(row({ ...MEMBER, ...cells }), header, TODAY);
const readExactly = (cells: Partial<Record<Header, unknown>>) => readPersonRow(row(cells), header, TODAY);

describe('readPersonRow', () => {
  it('reads a fully filled row as offices type it', () => {
    const r = read({
      序号: 1,
      姓名: '张　三',
      身份证号: '520102197001010019',
      性别: '男',
      民族: '苗',
      出生日期: new Date(Date.UTC(1970, 0, 1)),
      手机号码: 13812345678,
      学历: '大学本科',
      入党时间: '1995.7.1',
      转正时间: 35247, // Excel serial of 1996-07-01
      党员类别: '正式党员',
      职务: '村党支部书记',
      工作单位及职务: 'XX村村委会 主任',
      籍贯: '贵州贵阳',
      家庭住址: '贵阳市云岩区XX路1号',
      干部级别: '副科级',
      第一书记: '否',
      驻村干部: '√',
      五人小组职务: '村（居）委会主任',
      组织编号: '12',
      所在党组织: 'XX村党支部',
      转入本组织日期: '2010年3月1日',
    });
    expect(r).toEqual({
      isBlank: false,
      problems: [],
      keys: { name: '张三', idNumber: ID_M, org: { id: 12, name: 'XX村党支部' } },
      row: {
        name: '张三',
        gender: 'M',
        ethnicity: '苗族',
        birthDate: '1970-01-01',
        idNumber: ID_M,
        phone: '13812345678',
        education: '大学本科',
        joinDate: '1995-07-01',
        fullMemberDate: '1996-07-01',
        partyStatus: 'full',
        position: '村党支部书记',
        workUnit: 'XX村村委会 主任',
        nativePlace: '贵州贵阳',
        address: '贵阳市云岩区XX路1号',
        cadreRank: 'section',
        isFirstSecretary: false,
        isVillageStationed: true,
        fivePersonRole: 'committee_head',
        org: { id: 12, name: 'XX村党支部' },
        membershipFrom: '2010-03-01',
      },
    });
  });

  it('derives gender and birth date from the ID number and fills defaults when blank', () => {
    const r = read({ 姓名: '李四', 身份证号: ID_F, 所在党组织: 'XX村党支部' });
    expect(r.problems).toEqual([]);
    expect(r.row).toMatchObject({
      gender: 'F',
      birthDate: '1985-06-15',
      ethnicity: '汉族',
      phone: null,
      partyStatus: 'full',
      isFirstSecretary: false,
      isVillageStationed: false,
      org: { id: null, name: 'XX村党支部' },
      membershipFrom: null,
    });
  });

  it('treats a row with only its 序号 filled as blank', () => {
    expect(readExactly({ 序号: 7 })).toMatchObject({ isBlank: true, row: null, problems: [] });
    expect(readExactly({ 姓名: '\u3000', 第一书记: ' ' })).toMatchObject({ isBlank: true, row: null, problems: [] });
  });

  it('reports required fields left blank', () => {
    expect(readExactly({ 手机号码: '13812345678' }).problems).toEqual([
      { column: 'name', code: 'value.required' },
      { column: 'idNumber', code: 'value.required' },
      { column: 'joinDate', code: 'value.required' },
      { column: 'partyStatus', code: 'value.required' },
      { column: 'orgName', code: 'value.required' },
    ]);
  });

  it('refuses a member row without its party status or join date (stored without them before)', () => {
    const base = { 姓名: '张三', 身份证号: ID_M, 所在党组织: 'XX村党支部' };
    expect(readExactly({ ...base, 入党时间: '2000-07-01' }).problems).toEqual([
      { column: 'partyStatus', code: 'value.required' },
    ]);
    expect(readExactly({ ...base, 党员类别: '预备党员' }).problems).toEqual([
      { column: 'joinDate', code: 'value.required' },
    ]);
    expect(readExactly({ ...base, 入党时间: '2000-07-01', 党员类别: '预备党员' }).row).not.toBeNull();
  });

  it('keeps a cadre who is not a party member (群众) without party status or join date; dates for one are a problem', () => {
    const base = { 姓名: '张三', 身份证号: ID_M, 所在党组织: 'XX村党支部', 干部级别: '副科级' };
    const cadre = readExactly({ ...base, 党员类别: '群众' });
    expect(cadre.problems).toEqual([]);
    expect(cadre.row).toMatchObject({ partyStatus: null, joinDate: null, cadreRank: 'section' });
    expect(
      readExactly({ ...base, 党员类别: '非中共党员', 入党时间: '2000-07-01', 转正时间: '2001-07-01' }).problems,
    ).toEqual([
      { column: 'joinDate', code: 'date.non_member' },
      { column: 'fullMemberDate', code: 'date.non_member' },
    ]);
  });

  it('reads an 出生年月 month that agrees with the ID number, and reports one that does not', () => {
    const birthMonth = matchHeaderRow([
      undefined,
      '姓名',
      '公民身份号码',
      '出生年月',
      '入党年月',
      '人员类别',
      '所在党支部',
    ]);
    const at = (birth: unknown) =>
      readPersonRow([undefined, '张三', ID_M, birth, '2000-07-01', '正式党员', 'X'], birthMonth as HeaderMatch, TODAY);
    expect(at('1970.01').row?.birthDate).toBe('1970-01-01');
    expect(at('1970年1月').row?.birthDate).toBe('1970-01-01');
    expect(at(1970.1).row?.birthDate).toBe('1970-01-01'); // 1970.01 typed as a number
    expect(at('1971.01').problems).toEqual([{ column: 'birthDate', code: 'birth_date.differs_from_id_number' }]);
  });

  it('points at the org-number column when it is the only org column', () => {
    const idOnly = matchHeaderRow([undefined, '姓名', '身份证号', '入党时间', '党员类别', '组织编号']) as HeaderMatch;
    const member = [undefined, '王五', ID_M, '2000-07-01', '正式党员'];
    expect(readPersonRow(member, idOnly, TODAY).problems).toEqual([{ column: 'orgId', code: 'value.required' }]);
    expect(readPersonRow([...member, 3], idOnly, TODAY).row?.org).toEqual({ id: 3, name: null });
  });

  it('reports each unreadable cell with its reason, and no row', () => {
    const r = read({
      姓名: '赵六',
      身份证号: Number(ID_M),
      性别: '未知',
      出生日期: '1970.01',
      手机号码: '0851-1234567',
      入党时间: '95.7.1',
      转正时间: '2030-01-01',
      党员类别: '团员',
      干部级别: { error: '#N/A' },
      第一书记: '可能',
      组织编号: '一支部',
    });
    expect(r.row).toBeNull();
    expect(r.problems).toEqual([
      { column: 'idNumber', code: 'id_number.rounded' },
      { column: 'gender', code: 'value.unknown' },
      { column: 'birthDate', code: 'date.incomplete' },
      { column: 'phone', code: 'phone.invalid' },
      { column: 'joinDate', code: 'date.unreadable' },
      { column: 'fullMemberDate', code: 'date.implausible' },
      { column: 'partyStatus', code: 'value.unknown' },
      { column: 'cadreRank', code: 'cell.error' },
      { column: 'isFirstSecretary', code: 'value.unknown' },
      { column: 'orgId', code: 'value.unknown' },
    ]);
  });

  it('reports gender and birth date that disagree with the ID number, and dates out of order', () => {
    const r = read({
      姓名: '钱七',
      身份证号: ID_M,
      性别: '女',
      出生日期: '1970-01-02',
      入党时间: '2000-07-01',
      转正时间: '1999-07-01',
      所在党组织: 'XX村党支部',
    });
    expect(r.row).toBeNull();
    expect(r.problems).toEqual([
      { column: 'fullMemberDate', code: 'date.before_join_date' },
      { column: 'birthDate', code: 'birth_date.differs_from_id_number' },
      { column: 'gender', code: 'gender.differs_from_id_number' },
    ]);
  });

  it('accepts given gender and birth date that agree with the ID number, in English', () => {
    const r = read({
      姓名: '孙八',
      身份证号: ID_F,
      性别: 'F',
      出生日期: 19850615,
      党员类别: 'probationary',
      所在党组织: 'X',
    });
    expect(r.row).toMatchObject({ gender: 'F', birthDate: '1985-06-15', partyStatus: 'probationary' });
  });

  it('reads enum values in Chinese and English', () => {
    const ranks: [string, string][] = [
      ['省部级', 'provincial'],
      ['厅局级', 'department'],
      ['县处级', 'county'],
      ['正处级', 'county'],
      ['乡科级', 'section'],
      ['科员及以下', 'staff'],
      ['科员', 'staff'],
      ['办事员', 'staff'],
      ['staff', 'staff'],
    ];
    for (const [text, value] of ranks) {
      expect(read({ 姓名: '甲', 身份证号: ID_M, 干部级别: text, 所在党组织: 'X' }).row?.cadreRank, text).toBe(value);
    }
    const roles: [string, string][] = [
      ['第一书记', 'first_secretary'],
      ['村支书', 'branch_head'],
      ['村（居）委会主任', 'committee_head'],
      ['包村干部', 'township_contact'],
      ['驻村工作队员', 'work_team'],
      ['work_team', 'work_team'],
    ];
    for (const [text, value] of roles) {
      expect(read({ 姓名: '甲', 身份证号: ID_M, 五人小组职务: text, 所在党组织: 'X' }).row?.fivePersonRole, text).toBe(
        value,
      );
    }
    for (const [text, value] of [
      ['正式', 'full'],
      ['预备', 'probationary'],
      ['预备党员', 'probationary'],
    ]) {
      expect(read({ 姓名: '甲', 身份证号: ID_M, 党员类别: text, 所在党组织: 'X' }).row?.partyStatus, text).toBe(value);
    }
  });

  it('upgrades a 15-digit ID and keeps a name too long out', () => {
    expect(read({ 姓名: '甲', 身份证号: 520102700101001, 所在党组织: 'X' }).row?.idNumber).toBe(ID_M);
    expect(read({ 姓名: '甲'.repeat(51), 身份证号: ID_M, 所在党组织: 'X' }).problems).toEqual([
      { column: 'name', code: 'value.too_long' },
    ]);
    expect(read({ 姓名: '甲', 身份证号: ID_M, 所在党组织: `云岩区委/${'X'.repeat(195)}` }).row?.org.name).toHaveLength(
      200,
    );
    expect(read({ 姓名: '甲', 身份证号: ID_M, 所在党组织: 'X'.repeat(201) }).problems).toEqual([
      { column: 'orgName', code: 'value.too_long' },
    ]);
  });
});

describe('readEthnicity', () => {
  it('knows the 56 official names and adds a missing 族', () => {
    expect(Ethnicities).toHaveLength(56);
    expect(new Set(Ethnicities).size).toBe(56);
    expect(readEthnicity('汉')).toEqual({ ok: true, value: '汉族' });
    expect(readEthnicity('汉族')).toEqual({ ok: true, value: '汉族' });
    expect(readEthnicity('布依')).toEqual({ ok: true, value: '布依族' });
    expect(readEthnicity(' 仡佬族 ')).toEqual({ ok: true, value: '仡佬族' });
  });
  it('keeps other short text, refuses long text, treats 无 as blank', () => {
    expect(readEthnicity('穿青人')).toEqual({ ok: true, value: '穿青人' });
    expect(readEthnicity('很'.repeat(21))).toEqual({ ok: false, code: 'value.too_long' });
    expect(readEthnicity('无')).toEqual({ ok: true, value: null });
  });
});

describe('a register file as an office keeps it, through the streaming reader', () => {
  let tmp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => {
    tmp = await makeTempDir();
  });
  afterAll(() => tmp.cleanup());

  const office = [
    ['XX村党支部党员花名册'],
    ['填报日期：2024年1月'],
    ['序号', '姓 名', '性别', '公民身份号码', '出生年月日', '联系电话', '入党日期', '党员状态', '所在支部', '籍贯'],
    [
      1,
      '张　三',
      '男',
      520102700101001,
      new Date(Date.UTC(1970, 0, 1)),
      13812345678,
      19950701,
      '正式',
      'XX村党支部',
      '贵阳',
    ],
    [
      2,
      { richText: [{ text: '李' }, { text: '四' }] },
      '',
      FIXTURE_IDS.female1985,
      '',
      '+86 138-1234-5679',
      '２０１０年７月１日',
      '预备党员',
      { formula: 'I4', result: 'XX村党支部' },
    ],
    [3, '王五', '男', Number(ID_M), '1970.01', '1381234567', { error: '#N/A' }, '团员', 'XX村党支部'],
    [4],
    [5],
  ];

  it('finds the header under a merged title and reads, normalises or reports every row', async () => {
    const file = await writeXlsx(path.join(tmp.dir, 'office.xlsx'), office, { merges: ['A1:J1'] });
    const rows = await readXlsxRows(file);
    const found = findHeader(rows.map((r) => r.values));
    expect(found?.rowIndex).toBe(2);
    expect(found?.header.unknown).toEqual([]); // 籍贯 is a column of ours now
    const results = rows.slice(3).map((r) => readPersonRow(r.values, found?.header as HeaderMatch, TODAY));

    expect(results[0]?.row).toMatchObject({
      name: '张三',
      idNumber: ID_M, // a 15-digit first-generation ID, upgraded
      birthDate: '1970-01-01', // a Date cell
      phone: '13812345678', // a number
      joinDate: '1995-07-01', // yyyymmdd as a number
      partyStatus: 'full',
      nativePlace: '贵阳',
      org: { id: null, name: 'XX村党支部' },
    });
    expect(results[1]?.row).toMatchObject({
      name: '李四', // rich text
      gender: 'F',
      birthDate: '1985-06-15', // from the ID number
      phone: '13812345679',
      joinDate: '2010-07-01', // full-width digits
      partyStatus: 'probationary',
      org: { name: 'XX村党支部' }, // a formula's cached result
    });
    expect(results[2]).toEqual({
      isBlank: false,
      row: null,
      problems: [
        { column: 'idNumber', code: 'id_number.rounded' },
        { column: 'birthDate', code: 'date.incomplete' },
        { column: 'phone', code: 'phone.invalid' },
        { column: 'joinDate', code: 'cell.error' },
        { column: 'partyStatus', code: 'value.unknown' },
      ],
      // What the organisation and duplicate checks still run on (the ID number was rounded: none).
      keys: { name: '王五', idNumber: null, org: { id: null, name: 'XX村党支部' } },
    });
    // Pre-numbered empty rows under 序号 are skipped.
    expect(results.slice(3).map((r) => r.isBlank)).toEqual([true, true]);
  });

  it('reads date cells as serial numbers when styles are not loaded', async () => {
    const file = await writeXlsx(path.join(tmp.dir, 'serial.xlsx'), [
      ['姓名', '身份证号', '入党时间', '党员类别', '所在党组织'],
      ['张三', FIXTURE_IDS.male1970, new Date(Date.UTC(2023, 0, 1)), '预备党员', 'X'],
    ]);
    const rows = await readXlsxRows(file, { styles: 'ignore' });
    expect(rows[1]?.values[3]).toBe(44927);
    const header = findHeader(rows.map((r) => r.values))?.header as HeaderMatch;
    expect(readPersonRow(rows[1]?.values ?? [], header, TODAY).row?.joinDate).toBe('2023-01-01');
  });
});
