// Words of the console's learning settings screen (积分与学时设置).
import { addStrings } from '../../i18n/index.ts';

addStrings('learningSettings', {
  zh: {
    title: '积分与学时设置',
    subtitle: '设置本组织及下级组织的学习积分规则、个人排名开关和年度学时目标；下级组织未单独设置时沿用上级的设置',
    org: '设置的组织',
    own: '本组织已单独设置',
    inherited: '当前沿用 {{org}} 的设置，保存后本组织及下级将使用新的设置',
    defaults: '当前使用系统默认设置（学习强国 2019 年积分规则，党员 32 学时、支部书记和支委委员 56 学时）',
    rules: '积分规则',
    rule: '积分项目',
    points: '每次得分',
    cap: '每日上限',
    noCap: '不限',
    enabled: '启用',
    rankings: '个人排名',
    rankingsOn: '显示个人积分排名',
    rankingsHint:
      '关闭后，党员在手机端不再看到个人排名，统计只显示组织层面的数据（依据 2019 年中央关于解决形式主义突出问题为基层减负的通知精神）。',
    targets: '年度学时目标',
    memberTarget: '党员',
    leaderTarget: '支部书记、副书记和支委委员',
    hoursUnit: '学时',
    targetHint:
      '按党员登记信息中的“职务”识别支部书记、副书记和委员。全国党员教育培训工作规划要求党员每年不少于 32 学时，基层党组织书记和班子成员不少于 56 学时。',
    save: '保存设置',
    saved: '已保存',
    updatedAt: '最近修改：{{at}}',
    pickOrg: '请选择组织',
  },
  en: {
    title: 'Points and study hours',
    subtitle:
      'Point rules, the personal rankings switch and annual study-hour targets for this organisation and those below it; an organisation without its own settings uses the nearest one above',
    org: 'Organisation',
    own: 'This organisation has its own settings',
    inherited: "Now using {{org}}'s settings; saving gives this organisation and those below it their own",
    defaults:
      'Now using the defaults (学习强国 2019 point rules; 32 hours for members, 56 for branch secretaries and committee members)',
    rules: 'Point rules',
    rule: 'Rule',
    points: 'Points each',
    cap: 'Daily cap',
    noCap: 'None',
    enabled: 'On',
    rankings: 'Personal rankings',
    rankingsOn: 'Show personal points rankings',
    rankingsHint:
      'Off: members no longer see a personal ranking on the phone, and figures are shown for organisations only (per the 2019 notice against formalism).',
    targets: 'Annual study-hour targets',
    memberTarget: 'Party members',
    leaderTarget: 'Branch secretaries, deputy secretaries and committee members',
    hoursUnit: 'hours',
    targetHint:
      "Secretaries and committee members are recognised by the position in the member's register record. The national plan asks at least 32 hours a year of members and 56 of grassroots secretaries and committee members.",
    save: 'Save settings',
    saved: 'Saved',
    updatedAt: 'Last changed: {{at}}',
    pickOrg: 'Choose an organisation',
  },
});
