import { describe, expect, it } from 'vitest';
import { ColumnKeys, columnForHeader, findHeader, matchHeaderRow, normalizeHeader, PeopleColumns } from './columns.ts';

// exceljs row.values are 1-based: index 0 is always empty.
const row = (...cells: unknown[]): unknown[] => [undefined, ...cells];

describe('header texts', () => {
  it('normalises NFKC, spaces, line breaks and required marks', () => {
    expect(normalizeHeader('  身份证\n号码 ')).toBe('身份证号码');
    expect(normalizeHeader('姓名*')).toBe('姓名');
    expect(normalizeHeader('*姓名')).toBe('姓名');
    expect(normalizeHeader('姓名（必填）')).toBe('姓名');
    expect(normalizeHeader('姓　名＊')).toBe('姓名');
    expect(normalizeHeader('ID Number')).toBe('idnumber');
  });
  it('knows the aliases offices use', () => {
    const cases: [string, string][] = [
      ['身份证号', 'idNumber'],
      ['身份证号码', 'idNumber'],
      ['公民身份号码', 'idNumber'],
      ['手机', 'phone'],
      ['手机号', 'phone'],
      ['手机号码', 'phone'],
      ['联系电话', 'phone'],
      ['入党时间', 'joinDate'],
      ['入党日期', 'joinDate'],
      ['转正时间', 'fullMemberDate'],
      ['转正日期', 'fullMemberDate'],
      ['出生日期', 'birthDate'],
      ['出生年月日', 'birthDate'],
      ['所在党组织', 'orgName'],
      ['所在支部', 'orgName'],
      ['党组织名称', 'orgName'],
      ['组织编号', 'orgId'],
      ['党组织编号', 'orgId'],
      ['民族', 'ethnicity'],
      ['学历', 'education'],
      ['文化程度', 'education'],
      ['职务', 'position'],
      ['干部级别', 'cadreRank'],
      ['职级', 'cadreRank'],
      ['党员类别', 'partyStatus'],
      ['党员状态', 'partyStatus'],
      ['第一书记', 'isFirstSecretary'],
      ['驻村干部', 'isVillageStationed'],
      ['五人小组职务', 'fivePersonRole'],
      ['转入本组织日期', 'membershipFrom'],
      ['出生日期(年月日)', 'birthDate'],
      ['Mobile phone', 'phone'],
      // The names of the national 党员信息采集表 and of common township registers.
      ['出生年月', 'birthDate'],
      ['入党年月', 'joinDate'],
      ['入党日期', 'joinDate'],
      ['转正年月', 'fullMemberDate'],
      ['人员类别', 'partyStatus'],
      ['籍贯', 'nativePlace'],
      ['工作单位及职务', 'workUnit'],
      ['工作单位', 'workUnit'],
      ['家庭住址', 'address'],
      ['现居住地', 'address'],
      ['所在党支部', 'orgName'],
    ];
    for (const [text, key] of cases) expect(columnForHeader(text), text).toBe(key);
    expect(columnForHeader('身高')).toBeNull();
  });
  it('gives every column distinct zh and en headers', () => {
    const texts = PeopleColumns.flatMap((c) => [c.zh, c.en, ...c.aliases].map(normalizeHeader));
    expect(new Set(texts).size).toBe(texts.length);
    expect(PeopleColumns.map((c) => c.key)).toEqual([...ColumnKeys]);
  });
});

describe('matchHeaderRow', () => {
  it('maps columns in any order by their index, ignoring 序号 and listing unknown ones', () => {
    const m = matchHeaderRow(
      row('序号', '所在支部', '身份证号码*', '学位', '姓　名', '手机号', '入党时间', '人员类别'),
    );
    expect(m).not.toBeNull();
    expect([...(m?.columns ?? [])]).toEqual([
      [2, 'orgName'],
      [3, 'idNumber'],
      [5, 'name'],
      [6, 'phone'],
      [7, 'joinDate'],
      [8, 'partyStatus'],
    ]);
    expect(m?.unknown).toEqual(['学位']);
    expect(m?.missingRequired).toEqual([]);
  });
  it('reads header cells in rich text', () => {
    const m = matchHeaderRow(
      row({ richText: [{ text: '姓名' }, { text: '*' }] }, '身份证号', '组织编号', '入党日期', '党员类别'),
    );
    expect(m?.columns.get(1)).toBe('name');
    expect(m?.missingRequired).toEqual([]);
  });
  it('reports missing required columns; either org column will do', () => {
    const member = ['入党时间', '党员类别'];
    expect(matchHeaderRow(row('姓名', '手机', '所在党组织', ...member))?.missingRequired).toEqual(['idNumber']);
    expect(matchHeaderRow(row('姓名', '身份证号', ...member))?.missingRequired).toEqual(['orgName']);
    expect(matchHeaderRow(row('姓名', '身份证号', '组织编号', ...member))?.missingRequired).toEqual([]);
    // A register of members must say when each joined and whether they are full members.
    expect(matchHeaderRow(row('姓名', '身份证号', '组织编号'))?.missingRequired).toEqual(['joinDate', 'partyStatus']);
  });
  it('keeps the first of a repeated column and lists the repeat as ignored', () => {
    const m = matchHeaderRow(row('姓名', '身份证号', '手机', '联系电话', '所在支部'));
    expect(m?.columns.get(3)).toBe('phone');
    expect(m?.columns.has(4)).toBe(false);
    expect(m?.unknown).toEqual(['联系电话']);
  });
  it('does not take a title or data row for a header', () => {
    expect(matchHeaderRow(row('XX党支部党员花名册'))).toBeNull();
    expect(matchHeaderRow(row(1, '张三', '520102197001010019', '男'))).toBeNull();
    expect(matchHeaderRow([])).toBeNull();
  });
});

describe('findHeader', () => {
  it('finds the header below a title row and a blank row', () => {
    const rows = [
      row('XX村党支部党员花名册'),
      [],
      row('填报单位：XX村党支部', undefined, '填报日期：2024年1月'),
      row('序号', '姓名', '性别', '身份证号', '所在党组织'),
      row(1, '张三', '男', '520102197001010019', 'XX村党支部'),
    ];
    const found = findHeader(rows);
    expect(found?.rowIndex).toBe(3);
    expect(found?.header.columns.get(2)).toBe('name');
  });
  it('looks only at the first 10 rows', () => {
    const rows = [...Array.from({ length: 10 }, () => row('说明')), row('姓名', '身份证号', '所在党组织')];
    expect(findHeader(rows)).toBeNull();
    expect(findHeader(rows, 11)?.rowIndex).toBe(10);
  });
});
