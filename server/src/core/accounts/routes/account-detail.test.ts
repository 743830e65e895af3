import { describe, expect, it } from 'vitest';
import { createAccount, createOrg, createPerson } from '../../../test/factories.ts';
import { useTestApp } from '../../../test/harness.ts';

// GET /api/accounts/:id (the console's account page) and GET /api/accounts/candidates (whom a
// security admin may open an account for), plus the canCreateAccounts ability that shows the button.
describe('account detail and account candidates', () => {
  const t = useTestApp();
  const s = () => t.app.services;

  async function world() {
    const city = await createOrg(s());
    const townA = await createOrg(s(), { parent: city, type: 'committee' });
    const townB = await createOrg(s(), { parent: city, type: 'committee' });
    const secA = await createAccount(s(), { grants: [{ role: 'security_admin', org: townA }] });
    const officeA = await createAccount(s(), { grants: [{ role: 'party_office', org: townA }] });
    const memberA = await createAccount(s(), { grants: [{ role: 'member', org: townA }] });
    const memberB = await createAccount(s(), { grants: [{ role: 'member', org: townB }] });
    return { city, townA, townB, secA, officeA, memberA, memberB };
  }
  const get = (url: string, headers?: Record<string, string>) => t.app.inject({ url, headers });

  it('GET /api/accounts/:id: 401, 400, 403/404 outside, the account with abilities', async () => {
    const w = await world();
    const url = `/api/accounts/${w.memberA.id}`;
    expect((await get(url)).statusCode).toBe(401);
    const bad = await get('/api/accounts/not-a-uuid', w.secA.headers);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { field: string }) => d.field)).toContain('params.id');
    // Another township's account is not even there for this admin; a plain member sees it but may not.
    expect((await get(`/api/accounts/${w.memberB.id}`, w.secA.headers)).statusCode).toBe(404);
    expect((await get(`/api/accounts/${w.secA.id}`, w.memberA.headers)).statusCode).toBe(403);
    expect((await get('/api/accounts/00000000-0000-4000-8000-000000000000', w.secA.headers)).statusCode).toBe(404);

    const res = await get(url, w.secA.headers);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({
      id: w.memberA.id,
      phoneMasked: `1*******${w.memberA.phone.slice(-4)}`,
      isDisabled: false,
      abilities: { canDisable: true, canResetPassword: true },
    });
    expect(res.body).not.toContain(w.memberA.phone);
    expect(res.json().data.roles).toEqual([{ role: 'member', orgName: w.townA.name }]);
    // Roles elsewhere stay out of view, as in the grants list; the holder sees all of theirs.
    const both = await createAccount(s(), {
      grants: [
        { role: 'tutor', org: w.townA },
        { role: 'member', org: w.townB },
      ],
    });
    const seen = await get(`/api/accounts/${both.id}`, w.secA.headers);
    expect(seen.json().data.roles).toEqual([{ role: 'tutor', orgName: w.townA.name }]);
    expect((await get(`/api/accounts/${both.id}`, both.headers)).json().data.roles).toHaveLength(2);
    // The party office reads it but does not manage it; the holder reads their own.
    const office = await get(url, w.officeA.headers);
    expect(office.json().data.abilities).toEqual({
      canDisable: false,
      canEnable: false,
      canResetPassword: false,
      canUnlock: false,
    });
    expect((await get(url, w.memberA.headers)).statusCode).toBe(200);
  });

  it('GET /api/accounts/candidates: 401, 400, 403, people in the subtree with their account', async () => {
    const w = await world();
    const fresh = await createPerson(s(), { org: w.townA, name: '候选张三' });
    const holder = await createPerson(s(), { org: w.townA, name: '候选李四' });
    const holderAccount = await createAccount(s(), { person: holder, grants: [{ role: 'member', org: w.townA }] });
    await createPerson(s(), { org: w.townB, name: '候选王五' });
    const url = `/api/accounts/candidates?q=${encodeURIComponent('候选')}`;

    expect((await get(url)).statusCode).toBe(401);
    const bad = await get('/api/accounts/candidates?q=', w.secA.headers);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { field: string }) => d.field)).toContain('querystring.q');
    expect((await get(url, w.officeA.headers)).statusCode).toBe(403);

    const res = await get(url, w.secA.headers);
    expect(res.statusCode).toBe(200);
    const rows = res.json().data as { personId: string; name: string; accountId: string | null; orgName: string }[];
    expect(rows.map((r) => r.name).sort()).toEqual(['候选张三', '候选李四']);
    expect(rows.find((r) => r.personId === fresh.id)).toMatchObject({ accountId: null, orgName: w.townA.name });
    expect(rows.find((r) => r.personId === holder.id)?.accountId).toBe(holderAccount.id);
    // One character is a surname search.
    const surname = await get(`/api/accounts/candidates?q=${encodeURIComponent('候')}`, w.secA.headers);
    expect(surname.json().data).toHaveLength(2);
  });

  it('/api/me: canCreateAccounts only for a security admin', async () => {
    const w = await world();
    const me = async (h: Record<string, string>) => (await get('/api/me', h)).json().data.abilities;
    expect(await me(w.secA.headers)).toMatchObject({ canCreateAccounts: true, canManageAccounts: true });
    expect(await me(w.officeA.headers)).toMatchObject({ canCreateAccounts: false, canManageAccounts: true });
    expect(await me(w.memberA.headers)).toMatchObject({ canCreateAccounts: false });
  });
});
