import type { Role } from '@hongyun/contracts';
import { definePolicy, hasRole } from '../policy.ts';

/** Roles that bring registers in from Excel: the people who may register people somewhere. */
const UploaderRoles: readonly Role[] = ['org_admin', 'party_office'];

// Uploading is only a step towards an import, which is authorised again against the target org;
// this keeps anonymous-ish accounts (members, relatives) from filling the disk.
definePolicy('files.upload', (actor) => hasRole(actor, UploaderRoles));
