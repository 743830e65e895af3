import { defineModule } from '../kernel/index.ts';
import { can } from '../policy.ts';
import { auditPolicies } from './policy.ts';
import { registerAuditRoutes } from './routes.ts';

/** The audit log's routes: reading and verifying the chain (the chain itself is platform/audit). */
export const auditModule = defineModule({
  id: 'audit',
  routes: registerAuditRoutes,
  policies: auditPolicies,
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
