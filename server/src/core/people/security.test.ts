import type { Role } from '@hongyun/contracts';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/schema.ts';
import { createAccount, createOrg, makeIdNumber, type OrgRow } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import type { Actor } from '../context.ts';
import { transferPerson } from './commands/transfer-person.ts';
import { memberships } from './schema.ts';
import { buildCounty } from './test-world.ts';

// Findings of the security review: masked ID numbers must not be rebuildable, missing ids must look
// like hidden ones, duplicate-ID probing is audited, and transfers re-check authority under the lock.

const t = useTestApp();
let w: Awaited<ReturnType<typeof buildCounty>>;
beforeAll(async () => {
  w = await buildCounty(t.app.services);
});

type Res = { statusCode: number; json: () => unknown };
const inject = (method: 'GET' | 'POST' | 'PATCH', url: string, headers?: Record<string, string>, payload?: object) =>
  t.app.inject({ method, url, headers, payload });
const same = (a: Res, b: Res) => expect([a.statusCode, a.json()]).toEqual([b.statusCode, b.json()]);
const MISSING_PERSON = '00000000-0000-4000-8000-000000000000';

/** An actor as the auth hook would build it, for calling commands directly. */
function actorOf(accountId: string, grants: { role: Role; org: OrgRow }[]): Actor {
  return {
    accountId,
    personId: null,
    displayName: 'test',
    sessionId: 'test',
    grants: grants.map((g, i) => ({ id: String(i), role: g.role, orgId: g.org.id, orgPath: g.org.path })),
    actingFor: null,
    isDemo: false,
  };
}

describe('birth date for viewers who may not see the ID number', () => {
  it('is null for a monitor and a branch secretary, full for an org admin; everyone gets the year', async () => {
    const p = await w.person(w.branchA, { name: '周生日', birthDate: '1985-06-12' });
    const url = `/api/people/${p.id}`;
    for (const viewer of [w.monitorA, w.secretaryA]) {
      const res = await inject('GET', url, viewer.headers);
      expect(res.statusCode).toBe(200);
      expect(res.json().data).toMatchObject({ birthDate: null, birthYear: 1985 });
      expect(res.body).not.toContain('06-12');
      const list = await inject('GET', `/api/people?q=${encodeURIComponent('周生日')}`, viewer.headers);
      expect(list.json().data[0]).toMatchObject({ birthDate: null, birthYear: 1985 });
    }
    const adm = await inject('GET', url, w.adminA.headers);
    expect(adm.json().data).toMatchObject({ birthDate: '1985-06-12', birthYear: 1985 });
  });
});

describe('exact search by ID number or phone', () => {
  it('confirms an ID number only to viewers who may see it, a phone only to phone viewers', async () => {
    const p = await w.person(w.branchA, { name: '吴检索' });
    const total = async (headers: Record<string, string>, q: string) =>
      (await inject('GET', `/api/people?q=${encodeURIComponent(q)}`, headers)).json().total;
    expect(await total(w.adminA.headers, p.idNumberPlain)).toBe(1);
    expect(await total(w.monitorA.headers, p.idNumberPlain)).toBe(0);
    expect(await total(w.secretaryA.headers, p.idNumberPlain)).toBe(0);
    expect(await total(w.secretaryA.headers, p.phonePlain)).toBe(1);
    expect(await total(w.monitorA.headers, p.phonePlain)).toBe(0);
  });

  it('limits the exact search to the subtrees where the viewer holds the right', async () => {
    const inA = await w.person(w.branchA);
    const inB = await w.person(w.branchB);
    const mixed = await createAccount(t.app.services, {
      grants: [
        { role: 'org_admin', org: w.townA },
        { role: 'monitor', org: w.townB },
      ],
    });
    const ids = async (q: string) =>
      (await inject('GET', `/api/people?q=${q}`, mixed.headers)).json().data.map((x: { id: string }) => x.id);
    expect(await ids(inA.idNumberPlain)).toEqual([inA.id]);
    expect(await ids(inB.idNumberPlain)).toEqual([]); // readable as a monitor, but not searchable by ID
    expect(await ids(inB.phonePlain)).toEqual([]);
    // The record itself is still listed to the monitor, masked.
    const all = await inject('GET', `/api/people?orgId=${w.branchB.id}&pageSize=200`, mixed.headers);
    expect(all.json().data.map((x: { id: string }) => x.id)).toContain(inB.id);
  });
});

describe('a missing id answers like one outside the caller’s reach', () => {
  it('on every people route by id', async () => {
    const hidden = await w.person(w.branchB);
    const payloads = {
      patch: { name: '改名' },
      transfer: { toOrgId: w.branchA2.id, effectiveDate: '2024-03-01', reason: '调动' },
    };
    const calls = [
      ['GET', (id: string) => `/api/people/${id}`, undefined],
      ['GET', (id: string) => `/api/people/${id}/memberships`, undefined],
      ['PATCH', (id: string) => `/api/people/${id}`, payloads.patch],
      ['POST', (id: string) => `/api/people/${id}/transfer`, payloads.transfer],
    ] as const;
    for (const [method, url, body] of calls) {
      const outOfScope = await inject(method, url(hidden.id), w.adminA.headers, body);
      const missing = await inject(method, url(MISSING_PERSON), w.adminA.headers, body);
      expect(missing.statusCode).toBe(404);
      same(outOfScope, missing);
    }
  });

  it('for the org a person is registered into', async () => {
    const body = (orgId: number) => ({ name: '郑登记', idNumber: makeIdNumber('520102', '19850612', 422), orgId });
    const outOfScope = await inject('POST', '/api/people', w.adminA.headers, body(w.branchB.id));
    const missing = await inject('POST', '/api/people', w.adminA.headers, body(999999));
    expect(missing.json().error.code).toBe('NOT_FOUND');
    same(outOfScope, missing);
  });
});

describe('registering an ID number that is already taken', () => {
  it('is refused and audited with the last four characters and the holder’s org, never the number', async () => {
    const holder = await w.person(w.branchB);
    const res = await inject('POST', '/api/people', w.adminA.headers, {
      name: '冯探测',
      idNumber: holder.idNumberPlain,
      orgId: w.branchA.id,
    });
    // Held in another township: answered without saying where (id-number-answers.test.ts).
    expect(res.json().error.code).toBe('DUPLICATE_ID_NUMBER_OUTSIDE');
    const rows = await t.app.services.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'people.duplicate_id_attempt'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      outcome: 'failure',
      actorAccountId: w.adminA.id,
      orgId: w.branchA.id,
      details: { last4: holder.idNumberPlain.slice(-4), existingOrgId: w.branchB.id },
    });
    expect(JSON.stringify(rows[0])).not.toContain(holder.idNumberPlain.slice(0, 14));
  });
});

describe('transferPerson re-checks authority on the row read under the lock', () => {
  it('refuses when the person’s org was moved out of the actor’s reach after the route checked', async () => {
    const branch = await createOrg(t.app.services, { parent: w.townA, name: '甲三村支部' });
    const p = await w.person(branch);
    const adminA = actorOf(w.adminA.id, [{ role: 'org_admin', org: w.townA }]);
    // The route authorised adminA over the branch; then the county moves it to the other township.
    const moved = await inject('POST', `/api/orgs/${branch.id}/move`, w.officeCounty.headers, {
      newParentId: w.townB.id,
    });
    expect(moved.statusCode).toBe(200);
    const stale = transferPerson(t.ctx(adminA), {
      personId: p.id,
      expectedFromOrgId: branch.id, // unchanged: only the path moved
      toOrgId: w.branchA2.id,
      effectiveDate: '2024-03-01',
      reason: '调动',
    });
    await expect(stale).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const open = await t.app.services.db.select().from(memberships).where(eq(memberships.personId, p.id));
    expect(open).toMatchObject([{ orgId: branch.id, toDate: null }]);
  });
});
