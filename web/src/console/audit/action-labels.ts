// Names of the audited actions, from the closed catalogue in contracts (audit-actions.ts), for the
// filter. Rows carry their own `actionLabel` and `summary` from the server.
import { AuditActionCatalogue, AuditActionGroups, AuditActions } from '@hongyun/contracts';

type Label = { zh: string; en: string };

export const AuditActionLabels: Record<string, Label> = Object.fromEntries(
  AuditActions.map((action) => [action, AuditActionCatalogue[action].label]),
);

export { AuditActionGroups };
