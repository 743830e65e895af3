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
} as const;
