// The closed catalogue of audited actions (admin and security acts written to the hash-chained
// audit log). The server's appendAudit accepts only these; the audit screen shows their labels
// and summaries. Rows written before an action was renamed still show, as their raw code.
import { type Role, RoleLabels } from './roles.ts';
import { actorLabel, type Bilingual, fillTemplate, type Lang, type NameLookup, nameOf } from './summary.ts';
import { type IntegrityKind, IntegrityKindLabels } from './supervision-records.ts';

type ActionSpec = {
  label: Bilingual;
  /** Slots: {actor}, {target} (the target's name when it is an org, person or account), {org}, plus `vars`. */
  summary: Bilingual;
  vars?(details: Record<string, unknown>, lang: Lang): Record<string, string | undefined>;
};

const role = (d: Record<string, unknown>, lang: Lang) => ({
  role: typeof d.role === 'string' && d.role in RoleLabels ? RoleLabels[d.role as Role][lang] : undefined,
});
const quizTitle = (d: Record<string, unknown>) => ({ title: typeof d.title === 'string' ? d.title : undefined });
const PunchDecisionLabels: Record<string, Bilingual> = {
  approved: { zh: '同意范围外打卡', en: 'outside punch approved' },
  rejected: { zh: '不同意范围外打卡', en: 'outside punch rejected' },
  cleared: { zh: '核查无异常', en: 'cleared after review' },
  confirmed: { zh: '核查确认异常', en: 'confirmed as irregular' },
};
const punchDecisionLabel = (d: unknown, lang: Lang) =>
  typeof d === 'string' ? (PunchDecisionLabels[d]?.[lang] ?? d) : undefined;
const ruleName = (d: Record<string, unknown>) => ({ name: typeof d.name === 'string' ? d.name : undefined });
const rows = (d: Record<string, unknown>) => ({ rows: d.rows === undefined ? undefined : String(d.rows) });
const integrityKind = (d: Record<string, unknown>, lang: Lang) => ({
  kind:
    typeof d.kind === 'string' && d.kind in IntegrityKindLabels
      ? IntegrityKindLabels[d.kind as IntegrityKind][lang]
      : undefined,
});
const mediaVars = (d: Record<string, unknown>, lang: Lang) => ({
  kind:
    d.kind === 'image'
      ? lang === 'zh'
        ? '文章图片'
        : 'article image'
      : d.kind === 'document'
        ? lang === 'zh'
          ? 'PDF 文档'
          : 'PDF document'
        : undefined,
  name: typeof d.name === 'string' && d.name !== '' ? d.name : lang === 'zh' ? '未命名' : 'unnamed',
});

export const AuditActionCatalogue = {
  'auth.login': { label: { zh: '登录', en: 'Sign-in' }, summary: { zh: '{actor} 登录', en: '{actor} signed in' } },
  'auth.logout': {
    label: { zh: '退出登录', en: 'Sign-out' },
    summary: { zh: '{actor} 退出登录', en: '{actor} signed out' },
  },
  'auth.password.changed': {
    label: { zh: '修改密码', en: 'Password changed' },
    summary: { zh: '{actor} 修改了自己的密码', en: '{actor} changed their password' },
  },
  'auth.totp.setup': {
    label: { zh: '设置动态验证码', en: 'TOTP set up' },
    summary: { zh: '{actor} 设置了动态验证码', en: '{actor} set up a one-time code' },
  },
  'auth.totp.enabled': {
    label: { zh: '启用动态验证码', en: 'TOTP enabled' },
    summary: { zh: '{actor} 启用了动态验证码', en: '{actor} turned on one-time codes' },
  },
  'auth.totp.disabled': {
    label: { zh: '停用动态验证码', en: 'TOTP disabled' },
    summary: { zh: '{actor} 停用了动态验证码', en: '{actor} turned off one-time codes' },
  },
  'accounts.created': {
    label: { zh: '创建账号', en: 'Account created' },
    summary: { zh: '{actor} 创建了账号 {target}', en: '{actor} created the account {target}' },
  },
  'accounts.disabled': {
    label: { zh: '停用账号', en: 'Account disabled' },
    summary: { zh: '{actor} 停用了账号 {target}', en: '{actor} disabled the account {target}' },
  },
  'accounts.enabled': {
    label: { zh: '启用账号', en: 'Account enabled' },
    summary: { zh: '{actor} 启用了账号 {target}', en: '{actor} enabled the account {target}' },
  },
  'accounts.password_reset': {
    label: { zh: '重置密码', en: 'Password reset' },
    summary: { zh: '{actor} 重置了 {target} 的密码', en: "{actor} reset {target}'s password" },
  },
  'accounts.unlocked': {
    label: { zh: '解除锁定', en: 'Account unlocked' },
    summary: { zh: '{actor} 解除了 {target} 的登录锁定', en: '{actor} unlocked {target}' },
  },
  'accounts.delegate_lookup': {
    label: { zh: '查找代办人', en: 'Delegate looked up' },
    summary: {
      zh: '{actor} 按手机尾号 {last4} 查找代办人',
      en: '{actor} looked up a delegate by phone ending {last4}',
    },
    vars: (d) => ({ last4: typeof d.phoneLast4 === 'string' ? d.phoneLast4 : undefined }),
  },
  'grants.granted': {
    label: { zh: '授予角色', en: 'Role granted' },
    summary: {
      zh: '{actor} 授予 {target} 在 {org} 的「{role}」角色',
      en: '{actor} granted {target} the role {role} at {org}',
    },
    vars: role,
  },
  'grants.revoked': {
    label: { zh: '撤销角色', en: 'Role revoked' },
    summary: {
      zh: '{actor} 撤销了 {target} 在 {org} 的「{role}」角色',
      en: "{actor} revoked {target}'s role {role} at {org}",
    },
    vars: role,
  },
  'delegations.granted': {
    label: { zh: '新建代办授权', en: 'Delegation granted' },
    summary: { zh: '{actor} 新建了一项代办授权', en: '{actor} granted a delegation' },
  },
  'delegations.revoked': {
    label: { zh: '撤销代办授权', en: 'Delegation revoked' },
    summary: { zh: '{actor} 撤销了一项代办授权', en: '{actor} revoked a delegation' },
  },
  'org.created': {
    label: { zh: '新建组织', en: 'Organisation created' },
    summary: { zh: '{actor} 新建了组织 {target}', en: '{actor} created the organisation {target}' },
  },
  'org.updated': {
    label: { zh: '修改组织', en: 'Organisation updated' },
    summary: { zh: '{actor} 修改了组织 {target}', en: '{actor} updated the organisation {target}' },
  },
  'org.moved': {
    label: { zh: '调整上级组织', en: 'Organisation moved' },
    summary: { zh: '{actor} 调整了 {target} 的上级组织', en: '{actor} moved {target} to a new parent' },
  },
  'org.dissolved': {
    label: { zh: '撤销组织', en: 'Organisation dissolved' },
    summary: { zh: '{actor} 撤销了组织 {name}', en: '{actor} dissolved the organisation {name}' },
    vars: (d) => ({ name: typeof d.name === 'string' ? d.name : undefined }),
  },
  'org.modules.updated': {
    label: { zh: '设置功能模块', en: 'Modules switched' },
    summary: { zh: '{actor} 调整了 {target} 的功能模块', en: "{actor} switched {target}'s modules" },
  },
  'calendar.day.set': {
    label: { zh: '设置节假日', en: 'Calendar day set' },
    summary: { zh: '{actor} 将 {day} 设为{kind}（{name}）', en: '{actor} set {day} as a {kind} ({name})' },
    vars: (d, lang) => ({
      day: typeof d.day === 'string' ? d.day : undefined,
      kind: d.isWorkday === true ? (lang === 'zh' ? '工作日' : 'working day') : lang === 'zh' ? '休息日' : 'day off',
      name:
        typeof d.nameZh === 'string'
          ? lang === 'en' && typeof d.nameEn === 'string'
            ? d.nameEn
            : d.nameZh
          : undefined,
    }),
  },
  'calendar.day.reverted': {
    label: { zh: '恢复按周历', en: 'Calendar day reverted' },
    summary: { zh: '{actor} 将 {day} 恢复为按周一至周五上班', en: '{actor} reverted {day} to the weekday rule' },
    vars: (d) => ({ day: typeof d.day === 'string' ? d.day : undefined }),
  },
  'calendar.year.confirmed': {
    label: { zh: '确认年度日历', en: 'Calendar year confirmed' },
    summary: { zh: '{actor} 将 {year} 年日历标为{state}', en: '{actor} marked the {year} calendar {state}' },
    vars: (d, lang) => ({
      year: d.year === undefined ? undefined : String(d.year),
      state:
        d.confirmed === false ? (lang === 'zh' ? '未确认' : 'unconfirmed') : lang === 'zh' ? '已确认' : 'confirmed',
    }),
  },
  'quiz.rules.updated': {
    label: { zh: '设置每日答题规则', en: 'Daily quiz rules set' },
    summary: { zh: '{actor} 设置了 {target} 的每日答题规则', en: "{actor} set {target}'s daily quiz rules" },
  },
  'quiz.special.created': {
    label: { zh: '新建专项答题', en: 'Special quiz created' },
    summary: {
      zh: '{actor} 新建了 {org} 的专项答题《{title}》',
      en: '{actor} created the special quiz "{title}" of {org}',
    },
    vars: quizTitle,
  },
  'quiz.special.updated': {
    label: { zh: '修改专项答题', en: 'Special quiz edited' },
    summary: {
      zh: '{actor} 修改了 {org} 的专项答题《{title}》',
      en: '{actor} edited the special quiz "{title}" of {org}',
    },
    vars: quizTitle,
  },
  'quiz.special.published': {
    label: { zh: '发布专项答题', en: 'Special quiz published' },
    summary: {
      zh: '{actor} 发布了 {org} 的专项答题《{title}》',
      en: '{actor} published the special quiz "{title}" of {org}',
    },
    vars: quizTitle,
  },
  'quiz.special.closed': {
    label: { zh: '结束专项答题', en: 'Special quiz closed' },
    summary: {
      zh: '{actor} 结束了 {org} 的专项答题《{title}》',
      en: '{actor} closed the special quiz "{title}" of {org}',
    },
    vars: quizTitle,
  },
  'quiz.special.results_exported': {
    label: { zh: '导出专项答题成绩', en: 'Special quiz results exported' },
    summary: {
      zh: '{actor} 导出了 {org} 的专项答题《{title}》的个人成绩（{rows} 人）',
      en: '{actor} exported the results per person of the special quiz "{title}" of {org} ({rows} people)',
    },
    vars: (d) => ({ ...quizTitle(d), ...rows(d) }),
  },
  'learning.dashboard_exported': {
    label: { zh: '导出学习统计', en: 'Learning statistics exported' },
    summary: {
      zh: '{actor} 导出了 {target} 的学习统计（{rows} 行）',
      en: "{actor} exported {target}'s learning statistics ({rows} rows)",
    },
    vars: rows,
  },
  'learning.inactive_exported': {
    label: { zh: '导出未学习名单', en: 'Not-studied list exported' },
    summary: {
      zh: '{actor} 导出了 {target} 的未学习名单（{rows} 人）',
      en: "{actor} exported {target}'s not-studied list ({rows} people)",
    },
    vars: rows,
  },
  'learning.settings.updated': {
    label: { zh: '设置学习积分与学时', en: 'Learning settings set' },
    summary: {
      zh: '{actor} 设置了 {target} 的积分规则、排名与学时目标',
      en: "{actor} set {target}'s point rules, rankings and study-hour targets",
    },
  },
  'attendance.place.saved': {
    label: { zh: '保存考勤地点', en: 'Check-in place saved' },
    summary: {
      zh: '{actor} 保存了 {org} 的考勤地点「{name}」',
      en: '{actor} saved the check-in place "{name}" of {org}',
    },
    vars: ruleName,
  },
  'attendance.place.deleted': {
    label: { zh: '删除考勤地点', en: 'Check-in place deleted' },
    summary: {
      zh: '{actor} 删除了 {org} 的考勤地点「{name}」',
      en: '{actor} deleted the check-in place "{name}" of {org}',
    },
    vars: ruleName,
  },
  'attendance.windows.set': {
    label: { zh: '设置考勤时段', en: 'Check-in windows set' },
    summary: { zh: '{actor} 设置了 {org} 的考勤时段', en: "{actor} set {org}'s check-in windows" },
  },
  'attendance.punch.decided': {
    label: { zh: '处理打卡记录', en: 'Punch decided' },
    summary: {
      zh: '{actor} 处理了 {target} 的打卡记录（{decision}）',
      en: "{actor} decided on {target}'s punch ({decision})",
    },
    vars: (d, lang) => ({ decision: punchDecisionLabel(d.decision, lang) }),
  },
  'attendance.sheet_exported': {
    label: { zh: '导出考勤表', en: 'Attendance sheet exported' },
    summary: {
      zh: '{actor} 导出了 {org} {month} 的考勤表（{rows} 人）',
      en: "{actor} exported {org}'s attendance sheet for {month} ({rows} people)",
    },
    vars: (d) => ({ ...rows(d), month: typeof d.month === 'string' ? d.month : undefined }),
  },
  'attendance.positions.viewed': {
    label: { zh: '查看打卡位置', en: 'Punch positions viewed' },
    summary: { zh: '{actor} 查看了 {target} 的打卡位置', en: "{actor} viewed {target}'s punch positions" },
  },
  'supervision.rule.created': {
    label: { zh: '新建预警规则', en: 'Warning rule created' },
    summary: {
      zh: '{actor} 为 {org} 新建了预警规则「{name}」',
      en: '{actor} created the warning rule "{name}" for {org}',
    },
    vars: ruleName,
  },
  'supervision.rule.updated': {
    label: { zh: '修改预警规则', en: 'Warning rule edited' },
    summary: {
      zh: '{actor} 修改了 {org} 的预警规则「{name}」',
      en: '{actor} edited the warning rule "{name}" of {org}',
    },
    vars: ruleName,
  },
  'supervision.rule.deleted': {
    label: { zh: '删除预警规则', en: 'Warning rule deleted' },
    summary: {
      zh: '{actor} 删除了 {org} 的预警规则「{name}」',
      en: '{actor} deleted the warning rule "{name}" of {org}',
    },
    vars: ruleName,
  },
  'supervision.rule.run': {
    label: { zh: '手动运行预警规则', en: 'Warning rule run' },
    summary: {
      zh: '{actor} 手动运行了 {org} 的预警规则「{name}」（{day}，新增 {raised} 条）',
      en: '{actor} ran the warning rule "{name}" of {org} ({day}, {raised} new)',
    },
    vars: (d) => ({
      ...ruleName(d),
      day: typeof d.day === 'string' ? d.day : undefined,
      raised: d.raised === undefined ? undefined : String(d.raised),
    }),
  },
  'supervision.alerts_exported': {
    label: { zh: '导出预警', en: 'Alerts exported' },
    summary: {
      zh: '{actor} 导出了 {target} 的预警（{rows} 条）',
      en: "{actor} exported {target}'s alerts ({rows} rows)",
    },
    vars: rows,
  },
  // A leading cadre's integrity record (领导干部个人诚信档案): every write and every read is audited,
  // the target being the cadre.
  'supervision.integrity.recorded': {
    label: { zh: '登记诚信档案', en: 'Integrity item recorded' },
    summary: {
      zh: '{actor} 为 {target} 登记了一条诚信记录（{kind}）',
      en: '{actor} recorded an integrity item ({kind}) for {target}',
    },
    vars: integrityKind,
  },
  'supervision.integrity.revoked': {
    label: { zh: '撤销诚信记录', en: 'Integrity item revoked' },
    summary: {
      zh: '{actor} 撤销了 {target} 的一条诚信记录（{kind}）',
      en: '{actor} revoked an integrity item ({kind}) of {target}',
    },
    vars: integrityKind,
  },
  'supervision.integrity.evidence_attached': {
    label: { zh: '上传诚信证明材料', en: 'Integrity evidence attached' },
    summary: {
      zh: '{actor} 为 {target} 的诚信记录上传了证明材料「{name}」',
      en: '{actor} attached the evidence "{name}" to an integrity item of {target}',
    },
    vars: (d) => ({ name: typeof d.name === 'string' ? d.name : undefined }),
  },
  'supervision.integrity.read': {
    label: { zh: '查阅诚信档案', en: 'Integrity record read' },
    summary: {
      zh: '{actor} 查阅了 {target} 的诚信档案（{rows} 条）',
      en: "{actor} read {target}'s integrity record ({rows} items)",
    },
    vars: rows,
  },
  'supervision.integrity.evidence_read': {
    label: { zh: '查看诚信证明材料', en: 'Integrity evidence opened' },
    summary: {
      zh: '{actor} 查看了 {target} 的诚信证明材料「{name}」',
      en: '{actor} opened the integrity evidence "{name}" of {target}',
    },
    vars: (d) => ({ name: typeof d.name === 'string' ? d.name : undefined }),
  },
  'orgs.imported': {
    label: { zh: '导入组织', en: 'Organisations imported' },
    summary: {
      zh: '{actor} 向 {org} 导入组织（{rows} 行）',
      en: '{actor} imported organisations into {org} ({rows} rows)',
    },
    vars: rows,
  },
  'orgs.import_checked': {
    label: { zh: '校验组织导入', en: 'Organisation import checked' },
    summary: {
      zh: '{actor} 校验了组织导入文件（{rows} 行）',
      en: '{actor} checked an organisation import ({rows} rows)',
    },
    vars: rows,
  },
  'orgs.import_rejected': {
    label: { zh: '组织导入被拒绝', en: 'Organisation import refused' },
    summary: { zh: '{actor} 的组织导入因错误被拒绝', en: "{actor}'s organisation import was refused" },
  },
  'people.created': {
    label: { zh: '登记党员', en: 'Member registered' },
    summary: { zh: '{actor} 在 {org} 登记了党员 {target}', en: '{actor} registered {target} in {org}' },
  },
  'people.updated': {
    label: { zh: '修改党员信息', en: 'Member updated' },
    summary: { zh: '{actor} 修改了 {target} 的信息', en: "{actor} updated {target}'s record" },
  },
  'people.transferred': {
    label: { zh: '转接组织关系', en: 'Member transferred' },
    summary: { zh: '{actor} 将 {target} 转接到 {toOrg}', en: '{actor} transferred {target} to {toOrg}' },
  },
  'people.imported': {
    label: { zh: '导入花名册', en: 'Register imported' },
    summary: {
      zh: '{actor} 向 {org} 导入花名册（{rows} 行）',
      en: '{actor} imported a register into {org} ({rows} rows)',
    },
    vars: rows,
  },
  'people.import_checked': {
    label: { zh: '校验花名册导入', en: 'Register import checked' },
    summary: { zh: '{actor} 校验了花名册导入文件（{rows} 行）', en: '{actor} checked a register import ({rows} rows)' },
    vars: rows,
  },
  'people.import_rejected': {
    label: { zh: '花名册导入被拒绝', en: 'Register import refused' },
    summary: { zh: '{actor} 的花名册导入因错误被拒绝', en: "{actor}'s register import was refused" },
  },
  'people.exported': {
    label: { zh: '导出党员信息', en: 'Members exported' },
    summary: { zh: '{actor} 导出了 {rows} 名党员的信息', en: '{actor} exported {rows} member records' },
    vars: rows,
  },
  'people.duplicate_id_attempt': {
    label: { zh: '重复身份证号登记', en: 'Duplicate ID number attempt' },
    summary: {
      zh: '{actor} 试图登记已存在的身份证号（尾号 {last4}）',
      en: '{actor} tried to register an existing ID number (ending {last4})',
    },
    vars: (d) => ({ last4: typeof d.last4 === 'string' ? d.last4 : undefined }),
  },
  'people.id_probe_suspected': {
    label: { zh: '疑似身份证号探测', en: 'Suspected ID number probing' },
    summary: {
      zh: '{actor} 今日已 {count} 次查到管辖范围以外登记的身份证号，疑似探测',
      en: '{actor} hit {count} ID numbers registered outside their organisations today: possible probing',
    },
    vars: (d) => ({ count: d.count === undefined ? undefined : String(d.count) }),
  },
  'questions.created': {
    label: { zh: '新增题目', en: 'Question added' },
    summary: { zh: '{actor} 在 {org} 题库新增了一道题', en: "{actor} added a question to {org}'s bank" },
  },
  'questions.updated': {
    label: { zh: '修改题目', en: 'Question edited' },
    summary: { zh: '{actor} 修改了 {org} 题库的一道题', en: "{actor} edited a question of {org}'s bank" },
  },
  'questions.disabled': {
    label: { zh: '停用题目', en: 'Question disabled' },
    summary: { zh: '{actor} 停用了 {org} 题库的一道题', en: "{actor} disabled a question of {org}'s bank" },
  },
  'questions.enabled': {
    label: { zh: '启用题目', en: 'Question enabled' },
    summary: { zh: '{actor} 重新启用了 {org} 题库的一道题', en: "{actor} enabled a question of {org}'s bank again" },
  },
  'notify.delivery.retried': {
    label: { zh: '重新发送消息', en: 'Delivery retried' },
    summary: {
      zh: '{actor} 重新发送了一条发送失败的{channel}消息',
      en: '{actor} sent a failed {channel} delivery again',
    },
    vars: (d, lang) => ({
      channel: d.channel === 'email' ? (lang === 'zh' ? '邮件' : 'email') : lang === 'zh' ? '短信网关' : 'SMS gateway',
    }),
  },
  'questions.imported': {
    label: { zh: '导入题目', en: 'Questions imported' },
    summary: {
      zh: '{actor} 向 {org} 题库导入题目（{rows} 行）',
      en: "{actor} imported questions into {org}'s bank ({rows} rows)",
    },
    vars: rows,
  },
  'questions.import_checked': {
    label: { zh: '校验题目导入', en: 'Question import checked' },
    summary: { zh: '{actor} 校验了题目导入文件（{rows} 行）', en: '{actor} checked a question import ({rows} rows)' },
    vars: rows,
  },
  'questions.import_rejected': {
    label: { zh: '题目导入被拒绝', en: 'Question import refused' },
    summary: { zh: '{actor} 的题目导入因错误被拒绝', en: "{actor}'s question import was refused" },
  },
  'audit.verified': {
    label: { zh: '校验审计日志', en: 'Audit log verified' },
    summary: { zh: '{actor} 校验了审计日志哈希链', en: "{actor} verified the audit log's hash chain" },
  },
  'audit.chain.keyed': {
    label: { zh: '审计链改用密钥', en: 'Audit chain keyed' },
    summary: {
      zh: '审计日志哈希链改为密钥认证（HMAC），此前 {rows} 行由此封存',
      en: 'the audit chain switched to keyed links (HMAC), sealing the {rows} rows before',
    },
    vars: (d) => ({ rows: d.plainRows === undefined ? undefined : String(d.plainRows) }),
  },
  'data.generated': {
    label: { zh: '生成演示数据', en: 'Data generated' },
    summary: { zh: '{actor} 生成了测试规模数据', en: '{actor} generated scale data' },
  },
  'video.uploaded': {
    label: { zh: '上传视频', en: 'Video uploaded' },
    summary: { zh: '{actor} 上传了视频《{title}》', en: '{actor} uploaded the video "{title}"' },
    vars: (d) => ({ title: typeof d.title === 'string' ? d.title : '' }),
  },
  'demo.seeded': {
    label: { zh: '初始化演示数据', en: 'Demo data seeded' },
    summary: { zh: '{actor} 初始化了演示数据', en: '{actor} seeded the demo data' },
  },
  'content.approved': {
    label: { zh: '审核通过内容', en: 'Content approved' },
    summary: { zh: '{actor} 审核通过《{title}》', en: '{actor} approved "{title}"' },
    vars: (d) => ({ title: typeof d.title === 'string' ? d.title : undefined }),
  },
  'content.returned': {
    label: { zh: '退回内容', en: 'Content returned' },
    summary: { zh: '{actor} 退回了《{title}》', en: '{actor} returned "{title}"' },
    vars: (d) => ({ title: typeof d.title === 'string' ? d.title : undefined }),
  },
  'content.withdrawn': {
    label: { zh: '撤回内容', en: 'Content withdrawn' },
    summary: { zh: '{actor} 撤回了《{title}》', en: '{actor} withdrew "{title}"' },
    vars: (d) => ({ title: typeof d.title === 'string' ? d.title : undefined }),
  },
  'content.media.uploaded': {
    label: { zh: '上传内容图片或文档', en: 'Content file uploaded' },
    summary: { zh: '{actor} 为 {org} 上传了{kind}「{name}」', en: '{actor} uploaded the {kind} "{name}" for {org}' },
    vars: mediaVars,
  },
  'content.media.removed': {
    label: { zh: '清理未使用的图片或文档', en: 'Unused content file removed' },
    summary: {
      zh: '{actor} 删除了 {org} 上传后 24 小时内未被任何内容使用的{kind}「{name}」',
      en: '{actor} removed the {kind} "{name}" of {org}, unused by any content 24 hours after its upload',
    },
    vars: mediaVars,
  },
} as const satisfies Record<string, ActionSpec>;

export type AuditAction = keyof typeof AuditActionCatalogue;
export const AuditActions = Object.keys(AuditActionCatalogue) as AuditAction[];

/** Groups for the filter: the server matches `action` as a prefix, so `auth.` finds every sign-in act. */
export const AuditActionGroups: Record<string, Bilingual> = {
  'auth.': { zh: '登录与安全', en: 'Sign-in & security' },
  'accounts.': { zh: '账号管理', en: 'Accounts' },
  'grants.': { zh: '角色授权', en: 'Role grants' },
  'delegations.': { zh: '代办授权', en: 'Delegations' },
  'org.': { zh: '组织维护', en: 'Organisations' },
  'orgs.': { zh: '组织导入', en: 'Organisation imports' },
  'people.': { zh: '党员管理', en: 'Members' },
  'audit.': { zh: '审计校验', en: 'Audit checks' },
  'video.': { zh: '视频库', en: 'Video library' },
  'questions.': { zh: '题库维护', en: 'Question bank' },
  'learning.': { zh: '学习管理', en: 'Learning' },
  'content.': { zh: '学习内容', en: 'Study content' },
  'notify.': { zh: '消息通知', en: 'Notifications' },
};

export function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(AuditActionCatalogue, action);
}

export function auditActionLabel(action: string, lang: Lang): string {
  return isAuditAction(action) ? AuditActionCatalogue[action].label[lang] : action;
}

export type SummarisedAudit = {
  action: string;
  actorAccountId: string | null;
  targetType: string | null;
  targetId: string | null;
  orgId: number | null;
  details: Record<string, unknown>;
};

/** Org IDs audit details mention beyond the row's own org (a transfer's destination). */
export function auditRefOrgIds(row: SummarisedAudit): number[] {
  const to = row.details.toOrgId;
  return typeof to === 'number' ? [to] : [];
}

/** One sentence saying what was done, e.g. "王书记 停用了账号 张三". */
export function renderAuditSummary(row: SummarisedAudit, names: NameLookup, lang: Lang): string {
  const actor = actorLabel(names, row.actorAccountId, lang);
  if (!isAuditAction(row.action)) return `${actor} · ${row.action}`;
  const entry: ActionSpec = AuditActionCatalogue[row.action];
  const target =
    row.targetType === 'org' || row.targetType === 'person' || row.targetType === 'account'
      ? nameOf(names, row.targetType, row.targetId)
      : undefined;
  return fillTemplate(
    entry.summary[lang],
    {
      actor,
      target,
      org: nameOf(names, 'org', row.orgId),
      toOrg: nameOf(names, 'org', row.details.toOrgId),
      ...(entry.vars?.(row.details, lang) ?? {}),
    },
    lang,
  );
}
