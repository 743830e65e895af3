import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import type { Rule } from '../../shared/supervision/api.ts';
import { fieldErrorsOf, ruleToInput, ruleToValues, valuesToInput } from './rule-form.ts';

const rule: Rule = {
  id: '00000000-0000-4000-8000-000000000001',
  orgId: 1,
  orgName: '贵阳市委',
  name: '领导干部连续未答题',
  description: '',
  isEnabled: true,
  isBuiltIn: true,
  metric: 'learning.daily-quiz',
  metricLabel: '每日答题',
  population: {
    minCadreRank: 'county',
    fivePersonRoles: [],
    firstSecretaryOnly: false,
    villageStationedOnly: false,
    partyMembersOnly: true,
  },
  condition: { kind: 'streak', days: 5, remindAfter: 3 },
  recipients: { person: true, unitHead: true, officeOrgId: 1, officeOrgName: '贵阳市委' },
  severity: 'high',
  summary: '县处级及以上干部连续 5 个工作日未完成每日答题',
  canEdit: true,
  lastRunDay: null,
  openAlerts: 0,
  updatedAt: '2026-12-01T00:00:00Z',
};

describe('the rule form', () => {
  it('saves a rule back as it was (the list switches it on and off this way)', () => {
    expect(ruleToInput(rule)).toEqual({
      orgId: 1,
      name: '领导干部连续未答题',
      description: '',
      isEnabled: true,
      severity: 'high',
      metric: 'learning.daily-quiz',
      population: rule.population,
      condition: { kind: 'streak', days: 5, remindAfter: 3 },
      recipients: { person: true, unitHead: true, officeOrgId: 1 },
    });
  });

  it('shows a rate as a percent and sends it as a share', () => {
    const values = ruleToValues({ ...rule, condition: { kind: 'rate_below', rate: 0.6, period: 'quarter' } });
    expect(values.condition).toEqual({ kind: 'rate_below', ratePercent: 60, period: 'quarter' });
    expect(valuesToInput({ ...values, condition: { ...values.condition, ratePercent: 45 } }).condition).toEqual({
      kind: 'rate_below',
      rate: 0.45,
      period: 'quarter',
    });
  });

  it("puts the server's problems on the form's fields", () => {
    const refused = new ApiError(400, 'VALIDATION_FAILED', '请检查', [
      { field: 'body.condition.remindAfter', message: '先提醒的天数须少于上报的天数' },
      { field: 'body.condition.rate', message: '太小' },
      { field: 'body.name', message: '必填' },
      { field: 'body.unknown', message: 'x' },
    ]);
    expect(fieldErrorsOf(refused)).toEqual([
      { name: ['condition', 'remindAfter'], errors: ['先提醒的天数须少于上报的天数'] },
      { name: ['condition', 'ratePercent'], errors: ['太小'] },
      { name: ['name'], errors: ['必填'] },
    ]);
    expect(fieldErrorsOf(new ApiError(400, 'SUPERVISION_OFFICE_NOT_ABOVE', '须为上级'))).toEqual([
      { name: ['recipients', 'officeOrgId'], errors: ['须为上级'] },
    ]);
  });
});
