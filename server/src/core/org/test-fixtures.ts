import type { Role } from '@hongyun/contracts';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../platform/audit/schema.ts';
import { events } from '../../platform/events/table.ts';
import { createAccount, createOrg, createPerson, type OrgRow } from '../../test/factories.ts';
import type { TestEnv } from '../../test/harness.ts';

// A small tree for the org tests: province P → city C → county K → townships T, T2 → branches.
export async function buildTree(t: TestEnv) {
  const s = t.app.services;
  const P = await createOrg(s, { name: '贵州省委', type: 'committee' });
  const C = await createOrg(s, { parent: P, name: '贵阳市委', type: 'committee' });
  const K = await createOrg(s, { parent: C, name: '云岩区委', type: 'committee' });
  const T = await createOrg(s, { parent: K, name: '黔东街道党工委', type: 'committee' });
  const T2 = await createOrg(s, { parent: K, name: '威清门街道党工委', type: 'committee' });
  const B1 = await createOrg(s, { parent: T, name: '黔东第一党支部', type: 'branch' });
  const B2 = await createOrg(s, { parent: T, name: '黔东第二党支部', type: 'branch' });
  const B3 = await createOrg(s, { parent: T2, name: '威清门第一党支部', type: 'branch' });
  const account = (role: Role, org: OrgRow) => createAccount(s, { grants: [{ role, org }] });
  const memberPerson = await createPerson(s, { org: B1, partyStatus: 'full' });
  return {
    P,
    C,
    K,
    T,
    T2,
    B1,
    B2,
    B3,
    memberPerson,
    sysAdmin: await account('system_admin', P),
    countyOffice: await account('party_office', K),
    townAdmin: await account('org_admin', T),
    townMonitor: await account('monitor', T),
    member: await createAccount(s, { person: memberPerson }),
  };
}

export async function auditRows(t: TestEnv, action: string, targetId: number) {
  return t.app.services.db
    .select({ action: auditLog.action, details: auditLog.details, actor: auditLog.actorAccountId })
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, String(targetId))));
}

export async function eventRows(t: TestEnv, type: string, orgId: number) {
  return t.app.services.db
    .select({ type: events.type, orgPath: events.orgPath, data: events.data, actor: events.actorAccountId })
    .from(events)
    .where(and(eq(events.type, type), eq(events.orgId, orgId)));
}

/** Field names listed in a 400's details. */
export const fieldsOf = (body: { error: { details?: unknown } }) =>
  ((body.error.details ?? []) as { field: string }[]).map((d) => d.field);
