// Names of the behaviour event types the server records ('<module>.<noun>.<verb>'). A type missing
// here is shown as its code, so events from a newer module are never hidden.
type Label = { zh: string; en: string };

export const EventTypeLabels: Record<string, Label> = {
  'accounts.session.started': { zh: '登录', en: 'Signed in' },
  'accounts.account.created': { zh: '开通账号', en: 'Account created' },
  'accounts.account.disabled': { zh: '停用账号', en: 'Account disabled' },
  'accounts.account.enabled': { zh: '启用账号', en: 'Account enabled' },
  'accounts.account.locale_changed': { zh: '切换语言', en: 'Language changed' },
  'accounts.grant.granted': { zh: '授予角色', en: 'Role granted' },
  'accounts.grant.revoked': { zh: '撤销角色', en: 'Role revoked' },
  'accounts.delegation.granted': { zh: '新建代办授权', en: 'Delegation granted' },
  'accounts.delegation.revoked': { zh: '撤销代办授权', en: 'Delegation revoked' },
  'accounts.acting_for.started': { zh: '开始代办', en: 'Started acting for' },
  'accounts.acting_for.stopped': { zh: '结束代办', en: 'Stopped acting for' },
  'org.org.created': { zh: '新建组织', en: 'Organisation created' },
  'org.org.updated': { zh: '修改组织', en: 'Organisation updated' },
  'org.org.moved': { zh: '调整上级组织', en: 'Organisation moved' },
  'org.org.dissolved': { zh: '撤销组织', en: 'Organisation dissolved' },
  'org.org.imported': { zh: '导入组织', en: 'Organisations imported' },
  'org.org.modules_updated': { zh: '设置功能模块', en: 'Modules switched' },
  'people.person.registered': { zh: '登记党员', en: 'Member registered' },
  'people.person.updated': { zh: '修改党员信息', en: 'Member updated' },
  'people.person.transferred': { zh: '转接组织关系', en: 'Member transferred' },
  'people.person.imported': { zh: '导入花名册', en: 'Register imported' },
};
