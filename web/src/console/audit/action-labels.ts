// Names of the audited actions the server writes (server/src: appendAudit calls), for the filter
// and the table. An action missing here is shown as its code, so a new one is never hidden.
type Label = { zh: string; en: string };

export const AuditActionLabels: Record<string, Label> = {
  'auth.login': { zh: '登录', en: 'Sign-in' },
  'auth.logout': { zh: '退出登录', en: 'Sign-out' },
  'auth.password.changed': { zh: '修改密码', en: 'Password changed' },
  'auth.totp.setup': { zh: '设置动态验证码', en: 'TOTP set up' },
  'auth.totp.enabled': { zh: '启用动态验证码', en: 'TOTP enabled' },
  'auth.totp.disabled': { zh: '停用动态验证码', en: 'TOTP disabled' },
  'accounts.created': { zh: '创建账号', en: 'Account created' },
  'accounts.disabled': { zh: '停用账号', en: 'Account disabled' },
  'accounts.enabled': { zh: '启用账号', en: 'Account enabled' },
  'accounts.password_reset': { zh: '重置密码', en: 'Password reset' },
  'accounts.unlocked': { zh: '解除锁定', en: 'Account unlocked' },
  'grants.granted': { zh: '授予角色', en: 'Role granted' },
  'grants.revoked': { zh: '撤销角色', en: 'Role revoked' },
  'delegations.granted': { zh: '新建代办授权', en: 'Delegation granted' },
  'delegations.revoked': { zh: '撤销代办授权', en: 'Delegation revoked' },
  'org.created': { zh: '新建组织', en: 'Organisation created' },
  'org.updated': { zh: '修改组织', en: 'Organisation updated' },
  'org.moved': { zh: '调整上级组织', en: 'Organisation moved' },
  'org.dissolved': { zh: '撤销组织', en: 'Organisation dissolved' },
  'org.modules.updated': { zh: '设置功能模块', en: 'Modules switched' },
  'orgs.imported': { zh: '导入组织', en: 'Organisations imported' },
  'orgs.import_checked': { zh: '校验组织导入', en: 'Organisation import checked' },
  'orgs.import_rejected': { zh: '组织导入被拒绝', en: 'Organisation import refused' },
  'people.created': { zh: '登记党员', en: 'Member registered' },
  'people.updated': { zh: '修改党员信息', en: 'Member updated' },
  'people.transferred': { zh: '转接组织关系', en: 'Member transferred' },
  'people.imported': { zh: '导入花名册', en: 'Register imported' },
  'people.import_checked': { zh: '校验花名册导入', en: 'Register import checked' },
  'people.import_rejected': { zh: '花名册导入被拒绝', en: 'Register import refused' },
  'people.exported': { zh: '导出党员信息', en: 'Members exported' },
  'people.duplicate_id_attempt': { zh: '重复身份证号登记', en: 'Duplicate ID number attempt' },
  'audit.verified': { zh: '校验审计日志', en: 'Audit log verified' },
  'data.generated': { zh: '生成演示数据', en: 'Data generated' },
  'demo.seeded': { zh: '初始化演示数据', en: 'Demo data seeded' },
};

/** Groups for the filter: the server matches `action` as a prefix, so `auth.` finds every sign-in act. */
export const AuditActionGroups: Record<string, Label> = {
  'auth.': { zh: '登录与安全', en: 'Sign-in & security' },
  'accounts.': { zh: '账号管理', en: 'Accounts' },
  'grants.': { zh: '角色授权', en: 'Role grants' },
  'delegations.': { zh: '代办授权', en: 'Delegations' },
  'org.': { zh: '组织维护', en: 'Organisations' },
  'orgs.': { zh: '组织导入', en: 'Organisation imports' },
  'people.': { zh: '党员管理', en: 'Members' },
  'audit.': { zh: '审计校验', en: 'Audit checks' },
};
