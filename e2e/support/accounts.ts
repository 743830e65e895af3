// The demo city's accounts (seeded by the platform on an empty database; see server/src/cli/seed-demo.ts).
export const DEMO_PASSWORD = 'Hongyun@2026';

export const Demo = {
  systemAdmin: '13800000001',
  securityAdmin: '13800000002',
  auditAdmin: '13800000003',
  partyOffice: '13800000004',
  monitor: '13800000005',
  districtAdmin: '13800000006',
  countyAdmin: '13800000007',
  townshipAdmin: '13800000008',
  branchSecretary: '13800000009',
  member: '13800000010',
  tutor: '13800000011',
  deptClerk: '13800000012',
  warmSecretary: '13800000013',
  relative: '13800000014',
  /** A county-rank cadre of 市农业农村局机关党支部 whose daily quiz has lapsed (the supervision demo's alert). */
  leadingCadre: '13800000015',
  /** The secretary of that branch: the unit head the alert is reported to. */
  unitHead: '13800000016',
} as const;
