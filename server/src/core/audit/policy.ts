import { definePolicy, hasRole } from '../policy.ts';

// 等保 separation of duties: only the audit administrator reads and verifies the audit log;
// the system and security administrators cannot, so no one both acts and erases the trace.
definePolicy('audit.read', (actor, record) => hasRole(actor, ['audit_admin'], record.orgPath ?? undefined));
definePolicy('audit.verify', (actor) => hasRole(actor, ['audit_admin']));
