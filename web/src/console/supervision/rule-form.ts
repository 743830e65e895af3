// The rule editor's form values and their mapping to and from the API's body. The form mirrors the
// body's nesting (population, condition, recipients), so the server's field errors land on the same
// names; only the rate is a percent on screen and a share (0.01–1) on the wire.
import type { RulePeriod } from '@hongyun/contracts';
import { ApiError } from '../../api/client.ts';
import type { Rule, RuleInput } from '../../shared/supervision/api.ts';

export type RuleFormValues = {
  orgId: number;
  name: string;
  description?: string;
  isEnabled: boolean;
  severity: Rule['severity'];
  metric: string;
  population: Rule['population'];
  condition: {
    kind: Rule['condition']['kind'];
    days?: number;
    remindAfter?: number | null;
    ratePercent?: number;
    count?: number;
    period?: RulePeriod;
  };
  recipients: { person: boolean; unitHead: boolean; officeOrgId: number | null };
};

export const defaultValues = (orgId: number | undefined): Partial<RuleFormValues> => ({
  orgId,
  isEnabled: true,
  severity: 'medium',
  population: {
    minCadreRank: null,
    fivePersonRoles: [],
    firstSecretaryOnly: false,
    villageStationedOnly: false,
    partyMembersOnly: true,
  },
  condition: { kind: 'streak', days: 5, remindAfter: 3, period: 'month' },
  recipients: { person: true, unitHead: true, officeOrgId: orgId ?? null },
});

export function ruleToValues(r: Rule): RuleFormValues {
  const c = r.condition;
  return {
    orgId: r.orgId,
    name: r.name,
    description: r.description,
    isEnabled: r.isEnabled,
    severity: r.severity,
    metric: r.metric,
    population: { ...r.population, fivePersonRoles: [...r.population.fivePersonRoles] },
    condition:
      c.kind === 'streak'
        ? { kind: 'streak', days: c.days, remindAfter: c.remindAfter, period: 'month' }
        : c.kind === 'rate_below'
          ? { kind: 'rate_below', ratePercent: Math.round(c.rate * 100), period: c.period }
          : { kind: 'count_below', count: c.count, period: c.period },
    recipients: {
      person: r.recipients.person,
      unitHead: r.recipients.unitHead,
      officeOrgId: r.recipients.officeOrgId,
    },
  };
}

export function valuesToInput(v: RuleFormValues): RuleInput {
  const c = v.condition;
  const period = c.period ?? 'month';
  return {
    orgId: v.orgId,
    name: v.name,
    description: v.description ?? '',
    isEnabled: v.isEnabled,
    severity: v.severity,
    metric: v.metric,
    population: v.population,
    condition:
      c.kind === 'streak'
        ? { kind: 'streak', days: c.days ?? 0, remindAfter: c.remindAfter ?? null }
        : c.kind === 'rate_below'
          ? { kind: 'rate_below', rate: (c.ratePercent ?? 0) / 100, period }
          : { kind: 'count_below', count: c.count ?? 0, period },
    recipients: { ...v.recipients, officeOrgId: v.recipients.officeOrgId ?? null },
  };
}

/** A saved rule as the body that saves it again (e.g. switching it on or off from the list). */
export const ruleToInput = (r: Rule): RuleInput => valuesToInput(ruleToValues(r));

/** Where a refusal goes on the form: each validation problem on its field, and the two rule errors. */
export function fieldErrorsOf(error: unknown): { name: (string | number)[]; errors: string[] }[] {
  if (!(error instanceof ApiError)) return [];
  if (error.code === 'SUPERVISION_UNKNOWN_METRIC') return [{ name: ['metric'], errors: [error.message] }];
  if (error.code === 'SUPERVISION_OFFICE_NOT_ABOVE') {
    return [{ name: ['recipients', 'officeOrgId'], errors: [error.message] }];
  }
  const known = new Set(['orgId', 'name', 'description', 'isEnabled', 'severity', 'metric']);
  const nested = new Set(['population', 'condition', 'recipients']);
  return error.fields.flatMap((f) => {
    const path = f.field.split('.');
    const head = path[0] ?? '';
    if (f.field === 'condition.rate') return [{ name: ['condition', 'ratePercent'], errors: [f.message] }];
    // A problem with the condition as a whole (a wrong kind) shows on the kind.
    if (f.field === 'condition') return [{ name: ['condition', 'kind'], errors: [f.message] }];
    if (known.has(head) || (nested.has(head) && path.length > 1)) return [{ name: path, errors: [f.message] }];
    return [];
  });
}
