import type { FastifyInstance } from 'fastify';
import { registerPeopleImportRoutes } from './import-routes.ts';
import { registerPeopleRoutes } from './routes.ts';

// Public face of the people module: routes, and the commands and queries other modules may use
// (the demo seeder and the Excel importer register people through registerPerson).
export async function registerPeopleModule(app: FastifyInstance): Promise<void> {
  await registerPeopleRoutes(app);
  await registerPeopleImportRoutes(app);
}

export { type BulkPerson, insertPeopleBatch } from './bulk-load.ts';
export { type RegisterPersonInput, registerPerson } from './commands/register-person.ts';
export { transferPerson } from './commands/transfer-person.ts';
export { updatePerson } from './commands/update-person.ts';
export { PeopleManagerRoles, PeopleReaderRoles, personAbilities } from './policy.ts';
export { presentPerson } from './presenter.ts';
export { getPerson, listPeople, type PersonRow } from './queries.ts';
export * from './validation.ts';
