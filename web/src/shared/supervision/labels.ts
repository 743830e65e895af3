// Enum values in words, from the contracts' label tables in the current language, and the colours
// the console and the phone give them (antd tag colours; the phone maps them to its own).
import {
  type AlertOutcome,
  AlertOutcomeLabels,
  type AlertStage,
  AlertStageLabels,
  type AlertStatus,
  AlertStatusLabels,
  CadreRankLabels,
  FivePersonRoleLabels,
  type RulePeriod,
  RulePeriodLabels,
  type Severity,
  SeverityLabels,
} from '@hongyun/contracts';
import { pick } from '../../i18n/index.ts';

export const severityText = (s: Severity) => pick(SeverityLabels[s]);
export const statusText = (s: AlertStatus) => pick(AlertStatusLabels[s]);
export const stageText = (s: AlertStage) => pick(AlertStageLabels[s]);
export const outcomeText = (o: AlertOutcome) => pick(AlertOutcomeLabels[o]);
export const periodText = (p: RulePeriod) => pick(RulePeriodLabels[p]);
export const cadreRankText = (r: keyof typeof CadreRankLabels) => pick(CadreRankLabels[r]);
export const fivePersonRoleText = (r: keyof typeof FivePersonRoleLabels) => pick(FivePersonRoleLabels[r]);

export const severityColor: Record<Severity, string> = { low: 'blue', medium: 'orange', high: 'red' };
export const statusColor: Record<AlertStatus, string> = {
  open: 'red',
  seen: 'orange',
  explained: 'blue',
  closed: 'green',
};
export const stageColor: Record<AlertStage, string> = { reminded: 'gold', reported: 'volcano' };

/** "2026-12-01 18:05" in China time, as every day the module names is a China day. */
export function clock(iso: string): string {
  const parts = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(new Date(iso));
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}
