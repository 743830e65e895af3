// Display names of the organisation types, shared by the console and the phone app like RoleLabels.
// No zod here, so screens import it without the schema library.
import type { OrgTypeName } from './org.ts';

export const OrgTypeLabels: Record<OrgTypeName, { zh: string; en: string }> = {
  committee: { zh: '党委', en: 'Party committee' },
  general_branch: { zh: '党总支', en: 'General branch' },
  branch: { zh: '党支部', en: 'Party branch' },
  group: { zh: '党小组', en: 'Party group' },
};
