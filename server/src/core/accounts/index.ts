import type { FastifyInstance } from 'fastify';
import './policy.ts';
import { registerAccountRoutes } from './routes/accounts.ts';
import { registerAuthRoutes } from './routes/auth.ts';
import { registerDelegationRoutes } from './routes/delegations.ts';
import { registerGrantRoutes } from './routes/grants.ts';
import { registerMeRoutes } from './routes/me.ts';

export { type CreateAccountRecordInput, createAccountRecord } from './commands/create-account.ts';
export { grantRole } from './commands/grant-role.ts';

// Public face of the accounts module: login, sessions, grants, delegations, /api/me.
export async function registerAccountsModule(app: FastifyInstance): Promise<void> {
  await registerAuthRoutes(app);
  await registerMeRoutes(app);
  await registerAccountRoutes(app);
  await registerGrantRoutes(app);
  await registerDelegationRoutes(app);
}
