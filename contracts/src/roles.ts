// Roles are always held at an organisation and reach its whole subtree (DESIGN §5).
export const Roles = [
  'member',
  'branch_secretary',
  'org_admin',
  'party_office',
  'monitor',
  'tutor',
  'dept_clerk',
  'warm_secretary',
  'system_admin',
  'security_admin',
  'audit_admin',
] as const;
export type Role = (typeof Roles)[number];

export const RoleLabels: Record<Role, { zh: string; en: string }> = {
  member: { zh: '党员', en: 'Party member' },
  branch_secretary: { zh: '支部书记/单位党组织负责人', en: 'Branch secretary / unit party head' },
  org_admin: { zh: '组织管理员', en: 'Organisation admin' },
  party_office: { zh: '党建办', en: 'Party-building office' },
  monitor: { zh: '监测组/指挥部', en: 'Monitor / command centre' },
  tutor: { zh: '辅导师', en: 'Tutor' },
  dept_clerk: { zh: '职能部门经办人', en: 'Department clerk' },
  warm_secretary: { zh: '暖心秘书', en: 'Warm-heart secretary' },
  system_admin: { zh: '系统管理员', en: 'System administrator' },
  security_admin: { zh: '安全管理员', en: 'Security administrator' },
  audit_admin: { zh: '审计管理员', en: 'Audit administrator' },
};

/** Roles that count as administrators for the 等保 (mlps) second-factor rule. */
export const AdminRoles: readonly Role[] = [
  'org_admin',
  'party_office',
  'system_admin',
  'security_admin',
  'audit_admin',
];

// Business modules that an organisation can switch on or off for its subtree.
export const Modules = [
  'learning',
  'supervision',
  'village',
  'performance',
  'command',
  'services',
  'community',
  'analytics',
] as const;
export type ModuleName = (typeof Modules)[number];

export const ModuleLabels: Record<ModuleName, { zh: string; en: string }> = {
  learning: { zh: '两学一做学习', en: 'Learning' },
  supervision: { zh: '数据监督预警', en: 'Supervision & warnings' },
  village: { zh: '驻村工作', en: 'Village-stationed work' },
  performance: { zh: '干部管理', en: 'Cadre management' },
  command: { zh: '指挥调度', en: 'Command & dispatch' },
  services: { zh: '暖心秘书', en: 'Warm-heart Secretary' },
  community: { zh: '社区与志愿者', en: 'Community & volunteers' },
  analytics: { zh: '统计分析', en: 'Analytics' },
};
