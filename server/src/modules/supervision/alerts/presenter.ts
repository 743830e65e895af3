import type { Lang, SupervisionAlert } from '@hongyun/contracts';
import type { Actor } from '../../../core/context.ts';
import { can } from '../../../core/policy.ts';
import { alertHeadline } from '../headline.ts';
import { metricLabel } from '../metrics.ts';
import { describeRule } from '../rules/describe.ts';
import type { AlertRow } from './queries.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentAlert(r: AlertRow, orgName: string, actor: Actor, lang: Lang): SupervisionAlert {
  const a = r.alert;
  const label = metricLabel(r.rule.metric, lang);
  const record = { orgPath: a.orgPath, personId: a.personId };
  const isOpen = a.status !== 'closed';
  return {
    id: a.id,
    ruleId: a.ruleId,
    ruleName: r.rule.name,
    personId: a.personId,
    personName: r.personName ?? '—',
    position: r.position,
    cadreRank: r.cadreRank,
    orgId: a.orgId,
    orgName,
    severity: a.severity,
    stage: a.stage,
    status: a.status,
    periodKey: a.periodKey,
    day: a.day,
    headline: alertHeadline(a.evidence, label, lang),
    evidence: {
      ...a.evidence,
      ruleName: r.rule.name,
      ruleSummary: describeRule(r.rule, label, lang),
      metricLabel: label,
    },
    explanation: a.explanation,
    explainedAt: iso(a.explainedAt),
    outcome: a.outcome,
    outcomeNote: a.outcomeNote,
    closedAt: iso(a.closedAt),
    closedByName: r.closedByName,
    seenAt: iso(a.seenAt),
    raisedAt: a.raisedAt.toISOString(),
    reportedAt: iso(a.reportedAt),
    can: {
      explain: isOpen && can(actor, 'supervision.alert.explain', record),
      close: isOpen && can(actor, 'supervision.alert.close', record),
    },
  };
}
