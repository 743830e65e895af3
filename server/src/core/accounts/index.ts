import { defineModule } from '../kernel/index.ts';
import { can } from '../policy.ts';
import { accountPolicies } from './policy.ts';
import { registerAccountRoutes } from './routes/accounts.ts';
import { registerAuthRoutes } from './routes/auth.ts';
import { registerDelegationRoutes } from './routes/delegations.ts';
import { registerGrantRoutes } from './routes/grants.ts';
import { registerMeRoutes } from './routes/me.ts';

export { type CreateAccountRecordInput, createAccountRecord } from './commands/create-account.ts';
export { grantRole } from './commands/grant-role.ts';

/** Sign-in, sessions, accounts, role grants, delegations and /api/me. */
export const accountsModule = defineModule({
  id: 'accounts',
  routes: async (app) => {
    await registerAuthRoutes(app);
    await registerMeRoutes(app);
    await registerAccountRoutes(app);
    await registerGrantRoutes(app);
    await registerDelegationRoutes(app);
  },
  policies: accountPolicies,
  abilities: (actor) => {
    const canManageAccounts = can(actor, 'accounts.nav.accounts');
    const canGrantRoles = can(actor, 'accounts.nav.grants');
    return {
      canManageAccounts,
      canCreateAccounts: can(actor, 'accounts.nav.create_accounts'),
      canGrantRoles,
      canManageDelegations: can(actor, 'accounts.nav.delegations'),
      // The accounts screen serves both: managing accounts, and picking whom to grant a role.
      canOpenAccounts: canManageAccounts || canGrantRoles,
    };
  },
  nav: [
    {
      key: 'accounts',
      path: '/accounts',
      label: { zh: '账号与角色', en: 'Accounts & roles' },
      icon: 'safety',
      ability: 'canOpenAccounts',
      order: 40,
    },
    {
      key: 'delegations',
      path: '/delegations',
      label: { zh: '代办授权', en: 'Delegations' },
      icon: 'userSwitch',
      ability: 'canManageDelegations',
      order: 50,
    },
    { key: 'profile', path: '/profile', label: { zh: '个人资料', en: 'My profile' }, icon: 'idcard', order: 90 },
  ],
});
