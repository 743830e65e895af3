import {
  CadreRankLabels,
  FivePersonRoleLabels,
  type Lang,
  type RuleCondition,
  RulePeriodLabels,
  type RulePopulation,
} from '@hongyun/contracts';

// A rule in words, for the rule list and every alert's explanation: who is watched, what and when
// it fires ("县处级及以上干部连续 5 个工作日未完成每日答题，第 3 天提醒本人，第 5 天上报").

function who(p: RulePopulation, lang: Lang): string {
  const parts: string[] = [];
  if (p.minCadreRank) {
    const rank = CadreRankLabels[p.minCadreRank][lang];
    parts.push(lang === 'zh' ? `${rank}及以上干部` : `cadres of ${rank} rank or above`);
  }
  if (p.firstSecretaryOnly) parts.push(lang === 'zh' ? '第一书记' : 'first secretaries');
  if (p.villageStationedOnly) parts.push(lang === 'zh' ? '驻村干部' : 'village-stationed cadres');
  if (p.fivePersonRoles.length > 0)
    parts.push(p.fivePersonRoles.map((r) => FivePersonRoleLabels[r][lang]).join(lang === 'zh' ? '、' : ', '));
  if (parts.length === 0)
    parts.push(
      p.partyMembersOnly ? (lang === 'zh' ? '党员' : 'party members') : lang === 'zh' ? '所有人员' : 'everyone',
    );
  return parts.join(lang === 'zh' ? '中的' : ' among ');
}

function when(c: RuleCondition, metric: string, lang: Lang): string {
  if (c.kind === 'streak') {
    const base =
      lang === 'zh'
        ? `连续 ${c.days} 个工作日未${metric}`
        : `go ${c.days} consecutive working days without "${metric}"`;
    if (c.remindAfter === null) return lang === 'zh' ? `${base}即上报` : `${base}: reported`;
    return lang === 'zh'
      ? `${base}：第 ${c.remindAfter} 个工作日提醒本人，第 ${c.days} 个工作日上报`
      : `${base}: reminded after ${c.remindAfter}, reported after ${c.days}`;
  }
  const period = RulePeriodLabels[c.period][lang];
  if (c.kind === 'rate_below') {
    const pct = Math.round(c.rate * 100);
    return lang === 'zh'
      ? `${period}「${metric}」的工作日占比低于 ${pct}%`
      : `"${metric}" on fewer than ${pct}% of the working days of a ${period}`;
  }
  return lang === 'zh'
    ? `${period}「${metric}」少于 ${c.count} 天`
    : `"${metric}" on fewer than ${c.count} days a ${period}`;
}

export function describeRule(
  rule: { population: RulePopulation; condition: RuleCondition },
  metricLabel: string,
  lang: Lang,
): string {
  const metric = lang === 'zh' ? metricLabel : metricLabel.toLowerCase();
  return lang === 'zh'
    ? `${who(rule.population, lang)}${when(rule.condition, metric, lang)}`
    : `${who(rule.population, lang).replace(/^./, (c) => c.toUpperCase())} who ${when(rule.condition, metric, lang)}`;
}
