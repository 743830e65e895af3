import { describe, expect, it } from 'vitest';
import {
  checkIdNumber,
  crossFieldProblems,
  idNumberFacts,
  isPlausibleDate,
  maskIdNumber,
  maskPhone,
  normalizeIdNumber,
  normalizePhone,
  validIdNumber,
} from './validation.ts';

// 11010519491231002X is the example from GB 11643-1999 itself.
const STANDARD_EXAMPLE = '11010519491231002X';

describe('ID number (GB 11643-1999)', () => {
  it('accepts the standard example and a computed Guizhou number', () => {
    expect(checkIdNumber(STANDARD_EXAMPLE)).toEqual([]);
    expect(checkIdNumber('520102198001011239')).toEqual(['checksum']);
    expect(checkIdNumber('520102198001011235')).toEqual([]);
  });

  it('normalises lowercase x, full-width digits and spaces', () => {
    expect(normalizeIdNumber(' 11010519491231002x ')).toBe(STANDARD_EXAMPLE);
    expect(normalizeIdNumber('１１０１０５１９４９１２３１００２Ｘ')).toBe(STANDARD_EXAMPLE);
    expect(normalizeIdNumber('110105 19491231 002ｘ')).toBe(STANDARD_EXAMPLE);
    expect(checkIdNumber('11010519491231002x')).toEqual([]);
    expect(validIdNumber('１１０１０５１９４９１２３１００２ｘ')).toBe(STANDARD_EXAMPLE);
    expect(validIdNumber('110105194912310021')).toBeNull();
  });

  it('returns reason codes', () => {
    expect(checkIdNumber('1101051949123100')).toEqual(['length']);
    expect(checkIdNumber('11010519491231A02X')).toEqual(['format']);
    expect(checkIdNumber('110105194912310021')).toEqual(['checksum']);
    // 99 is no province; 1949-02-30 does not exist; 2999 is in the future; 1850 is implausible.
    expect(checkIdNumber('990105194912310020')).toContain('region');
    expect(checkIdNumber('110105194902300020')).toContain('birth_date');
    expect(checkIdNumber('110105299901010020')).toContain('birth_date');
    expect(checkIdNumber('110105185001010020')).toContain('birth_date');
  });

  it('reads birth date and gender (17th digit odd = male)', () => {
    expect(idNumberFacts(STANDARD_EXAMPLE)).toEqual({ birthDate: '1949-12-31', gender: 'F' });
    expect(idNumberFacts('520102198001011235')).toEqual({ birthDate: '1980-01-01', gender: 'M' });
    expect(idNumberFacts('110105194912310021')).toBeNull();
  });
});

describe('mobile phone', () => {
  it('normalises prefixes, spaces and dashes', () => {
    expect(normalizePhone('13812345678')).toBe('13812345678');
    expect(normalizePhone('+86 138-1234-5678')).toBe('13812345678');
    expect(normalizePhone('86 13812345678')).toBe('13812345678');
    expect(normalizePhone('0086 138 1234 5678')).toBe('13812345678');
    expect(normalizePhone('１３８１２３４５６７８')).toBe('13812345678');
  });

  it('refuses what is not a mainland mobile number', () => {
    expect(normalizePhone('12812345678')).toBeNull();
    expect(normalizePhone('1381234567')).toBeNull();
    expect(normalizePhone('0851-12345678')).toBeNull();
    expect(normalizePhone('86138123456789')).toBeNull();
  });
});

describe('dates and cross-field checks', () => {
  it('knows plausible dates', () => {
    expect(isPlausibleDate('2000-02-29', '2026-01-01')).toBe(true);
    expect(isPlausibleDate('2001-02-29', '2026-01-01')).toBe(false);
    expect(isPlausibleDate('1899-12-31', '2026-01-01')).toBe(false);
    expect(isPlausibleDate('2026-01-02', '2026-01-01')).toBe(false);
  });

  it('finds dates out of order and ID facts that disagree', () => {
    expect(
      crossFieldProblems({
        idNumber: STANDARD_EXAMPLE,
        birthDate: '1950-01-01',
        gender: 'M',
        joinDate: '1980-01-01',
        fullMemberDate: '1979-01-01',
      }).map((p) => p.field),
    ).toEqual(['fullMemberDate', 'birthDate', 'gender']);
    expect(crossFieldProblems({ idNumber: STANDARD_EXAMPLE, birthDate: '1949-12-31', gender: 'F' })).toEqual([]);
  });

  it('masks from the last four characters only', () => {
    expect(maskIdNumber('2316')).toBe('**************2316');
    expect(maskPhone('5678')).toBe('1*******5678');
    expect(maskPhone(null)).toBeNull();
  });
});
