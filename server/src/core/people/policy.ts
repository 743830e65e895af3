import type { Role } from '@hongyun/contracts';
import type { Actor } from '../context.ts';
import { type ActionsOf, can, hasRole, type PolicyTable, rule } from '../policy.ts';

// Who may do what with people records. Every rule is over the person's current org path; the
// person themself (and a delegate acting for them) may read their own record.

/** Roles that may list and read people in their subtree. */
export const PeopleReaderRoles: readonly Role[] = ['org_admin', 'party_office', 'branch_secretary', 'monitor'];
/** Roles that may register, edit and transfer people in their subtree. */
export const PeopleManagerRoles: readonly Role[] = ['org_admin', 'party_office'];
/** Roles that see a full ID number (and birth date), and may search by an exact ID number. */
export const IdNumberViewerRoles: readonly Role[] = PeopleManagerRoles;
/** Roles that see a full phone number, and may search by an exact phone; everyone else gets it masked. */
export const PhoneViewerRoles: readonly Role[] = ['org_admin', 'party_office', 'branch_secretary'];

export type PersonPolicyRecord = { orgPath: string | null; personId: string };

const isSelf = (actor: Actor, r: { personId?: string | null }) => !!r.personId && r.personId === actor.personId;
const isActingFor = (actor: Actor, r: { personId?: string | null }) =>
  !!r.personId && r.personId === actor.actingFor?.personId;

const peoplePersonRead = rule<PersonPolicyRecord>(
  (actor, r) => isSelf(actor, r) || isActingFor(actor, r) || hasRole(actor, PeopleReaderRoles, r.orgPath),
);
// The record here is the org the person is registered into.
const peoplePersonCreate = rule<{ orgPath: string }>((actor, r) => hasRole(actor, PeopleManagerRoles, r.orgPath));
const peoplePersonEdit = rule<PersonPolicyRecord>((actor, r) => hasRole(actor, PeopleManagerRoles, r.orgPath));
// Authority over the source org is enough: the receiving org may sit in another county.
const peoplePersonTransfer = rule<PersonPolicyRecord>((actor, r) => hasRole(actor, PeopleManagerRoles, r.orgPath));
// Full ID number: managers over the person, and the person themself (not a delegate).
const peoplePersonSeeIdNumber = rule<PersonPolicyRecord>(
  (actor, r) => isSelf(actor, r) || hasRole(actor, IdNumberViewerRoles, r.orgPath),
);
const peoplePersonSeePhone = rule<PersonPolicyRecord>(
  (actor, r) => isSelf(actor, r) || hasRole(actor, PhoneViewerRoles, r.orgPath),
);

// Excel: importing into an org is registering people there; exporting is listing them (the export
// masks like the list). Without an org, the export covers every subtree the actor may list.
const peopleImport = rule<{ orgPath?: string }>((actor, r) => hasRole(actor, PeopleManagerRoles, r.orgPath));
const peopleExport = rule<{ orgPath?: string }>((actor, r) => hasRole(actor, PeopleReaderRoles, r.orgPath));

export type PersonAbilities = { canEdit: boolean; canTransfer: boolean; canSeeIdNumber: boolean; canSeePhone: boolean };

export function personAbilities(actor: Actor | null, r: PersonPolicyRecord): PersonAbilities {
  return {
    canEdit: can(actor, 'people.person.edit', r),
    canTransfer: can(actor, 'people.person.transfer', r),
    canSeeIdNumber: can(actor, 'people.person.seeIdNumber', r),
    canSeePhone: can(actor, 'people.person.seePhone', r),
  };
}

/** This area's rules by action name; its manifest registers them. */
export const peoplePolicies = {
  'people.person.read': peoplePersonRead,
  'people.person.create': peoplePersonCreate,
  'people.person.edit': peoplePersonEdit,
  'people.person.transfer': peoplePersonTransfer,
  'people.person.seeIdNumber': peoplePersonSeeIdNumber,
  'people.person.seePhone': peoplePersonSeePhone,
  'people.import': peopleImport,
  'people.export': peopleExport,
} satisfies PolicyTable;

declare module '../policy.ts' {
  interface ActionRegistry extends ActionsOf<typeof peoplePolicies> {}
}
