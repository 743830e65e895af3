import { sql } from 'drizzle-orm';
import { inScope } from '../../platform/db/path-scope.ts';
import { atAnyGrant, defineModule } from '../kernel/index.ts';
import { can } from '../policy.ts';
import { registerPeopleImportRoutes } from './import-routes.ts';
import { PEOPLE_EXPORT, peopleExportJob } from './jobs/export-people.ts';
import { PEOPLE_IMPORT, peopleImportJob } from './jobs/import-people.ts';
import { peoplePolicies } from './policy.ts';
import { registerPeopleRoutes } from './routes.ts';
import { people } from './schema.ts';

// Public face of the people module: routes, and the commands and queries other modules may use
// (the demo seeder and the Excel importer register people through registerPerson).

export { type BulkPerson, insertPeopleBatch } from './bulk-load.ts';
export { type RegisterPersonInput, registerPerson } from './commands/register-person.ts';
export { transferPerson } from './commands/transfer-person.ts';
export { updatePerson } from './commands/update-person.ts';
export { PeopleManagerRoles, PeopleReaderRoles, personAbilities } from './policy.ts';
export { presentPerson } from './presenter.ts';
export { getPerson, listPeople, type PersonRow } from './queries.ts';
export * from './validation.ts';

/** The member and cadre register: people, memberships, transfers, Excel import and export. */
export const peopleModule = defineModule({
  id: 'people',
  routes: async (app) => {
    await registerPeopleRoutes(app);
    await registerPeopleImportRoutes(app);
  },
  policies: peoplePolicies,
  jobs: { [PEOPLE_IMPORT]: peopleImportJob, [PEOPLE_EXPORT]: peopleExportJob },
  abilities: (actor) => ({
    canViewPeople: atAnyGrant(actor, 'people.person.read'),
    canManagePeople: atAnyGrant(actor, 'people.person.edit'),
    canImportPeople: atAnyGrant(actor, 'people.import') && can(actor, 'files.upload'),
  }),
  nav: [
    {
      key: 'people',
      path: '/people',
      label: { zh: '党员管理', en: 'Members' },
      icon: 'team',
      ability: 'canViewPeople',
      order: 20,
    },
    {
      key: 'peopleImport',
      path: '/people/import',
      label: { zh: '花名册导入', en: 'Register import' },
      icon: 'upload',
      ability: 'canImportPeople',
      order: 30,
    },
  ],
  // A person's org_path scopes every list of people: it moves in the same transaction as the tree.
  orgPathCopies: {
    people: async (tx, move) => {
      const rows = await tx
        .update(people)
        .set({
          orgPath: sql`${move.newPath} || substr(${people.orgPath}, ${move.oldPath.length + 1})`,
          updatedAt: sql`now()`,
        })
        .where(inScope(people.orgPath, [move.oldPath]))
        .returning({ id: people.id });
      return rows.length;
    },
  },
});
