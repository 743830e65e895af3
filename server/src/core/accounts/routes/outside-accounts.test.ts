import { describe, expect, it } from 'vitest';
import { createAccount, createOrg, createPerson } from '../../../test/factories.ts';
import { useTestApp } from '../../../test/harness.ts';
import { q } from '../test-helpers.ts';

// Issue 10, item 4: a township office must not find another township's accounts by phone, nor pull
// one into its reach by granting it a role (and then read its lock state).
describe('accounts outside the caller subtree: lookup by phone and grants', () => {
  const t = useTestApp();
  const s = () => t.app.services;

  async function world() {
    const city = await createOrg(s());
    const town = await createOrg(s(), { parent: city, type: 'committee' });
    const branch = await createOrg(s(), { parent: town });
    const otherTown = await createOrg(s(), { parent: city, type: 'committee' });
    const elder = await createPerson(s(), { org: branch });
    const admin = await createAccount(s(), {
      grants: [
        { role: 'org_admin', org: town },
        { role: 'security_admin', org: town },
      ],
    });
    const relative = await createAccount(s()); // touches no organisation
    const ownMember = await createAccount(s(), { grants: [{ role: 'member', org: branch }] });
    const outsider = await createAccount(s(), { grants: [{ role: 'member', org: otherTown }] });
    const outsidePerson = await createPerson(s(), { org: otherTown });
    const outsideNoGrant = await createAccount(s(), { person: outsidePerson });
    return { branch, elder, admin, relative, ownMember, outsider, outsideNoGrant };
  }

  it('GET /api/delegations/delegate answers an outside account exactly like an unknown phone', async () => {
    const w = await world();
    const lookup = (phone: string) =>
      t.app.inject({
        url: `/api/delegations/delegate?phone=${phone}&principalPersonId=${w.elder.id}`,
        headers: w.admin.headers,
      });
    const unknown = await lookup('13000000000');
    expect(unknown.statusCode).toBe(404);
    for (const acc of [w.outsider, w.outsideNoGrant]) {
      const res = await lookup(acc.phone);
      expect({ status: res.statusCode, body: res.json() }).toEqual({ status: 404, body: unknown.json() });
    }
    for (const acc of [w.relative, w.ownMember]) {
      const res = await lookup(acc.phone);
      expect(res.statusCode).toBe(200);
      expect(res.json().data.id).toBe(acc.id);
    }
    // The auditor still sees that a registered phone was asked for.
    const audits = await q<{ details: { found: boolean; outsideScope?: boolean } }>(
      t,
      `select details from audit_log where action = 'accounts.delegate_lookup' and details->>'outsideScope' = 'true'`,
    );
    expect(audits).toHaveLength(2);
  });

  it('POST /api/grants to an outside account is 404 like a missing one; its lock state stays hidden', async () => {
    const w = await world();
    const grant = (accountId: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/grants',
        headers: w.admin.headers,
        payload: { accountId, role: 'tutor', orgId: w.branch.id },
      });
    const missing = await grant('00000000-0000-4000-8000-000000000000');
    for (const acc of [w.outsider, w.outsideNoGrant]) {
      const res = await grant(acc.id);
      expect({ status: res.statusCode, body: res.json() }).toEqual({ status: 404, body: missing.json() });
      expect((await t.app.inject({ url: `/api/accounts/${acc.id}`, headers: w.admin.headers })).statusCode).toBe(404);
    }
    const granted = await q(t, 'select 1 from role_grants where account_id = any($1)', [
      [w.outsider.id, w.outsideNoGrant.id].map(String),
    ]);
    expect(granted).toHaveLength(1); // the outsider's own member grant only
    // A fresh account (a relative, a new cadre) and an account already here may be given a role.
    for (const acc of [w.relative, w.ownMember]) expect((await grant(acc.id)).statusCode).toBe(200);
  });
});
