import { describe, expect, it } from 'vitest';
import {
  cellText,
  enumTable,
  excelSerialToDate,
  isBlankCell,
  readBoolean,
  readDate,
  readEnum,
  readIdNumber,
  readName,
  readPhone,
  readPositiveInt,
  readText,
  upgradeIdNumber15,
} from './cells.ts';

const TODAY = '2026-06-30';
const ID_M = '520102197001010019'; // male, born 1970-01-01
const ID_X = '52010219900101123X';

describe('cell values of every exceljs shape', () => {
  it('reads rich text, hyperlinks and formula results as their text/result', () => {
    expect(cellText({ richText: [{ text: '张' }, { text: '三' }] })).toBe('张三');
    expect(cellText({ text: '李四', hyperlink: 'mailto:x@example.org' })).toBe('李四');
    expect(cellText({ formula: 'A1&B1', result: '王五' })).toBe('王五');
    expect(cellText({ sharedFormula: 'A2', result: 42 })).toBe('42');
    expect(cellText(new Date(Date.UTC(2020, 0, 5)))).toBe('2020-01-05');
  });
  it('normalises text: NFKC, U+3000 and NBSP, trims', () => {
    expect(cellText('\u3000ＡＢＣ１２３\u00a0 ')).toBe('ABC123');
    expect(cellText('  ')).toBeNull();
    expect(isBlankCell('\u3000')).toBe(true);
    expect(isBlankCell(undefined)).toBe(true);
    expect(isBlankCell({ error: '#N/A' })).toBe(false);
  });
  it('reports error cells and never-calculated formulas as cell.error', () => {
    expect(readText({ error: '#REF!' }, 10)).toEqual({ ok: false, code: 'cell.error' });
    expect(readText({ formula: 'A1' }, 10)).toEqual({ ok: false, code: 'cell.error' });
    expect(readDate({ formula: 'TODAY()', result: { error: '#VALUE!' } }, TODAY)).toEqual({
      ok: false,
      code: 'cell.error',
    });
  });
  it('limits text length', () => {
    expect(readText('一二三四', 3)).toEqual({ ok: false, code: 'value.too_long' });
    expect(readText(' 大学本科 ', 40)).toEqual({ ok: true, value: '大学本科' });
  });
});

describe('names', () => {
  it('removes spaces inside a Chinese name and unifies middle dots', () => {
    expect(readName('张　三')).toEqual({ ok: true, value: '张三' });
    expect(readName(' 欧阳 小 明 ')).toEqual({ ok: true, value: '欧阳小明' });
    expect(readName('阿卜杜•热合曼')).toEqual({ ok: true, value: '阿卜杜·热合曼' });
    expect(readName('阿卜杜・热合曼')).toEqual({ ok: true, value: '阿卜杜·热合曼' });
    expect(readName('阿卜杜．热合曼')).toEqual({ ok: true, value: '阿卜杜·热合曼' });
    expect(readName('阿卜杜 ‧ 热合曼')).toEqual({ ok: true, value: '阿卜杜·热合曼' });
  });
  it('keeps a Latin name readable and enforces the length limit', () => {
    expect(readName('John  Smith')).toEqual({ ok: true, value: 'John Smith' });
    expect(readName('张'.repeat(51))).toEqual({ ok: false, code: 'value.too_long' });
    expect(readName('张'.repeat(50))).toEqual({ ok: true, value: '张'.repeat(50) });
  });
});

describe('ID numbers', () => {
  it('normalises text: full-width, lowercase x, spaces', () => {
    expect(readIdNumber('５２０１０２１９９００１０１１２３ｘ', TODAY)).toEqual({ ok: true, value: ID_X });
    expect(readIdNumber('520102 19900101 123x', TODAY)).toEqual({ ok: true, value: ID_X });
    expect(readIdNumber({ richText: [{ text: '5201021990' }, { text: '0101123x' }] }, TODAY)).toEqual({
      ok: true,
      value: ID_X,
    });
  });
  it('reports an ID whose digits Excel rounded away (number ≥ 1e15 or scientific text)', () => {
    expect(readIdNumber(Number(ID_M), TODAY)).toEqual({ ok: false, code: 'id_number.rounded' });
    expect(readIdNumber(5.20102197001e17, TODAY)).toEqual({ ok: false, code: 'id_number.rounded' });
    expect(readIdNumber(1e15, TODAY)).toEqual({ ok: false, code: 'id_number.rounded' });
    expect(readIdNumber('5.20102E+17', TODAY)).toEqual({ ok: false, code: 'id_number.rounded' });
    expect(readIdNumber('５.２０１０２Ｅ＋１７', TODAY)).toEqual({ ok: false, code: 'id_number.rounded' });
  });
  it('upgrades a valid 15-digit first-generation ID (number or text) to 18 digits', () => {
    expect(upgradeIdNumber15('520102700101001')).toBe(ID_M);
    expect(readIdNumber(520102700101001, TODAY)).toEqual({ ok: true, value: ID_M });
    expect(readIdNumber('520102700101001', TODAY)).toEqual({ ok: true, value: ID_M });
    // Not upgraded when the result would not be valid: region 99 does not exist, 19700230 is no date.
    expect(readIdNumber('990102700101001', TODAY)).toEqual({ ok: false, code: 'id_number.region' });
    expect(readIdNumber('520102700230001', TODAY)).toEqual({ ok: false, code: 'id_number.birth_date' });
  });
  it('gives checkIdNumber reasons otherwise', () => {
    expect(readIdNumber('52010219700101001', TODAY)).toEqual({ ok: false, code: 'id_number.length' });
    expect(readIdNumber(12345, TODAY)).toEqual({ ok: false, code: 'id_number.length' });
    expect(readIdNumber('52010219700101001A', TODAY)).toEqual({ ok: false, code: 'id_number.format' });
    expect(readIdNumber('520102197001010018', TODAY)).toEqual({ ok: false, code: 'id_number.checksum' });
    expect(readIdNumber(true, TODAY)).toEqual({ ok: false, code: 'id_number.format' });
    expect(readIdNumber(5201.5, TODAY)).toEqual({ ok: false, code: 'id_number.format' });
    expect(readIdNumber(' ', TODAY)).toEqual({ ok: true, value: null });
  });
});

describe('phones', () => {
  it('reads numbers and text with +86, spaces and dashes', () => {
    expect(readPhone(13812345678)).toEqual({ ok: true, value: '13812345678' });
    expect(readPhone(8613812345678)).toEqual({ ok: true, value: '13812345678' });
    expect(readPhone('+86 138-1234-5678')).toEqual({ ok: true, value: '13812345678' });
    expect(readPhone('１３８　１２３４　５６７８')).toEqual({ ok: true, value: '13812345678' });
    expect(readPhone(null)).toEqual({ ok: true, value: null });
  });
  it('reports what is not a mobile number', () => {
    expect(readPhone('0851-5555555')).toEqual({ ok: false, code: 'phone.invalid' });
    expect(readPhone(1381234567)).toEqual({ ok: false, code: 'phone.invalid' });
    expect(readPhone(13812345678.5)).toEqual({ ok: false, code: 'phone.invalid' });
    expect(readPhone(new Date())).toEqual({ ok: false, code: 'phone.invalid' });
  });
});

describe('dates', () => {
  const date = (v: unknown) => readDate(v, TODAY);
  it('reads Date cells by their UTC calendar day', () => {
    expect(date(new Date(Date.UTC(2020, 0, 5)))).toEqual({ ok: true, value: '2020-01-05' });
  });
  it('reads Excel serials with the 1900 leap-year bug', () => {
    expect(date(44927)).toEqual({ ok: true, value: '2023-01-01' });
    expect(date(44927.75)).toEqual({ ok: true, value: '2023-01-01' });
    expect(excelSerialToDate(1)).toBe('1900-01-01');
    expect(excelSerialToDate(59)).toBe('1900-02-28');
    expect(excelSerialToDate(60)).toBeNull(); // the 29 February 1900 that never was
    expect(excelSerialToDate(61)).toBe('1900-03-01');
    expect(date(60)).toEqual({ ok: false, code: 'date.unreadable' });
  });
  it('reads yyyymmdd as a number or text', () => {
    expect(date(20200105)).toEqual({ ok: true, value: '2020-01-05' });
    expect(date('20200105')).toEqual({ ok: true, value: '2020-01-05' });
  });
  it('reads the text forms offices type, with full-width digits', () => {
    for (const t of [
      '2020-1-5',
      '2020/01/05',
      '2020.1.5',
      '2020年1月5日',
      '２０２０年１月５日',
      '2020-01-05 00:00:00',
    ]) {
      expect(date(t), t).toEqual({ ok: true, value: '2020-01-05' });
    }
    expect(date('2020 年 1 月 5 日')).toEqual({ ok: true, value: '2020-01-05' });
  });
  it('does not guess month-only dates', () => {
    for (const v of ['1998.07', '1998年7月', '1998-07', '199807', '1998', '1998年', 1998.07, 199807, 1998]) {
      expect(date(v), String(v)).toEqual({ ok: false, code: 'date.incomplete' });
    }
  });
  it('does not guess two-digit years or other forms', () => {
    for (const v of ['98.7.5', '20-1-5', '1/5/2020', '二〇二〇年一月五日', 'abc', -5, true]) {
      expect(date(v), String(v)).toEqual({ ok: false, code: 'date.unreadable' });
    }
  });
  it('reports impossible and future dates', () => {
    expect(date('2021-02-29')).toEqual({ ok: false, code: 'date.implausible' });
    expect(date('2020-13-01')).toEqual({ ok: false, code: 'date.implausible' });
    expect(date(20211301)).toEqual({ ok: false, code: 'date.implausible' });
    expect(date('2026-07-01')).toEqual({ ok: false, code: 'date.implausible' });
    expect(date('1899-12-31')).toEqual({ ok: false, code: 'date.implausible' });
    expect(date('2026-06-30')).toEqual({ ok: true, value: '2026-06-30' });
  });
  it('treats blanks and "无" as no date', () => {
    expect(date('')).toEqual({ ok: true, value: null });
    expect(date('无')).toEqual({ ok: true, value: null });
    expect(date('/')).toEqual({ ok: true, value: null });
  });
});

describe('enums, booleans and numbers', () => {
  const colours = enumTable<'red' | 'blue'>({ red: ['红', '红色'], blue: ['蓝'] });
  it('reads Chinese and English names, NFKC and case-insensitive', () => {
    expect(readEnum('红色', colours)).toEqual({ ok: true, value: 'red' });
    expect(readEnum(' RED ', colours)).toEqual({ ok: true, value: 'red' });
    expect(readEnum('ＢＬＵＥ', colours)).toEqual({ ok: true, value: 'blue' });
    expect(readEnum('', colours)).toEqual({ ok: true, value: null });
    expect(readEnum('无', colours)).toEqual({ ok: true, value: null });
    expect(readEnum('绿', colours)).toEqual({ ok: false, code: 'value.unknown' });
  });
  it('reads yes/no in every form offices use; blank is no', () => {
    for (const v of ['是', 'Y', 'yes', '√', '1', 1, true, 'TRUE', 'true', '✔']) {
      expect(readBoolean(v), String(v)).toEqual({ ok: true, value: true });
    }
    for (const v of ['否', 'N', 'no', '×', '0', 0, false, 'FALSE', 'false', '', null, '无']) {
      expect(readBoolean(v), String(v)).toEqual({ ok: true, value: false });
    }
    expect(readBoolean('也许')).toEqual({ ok: false, code: 'value.unknown' });
    expect(readBoolean(2)).toEqual({ ok: false, code: 'value.unknown' });
  });
  it('reads positive whole numbers typed as numbers or digits', () => {
    expect(readPositiveInt(12)).toEqual({ ok: true, value: 12 });
    expect(readPositiveInt('０１２')).toEqual({ ok: true, value: 12 });
    expect(readPositiveInt(null)).toEqual({ ok: true, value: null });
    expect(readPositiveInt(1.5)).toEqual({ ok: false, code: 'value.unknown' });
    expect(readPositiveInt('第一支部')).toEqual({ ok: false, code: 'value.unknown' });
    expect(readPositiveInt(0)).toEqual({ ok: false, code: 'value.unknown' });
  });
});

describe('garbled text', () => {
  it('refuses text with U+FFFD rather than storing it', () => {
    expect(readText('大寨\ufffd\ufffd区第二党支部', 200)).toEqual({ ok: false, code: 'text.garbled' });
    expect(readName('张\ufffd')).toEqual({ ok: false, code: 'text.garbled' });
  });
});
