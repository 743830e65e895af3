import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createOrg, createPerson, type TestAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';

// The member list's order (queries.ts listPeople): names by pinyin as offices read a register, with
// the surname read as a surname (曾 zēng, 单 shàn), not by code point.
describe('people list order', () => {
  const t = useTestApp();
  let admin: TestAccount;

  beforeAll(async () => {
    const s = t.app.services;
    const org = await createOrg(s);
    // Code-point order would be 何 张 曾 李 王 单 赵 陈 (U+4F55 … U+9648): nothing like a register.
    for (const name of ['王芳', '张伟', '陈静', '李强', '何云', '赵敏', '曾国平', '单雄', '王建国', '安然'])
      await createPerson(s, { org, name });
    admin = await createAccount(s, { grants: [{ role: 'org_admin', org }] });
  });

  const names = async (query: string) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/people?pageSize=50${query}`, headers: admin.headers });
    expect(res.statusCode).toBe(200);
    return (res.json().data as { name: string }[]).map((p) => p.name);
  };

  it('sorts names by pinyin, reading a surname with its surname sound', async () => {
    // an ran, chen, he, li, shan (单), wang fang, wang jian guo, zeng (曾), zhang, zhao
    expect(await names('')).toEqual('安然 陈静 何云 李强 单雄 王芳 王建国 曾国平 张伟 赵敏'.split(' '));
  });

  it('keeps pinyin order inside a surname search and across pages', async () => {
    expect(await names('&q=王')).toEqual(['王芳', '王建国']);
    const res = await t.app.inject({ method: 'GET', url: '/api/people?pageSize=3&page=2', headers: admin.headers });
    expect((res.json().data as { name: string }[]).map((p) => p.name)).toEqual(['李强', '单雄', '王芳']);
  });
});
