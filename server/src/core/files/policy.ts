import type { Role } from '@hongyun/contracts';
import { type ActionsOf, hasRole, type PolicyTable, rule } from '../policy.ts';

/**
 * Roles that bring registers in from Excel: those who may import members (org admin, party office)
 * or organisations (the same, plus the system admin who sets up the tree).
 */
const UploaderRoles: readonly Role[] = ['org_admin', 'party_office', 'system_admin'];

// Uploading is only a step towards an import, which is authorised again against the target org;
// this keeps anonymous-ish accounts (members, relatives) from filling the disk.
const filesUpload = rule((actor) => hasRole(actor, UploaderRoles));

/** This area's rules by action name; its manifest registers them. */
export const filePolicies = {
  'files.upload': filesUpload,
} satisfies PolicyTable;

declare module '../policy.ts' {
  interface ActionRegistry extends ActionsOf<typeof filePolicies> {}
}
