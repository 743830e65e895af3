import type { CadreRanks, FivePersonRoles, Genders, PartyStatuses } from './people.ts';

// Display names of the people enums, for screens and spreadsheets (export, template lists).
type Labels<T extends string> = Record<T, { zh: string; en: string }>;

export const GenderLabels: Labels<(typeof Genders)[number]> = {
  M: { zh: '男', en: 'Male' },
  F: { zh: '女', en: 'Female' },
};

export const PartyStatusLabels: Labels<(typeof PartyStatuses)[number]> = {
  full: { zh: '正式党员', en: 'Full member' },
  probationary: { zh: '预备党员', en: 'Probationary member' },
};

export const CadreRankLabels: Labels<(typeof CadreRanks)[number]> = {
  provincial: { zh: '省部级', en: 'Provincial / ministerial' },
  department: { zh: '厅局级', en: 'Department / bureau' },
  county: { zh: '县处级', en: 'County / division' },
  section: { zh: '乡科级', en: 'Township / section' },
  staff: { zh: '科员及以下', en: 'Staff' },
};

export const FivePersonRoleLabels: Labels<(typeof FivePersonRoles)[number]> = {
  first_secretary: { zh: '第一书记', en: 'First secretary' },
  branch_head: { zh: '村支书', en: 'Village branch secretary' },
  committee_head: { zh: '村（居）委会主任', en: 'Village committee head' },
  township_contact: { zh: '包村干部', en: 'Township contact cadre' },
  work_team: { zh: '驻村工作队员', en: 'Village work-team member' },
};

export const YesNoLabels = { yes: { zh: '是', en: 'Yes' }, no: { zh: '否', en: 'No' } } as const;
