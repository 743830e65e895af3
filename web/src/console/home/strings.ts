// Words of the dashboard (工作台).
import { addStrings } from '../../i18n/index.ts';

addStrings('home', {
  zh: {
    greeting: { morning: '上午好', afternoon: '下午好', evening: '晚上好' },
    greetingName: '{{greeting}}，{{name}}',
    rolesAt: '{{role}} · {{org}}',
    noRoles: '您的账号暂未分配管理角色',
    scopeTitle: '{{org}} 概况',
    stat: {
      total: '党员总数',
      full: '正式党员',
      probationary: '预备党员',
      children: '下级组织',
    },
    chart: {
      status: '党员构成',
      statusAria: '{{org}}党员构成：正式党员 {{full}} 人，预备党员 {{probationary}} 人',
      other: '其他',
      byChild: '下级组织党员人数',
      byChildTop: '下级组织党员人数（前 {{n}} 个）',
      byChildAria: '{{org}}各下级组织党员人数柱状图',
      members: '党员人数',
      noChildren: '本组织没有下级组织',
    },
    links: { title: '常用功能', profile: '查看个人资料', mobile: '打开手机版' },
    security: {
      title: '安全提醒：{{count}} 个账号疑似批量查询身份证号',
      body: '这些账号近 30 天内多次查询辖区外已登记的身份证号（登记或导入检查），可能在试探全市党员信息。请核实，必要时停用账号。',
      more: '另有 {{count}} 个',
    },
    friendly: {
      title: '欢迎使用红云智慧党建云平台',
      noScope: '您的账号没有组织管理权限。您可以查看个人资料，或在手机版中参加学习、代家人办理事务。',
      noOrgRead: '您的角色不查看组织数据，请从下方进入您的工作。',
    },
  },
  en: {
    greeting: { morning: 'Good morning', afternoon: 'Good afternoon', evening: 'Good evening' },
    greetingName: '{{greeting}}, {{name}}',
    rolesAt: '{{role}} · {{org}}',
    noRoles: 'Your account holds no administrative role',
    scopeTitle: '{{org}} at a glance',
    stat: {
      total: 'Members',
      full: 'Full members',
      probationary: 'Probationary members',
      children: 'Sub-organisations',
    },
    chart: {
      status: 'Membership status',
      statusAria: '{{org}} membership: {{full}} full, {{probationary}} probationary members',
      other: 'Other',
      byChild: 'Members per sub-organisation',
      byChildTop: 'Members per sub-organisation (top {{n}})',
      byChildAria: 'Bar chart of members per sub-organisation of {{org}}',
      members: 'Members',
      noChildren: 'This organisation has no sub-organisations',
    },
    links: { title: 'Shortcuts', profile: 'My profile', mobile: 'Open the mobile app' },
    security: {
      title: 'Security notice: {{count}} account(s) may be probing ID numbers',
      body: 'In the last 30 days these accounts were told many times that an ID number is registered outside their organisations (registration or import checks): they may be walking the city register. Check them and disable an account if needed.',
      more: 'and {{count}} more',
    },
    friendly: {
      title: 'Welcome to Hongyun Smart Party-Building Cloud',
      noScope:
        'Your account has no organisation to manage. See your profile, or use the mobile app to study and act for a relative.',
      noOrgRead: 'Your role does not read organisation data; start your work below.',
    },
  },
});
