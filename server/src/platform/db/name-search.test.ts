import { describe, expect, it } from 'vitest';
import { createAccount, createOrg } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { queryGrams } from './name-search.ts';

describe('name search over Chinese names', () => {
  it('turns a query into its character pairs', () => {
    expect(queryGrams('王建国')).toEqual(['王建', '建国']);
    expect(queryGrams('村')).toEqual(['村']);
    expect(queryGrams('AbA')).toEqual(['ab', 'ba']);
  });

  const t = useTestApp();
  it('finds organisations by any part of their name (GET /api/orgs?q=)', async () => {
    const s = t.app.services;
    const root = await createOrg(s, { name: '中共测试县委员会' });
    await createOrg(s, { parent: root, name: '中共花溪村支部委员会' });
    await createOrg(s, { parent: root, name: '溪口村党支部' });
    const admin = await createAccount(s, { grants: [{ role: 'org_admin', org: root }] });
    const names = async (q: string) => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/orgs?q=${encodeURIComponent(q)}`,
        headers: admin.headers,
      });
      expect(res.statusCode).toBe(200);
      return (res.json().data as { name: string }[]).map((o) => o.name).sort();
    };
    expect(await names('花溪村')).toEqual(['中共花溪村支部委员会']);
    expect(await names('溪')).toEqual(['中共花溪村支部委员会', '溪口村党支部']);
    expect(await names('村党')).toEqual(['溪口村党支部']);
    expect(await names('花村')).toEqual([]);
  });
});
