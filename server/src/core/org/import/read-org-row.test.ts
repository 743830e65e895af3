import { FieldMessages } from '@hongyun/contracts';
import { describe, expect, it } from 'vitest';
import { matchOrgHeaderRow, type OrgHeaderMatch, orgColumnForHeader } from './columns.ts';
import {
  parseLandline,
  readContactPhone,
  readDecimal,
  readIntInRange,
  readOrgName,
  readRegionRef,
} from './org-cells.ts';
import { OrgTypeValues, readOrgRow } from './read-org-row.ts';

// exceljs row.values are 1-based: index 0 is always empty.
const row = (...cells: unknown[]): unknown[] => [undefined, ...cells];

const HEADER = ['组织名称', '简称', '组织类别', '上级组织', '行政区划代码', '联系电话', '地址', '经度', '纬度', '排序'];
const header = matchOrgHeaderRow(row(...HEADER)) as OrgHeaderMatch;
const read = (...cells: unknown[]) => readOrgRow(row(...cells), header);
const codes = (r: ReturnType<typeof readOrgRow>) => r.problems.map((p) => `${p.column}:${p.code}`);

describe('org header', () => {
  it('knows the names offices use, with marks and notes', () => {
    const cases: [string, string][] = [
      ['组织名称*', 'name'],
      ['党组织名称', 'name'],
      ['党组织全称', 'name'],
      ['组织类别（必填）', 'type'],
      ['党组织类型', 'type'],
      ['上级党组织', 'parentName'],
      ['上级组织编号', 'parentId'],
      ['区划代码', 'region'],
      ['行政区划', 'region'],
      ['办公电话', 'contactPhone'],
      ['经度(度)', 'lng'],
      ['Latitude', 'lat'],
      ['排序号', 'sortOrder'],
    ];
    for (const [text, key] of cases) expect(orgColumnForHeader(text), text).toBe(key);
  });

  it('needs two known columns, reports missing required ones and unknown ones', () => {
    expect(matchOrgHeaderRow(row('XX镇党组织信息表'))).toBeNull();
    // One known column is a title or a note, not a header.
    expect(matchOrgHeaderRow(row('序号', '组织名称', '备注', '负责人'))).toBeNull();
    const h = matchOrgHeaderRow(row('序号', '组织名称', '简称', '负责人')) as OrgHeaderMatch;
    expect(h.missingRequired).toEqual(['type', 'parentName']);
    expect(h.unknown).toEqual(['负责人']);
    expect(header.missingRequired).toEqual([]);
  });
});

describe('org cells', () => {
  it('reads mobiles and landlines as offices type them', () => {
    expect(readContactPhone('138 0000 1111')).toEqual({ ok: true, value: '13800001111' });
    expect(readContactPhone(13800001111)).toEqual({ ok: true, value: '13800001111' });
    expect(readContactPhone('0851-12345678')).toEqual({ ok: true, value: '0851-12345678' });
    expect(readContactPhone('（0851）12345678')).toEqual({ ok: true, value: '0851-12345678' });
    expect(readContactPhone('085112345678')).toEqual({ ok: true, value: '0851-12345678' });
    expect(readContactPhone('０８５１－１２３４５６７８')).toEqual({ ok: true, value: '0851-12345678' });
    // A landline stored as a number lost its leading 0; area codes always start with 0.
    expect(readContactPhone(85112345678)).toEqual({ ok: true, value: '0851-12345678' });
    expect(readContactPhone('010-12345678')).toEqual({ ok: true, value: '010-12345678' });
    expect(readContactPhone('无')).toEqual({ ok: true, value: null });
    expect(readContactPhone('12345')).toEqual({ ok: false, code: 'contact_phone.invalid' });
    expect(readContactPhone('0851-123')).toEqual({ ok: false, code: 'contact_phone.invalid' });
    expect(parseLandline('0851-12345678转123')).toBe('0851-12345678-123');
    expect(parseLandline('0851-12345678-123')).toBe('0851-12345678-123');
    expect(parseLandline('0851-1234-5678')).toBe('0851-12345678');
    expect(parseLandline('+86 851 12345678')).toBe('0851-12345678');
  });

  it('reads names, numbers and regions', () => {
    expect(readOrgName('中共 测试镇 委员会')).toEqual({ ok: true, value: '中共测试镇委员会' });
    expect(readOrgName('党'.repeat(51))).toEqual({ ok: false, code: 'value.too_long' });
    expect(readDecimal('106.71°')).toEqual({ ok: true, value: 106.71 });
    expect(readDecimal('106°42′')).toEqual({ ok: false, code: 'value.not_a_number' });
    expect(readIntInRange('3', 0, 10)).toEqual({ ok: true, value: 3 });
    expect(readIntInRange(1.5, 0, 10)).toEqual({ ok: false, code: 'value.not_a_number' });
    expect(readIntInRange(-1, 0, 10)).toEqual({ ok: false, code: 'value.out_of_range' });
    expect(readRegionRef(520102016000)).toEqual({ ok: true, value: { code: '520102016000' } });
    expect(readRegionRef('520102')).toEqual({ ok: true, value: { code: '520102000000' } });
    expect(readRegionRef('南明区')).toEqual({ ok: true, value: { name: '南明区' } });
    expect(readRegionRef('52010')).toEqual({ ok: false, code: 'region.unknown' });
  });

  it('knows the organisation types in Chinese and English', () => {
    expect(OrgTypeValues.get('党工委')).toBe('committee');
    expect(OrgTypeValues.get('党总支')).toBe('general_branch');
    expect(OrgTypeValues.get('generalbranch')).toBe('general_branch');
    expect(OrgTypeValues.get('党小组')).toBe('group');
  });
});

describe('readOrgRow', () => {
  it('reads a full row', () => {
    const r = read(
      '中共测试镇委员会',
      '测试镇党委',
      '党委',
      '中共测试县委员会',
      '520102016000',
      '0851-12345678',
      '某路1号',
      106.7,
      '26.5',
      2,
    );
    expect(r.problems).toEqual([]);
    expect(r.row).toEqual({
      name: '中共测试镇委员会',
      shortName: '测试镇党委',
      type: 'committee',
      parent: { id: null, name: '中共测试县委员会' },
      region: { code: '520102016000' },
      contactPhone: '0851-12345678',
      address: '某路1号',
      lng: 106.7,
      lat: 26.5,
      sortOrder: 2,
    });
  });

  it('skips blank rows and reports every problem on its column', () => {
    expect(read('', ' ', undefined).isBlank).toBe(true);
    expect(codes(read('', '', '党委', ''))).toEqual(['name:value.required', 'parentName:value.required']);
    expect(codes(read('甲', '', '党校', '乙'))).toEqual(['type:org.type_unknown']);
    expect(codes(read('甲', '', '党支部', '乙', '', '', '', 106.7))).toEqual(['lat:coordinates.incomplete']);
    expect(codes(read('甲', '', '党支部', '乙', '', '', '', 26.5, 106.7))).toEqual(['lat:coordinates.swapped']);
    expect(codes(read('甲', '', '党支部', '乙', '', '', '', 206.5, 26.7))).toEqual(['lng:value.out_of_range']);
    expect(codes(read('甲', '', '党支部', '乙', '', '12', '', '', '', 'x'))).toEqual([
      'contactPhone:contact_phone.invalid',
      'sortOrder:value.not_a_number',
    ]);
    // A row with problems still gives what it could read, so later rows can name it as their parent.
    const bad = read('甲村党支部', '', '党支部', '乙', '', '12');
    expect(bad.row).toBeNull();
    expect(bad.fields).toMatchObject({ name: '甲村党支部', type: 'branch', parent: { id: null, name: '乙' } });
  });

  it('every code it reports has a message in both languages', () => {
    const all = [
      'value.required',
      'org.type_unknown',
      'coordinates.incomplete',
      'coordinates.swapped',
      'value.out_of_range',
      'value.not_a_number',
      'contact_phone.invalid',
      'region.unknown',
      'region.ambiguous',
      'org.parent_unknown',
      'org.parent_ambiguous',
      'org.parent_is_group',
      'org.duplicate_name',
      'org.duplicate_name_in_file',
      'org.dissolved',
    ];
    for (const code of all) expect(FieldMessages[code]?.zh && FieldMessages[code]?.en, code).toBeTruthy();
  });
});
