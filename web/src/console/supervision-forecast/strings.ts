// Words of the risk forecast screen (风险预测).
import { addStrings } from '../../i18n/index.ts';

addStrings('forecast', {
  zh: {
    title: '风险预测',
    subtitle: '根据近期答题、阅读趋势，预测本周可能触发“连续未答题”预警规则的人员',
    hint: '预测只是提示，不是预警：它不会自动上报、通知本人或产生任何处理。可提前关心、提醒，是否触发以规则的实际评估为准。',
    org: '组织',
    week: '预测周',
    weekOf: '{{from}} 至 {{to}}',
    computedAt: '计算于 {{time}}',
    notComputed: '本周尚未计算（每周一 06:30 自动计算）',
    total: '共 {{n}} 人',
    threshold: '得分 ≥ {{p}}% 视为较可能',
    bands: '风险分布',
    bandsAria: '各风险等级人数：{{text}}',
    people: '人数',
    empty: '本周没有预测名单',
    col: { name: '姓名', org: '所在组织', rule: '规则', score: '风险得分', reasons: '依据' },
  },
  en: {
    title: 'Risk forecast',
    subtitle: "People likely to meet a 'days without the quiz' warning rule this week, from their recent trends",
    hint: 'A forecast is a hint, never a warning: it reports no one, tells no one and starts nothing. Use it to check in early; whether a rule fires is decided by the rule itself.',
    org: 'Organisation',
    week: 'Week',
    weekOf: '{{from}} to {{to}}',
    computedAt: 'Computed {{time}}',
    notComputed: 'Not computed for this week yet (every Monday at 06:30)',
    total: '{{n}} people',
    threshold: 'A score of {{p}}% or more counts as likely',
    bands: 'By risk band',
    bandsAria: 'People per risk band: {{text}}',
    people: 'People',
    empty: 'No forecast for this week',
    col: { name: 'Name', org: 'Organisation', rule: 'Rule', score: 'Score', reasons: 'Why' },
  },
});
