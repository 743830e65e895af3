// The supervision module's behaviour events: every step of an alert's life (raised, escalated,
// seen, explained, closed). The event's person is the person the alert is about; its subject is
// the alert. Rule edits are admin acts and go to the audit log instead.
import { z } from 'zod';
import { spec } from './event-spec.ts';
import { AlertOutcomeLabels, AlertOutcomes, AlertStages } from './supervision.ts';

const alertRef = { alertId: z.uuid(), ruleId: z.uuid(), ruleName: z.string() };

export const SupervisionEvents = {
  'supervision.alert.raised': spec({
    payload: z.strictObject({
      ...alertRef,
      stage: z.enum(AlertStages),
      periodKey: z.string(),
      missedDays: z.number().int().nonnegative(),
    }),
    label: { zh: '触发预警', en: 'Alert raised' },
    summary: {
      zh: '规则「{ruleName}」对 {person} 触发预警（{missed} 个工作日）',
      en: 'The rule "{ruleName}" raised an alert on {person} ({missed} working days)',
    },
    vars: (d) => ({ ruleName: d.ruleName, missed: String(d.missedDays) }),
    metric: 'supervision.alerts',
  }),
  'supervision.alert.escalated': spec({
    payload: z.strictObject({ ...alertRef, missedDays: z.number().int().nonnegative() }),
    label: { zh: '预警上报', en: 'Alert reported' },
    summary: {
      zh: '规则「{ruleName}」对 {person} 的预警已上报（{missed} 个工作日）',
      en: 'The alert of "{ruleName}" on {person} was reported ({missed} working days)',
    },
    vars: (d) => ({ ruleName: d.ruleName, missed: String(d.missedDays) }),
  }),
  'supervision.alert.seen': spec({
    payload: z.strictObject(alertRef),
    label: { zh: '查看预警', en: 'Alert seen' },
    summary: {
      zh: '{actor} 查看了 {person} 的预警「{ruleName}」',
      en: '{actor} opened the alert "{ruleName}" on {person}',
    },
    vars: (d) => ({ ruleName: d.ruleName }),
  }),
  'supervision.alert.explained': spec({
    payload: z.strictObject(alertRef),
    label: { zh: '预警说明', en: 'Alert explained' },
    summary: { zh: '{actor} 对预警「{ruleName}」作了说明', en: '{actor} explained the alert "{ruleName}"' },
    vars: (d) => ({ ruleName: d.ruleName }),
  }),
  'supervision.alert.closed': spec({
    payload: z.strictObject({
      ...alertRef,
      outcome: z.enum(AlertOutcomes),
      excusedDays: z.number().int().nonnegative(),
    }),
    label: { zh: '预警办结', en: 'Alert closed' },
    summary: {
      zh: '{actor} 办结了 {person} 的预警「{ruleName}」：{outcome}',
      en: '{actor} closed the alert "{ruleName}" on {person}: {outcome}',
    },
    vars: (d, lang) => ({ ruleName: d.ruleName, outcome: AlertOutcomeLabels[d.outcome][lang] }),
  }),
} as const;
