import { describe, expect, it } from 'vitest';
import { headerLabel } from './header.ts';

describe('headerLabel', () => {
  it('shows a header as written, without the required marks', () => {
    expect(headerLabel('身份证号*')).toBe('身份证号');
    expect(headerLabel('*姓名')).toBe('姓名');
    expect(headerLabel('姓名（必填）')).toBe('姓名');
    expect(headerLabel({ richText: [{ text: '手机' }, { text: '号码' }] })).toBe('手机号码');
    expect(headerLabel(null)).toBe('');
  });
});
