import { publishAuditHead } from '../../platform/audit/publish.ts';
import { defineModule } from '../kernel/index.ts';
import { can } from '../policy.ts';
import { auditPolicies } from './policy.ts';
import { registerAuditRoutes } from './routes.ts';

/**
 * The audit log's routes: reading and verifying the chain (the chain itself is platform/audit), and
 * the chain's head published outside the database every 10 minutes and at start (the first run after
 * an upgrade also seals a chain written before links were keyed).
 */
export const auditModule = defineModule({
  id: 'audit',
  routes: registerAuditRoutes,
  policies: auditPolicies,
  crons: [
    {
      name: 'audit.publish-head',
      cron: '*/10 * * * *',
      runAtStart: true,
      run: async (services) => {
        await publishAuditHead(services);
      },
    },
  ],
  abilities: (actor) => ({ canReadAudit: can(actor, 'audit.read') }),
  nav: [
    {
      key: 'audit',
      path: '/audit',
      label: { zh: '审计日志', en: 'Audit log' },
      icon: 'audit',
      ability: 'canReadAudit',
      order: 70,
    },
  ],
});
