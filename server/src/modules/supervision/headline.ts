import type { AlertEvidence, Lang } from '@hongyun/contracts';

// An alert in one sentence, for lists, notifications and the export: what was missed and when.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function shortDay(day: string, lang: Lang): string {
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  return lang === 'zh' ? `${m}月${d}日` : `${d} ${MONTHS[m - 1]}`;
}

type Facts = Pick<AlertEvidence, 'condition' | 'missedDays' | 'doneDays' | 'workingDays' | 'from' | 'to'>;

export function alertHeadline(e: Facts, metricLabel: string, lang: Lang): string {
  const range = `${shortDay(e.from, lang)}${lang === 'zh' ? '—' : ' – '}${shortDay(e.to, lang)}`;
  const metric = lang === 'zh' ? metricLabel : metricLabel.toLowerCase();
  if (e.condition.kind === 'streak') {
    const n = e.missedDays.length;
    return lang === 'zh'
      ? `连续 ${n} 个工作日（${range}）未${metric}`
      : `${n} consecutive working days (${range}) without "${metric}"`;
  }
  const done = e.doneDays.length;
  if (e.condition.kind === 'rate_below') {
    const pct = e.workingDays === 0 ? 0 : Math.round((done / e.workingDays) * 100);
    const target = Math.round(e.condition.rate * 100);
    return lang === 'zh'
      ? `${range}共 ${e.workingDays} 个工作日，${metric} ${done} 天（${pct}%，低于 ${target}%）`
      : `"${metric}" on ${done} of ${e.workingDays} working days (${range}): ${pct}%, under ${target}%`;
  }
  return lang === 'zh'
    ? `${range}${metric}仅 ${done} 天（少于 ${e.condition.count} 天）`
    : `"${metric}" on only ${done} days (${range}), fewer than ${e.condition.count}`;
}
