import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createOrg, createPerson, type TestAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';

// Name search semantics (queries.ts searchPredicate): one character is a surname; two or more match
// anywhere in the name, in order.
describe('people search by name', () => {
  const t = useTestApp();
  let admin: TestAccount;

  beforeAll(async () => {
    const s = t.app.services;
    const org = await createOrg(s);
    for (const name of ['王建国', '王芳', '李王', '欧阳建国', '张100%', 'Alice']) await createPerson(s, { org, name });
    admin = await createAccount(s, { grants: [{ role: 'org_admin', org }] });
  });

  const names = async (q: string) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/people?q=${encodeURIComponent(q)}&pageSize=50`,
      headers: admin.headers,
    });
    expect(res.statusCode).toBe(200);
    return (res.json().data as { name: string }[]).map((p) => p.name).sort();
  };

  it('one character finds that surname, not the character elsewhere in a name', async () => {
    expect(await names('王')).toEqual(['王建国', '王芳']);
    expect(await names('A')).toEqual(['Alice']);
  });

  it('two or more characters match anywhere, in order, and never across a gap', async () => {
    expect(await names('建国')).toEqual(['欧阳建国', '王建国']);
    expect(await names('王建国')).toEqual(['王建国']);
    expect(await names('欧阳')).toEqual(['欧阳建国']);
    expect(await names('王国')).toEqual([]);
    expect(await names('ali')).toEqual(['Alice']);
  });

  it('LIKE wildcards in the query are plain characters', async () => {
    expect(await names('0%')).toEqual(['张100%']);
    expect(await names('%')).toEqual([]);
  });
});
