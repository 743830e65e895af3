import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../config.ts';
import { orgs } from '../core/org/schema.ts';
import { makeTempDir, writeXlsx } from '../core/people/import/fixtures.ts';
import { people } from '../core/people/schema.ts';
import { createAccount, createOrg, makeIdNumber, type OrgRow, type TestAccount } from '../test/factories.ts';
import { useTestApp } from '../test/harness.ts';
import { exportCommand, importCommand } from './excel.ts';

describe('CLI import and export', () => {
  const t = useTestApp();
  let dir: string;
  let cleanup: () => Promise<void>;
  let county: OrgRow;
  let branch: OrgRow;
  let admin: TestAccount;
  const config = () =>
    loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: t.url, FILES_DIR: path.join(dir, 'files') });
  const header = ['姓名', '身份证号', '入党时间', '党员类别', '所在党组织'];

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir());
    county = await createOrg(t.app.services, { name: 'CLI测试县委' });
    branch = await createOrg(t.app.services, { parent: county, name: 'CLI测试支部' });
    admin = await createAccount(t.app.services, { grants: [{ role: 'org_admin', org: county }] });
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await cleanup();
  });
  const count = async () =>
    (
      await t.app.services.db.select({ n: sql<number>`count(*)::int` }).from(people).where(eq(people.orgId, branch.id))
    )[0]?.n;

  it('import with a bad row exits 2, writes nothing and leaves the report beside the file', async () => {
    const file = await writeXlsx(path.join(dir, 'bad.xlsx'), [
      header,
      ['甲', makeIdNumber(), '2001-07-01', '正式党员', 'CLI测试支部'],
      ['乙', '123', '2001-07-01', '正式党员', 'CLI测试支部'],
    ]);
    const code = await importCommand.run(config(), { file, org: String(county.id), as: admin.phone, 'dry-run': false });
    expect(code).toBe(2);
    expect(await count()).toBe(0);
    expect((await readFile(path.join(dir, 'bad-导入结果.xlsx'))).subarray(0, 2).toString()).toBe('PK');
  });

  it('import of a clean file exits 0 and writes; export writes what the account may see', async () => {
    const file = await writeXlsx(path.join(dir, 'good.xlsx'), [
      header,
      ['丙', makeIdNumber(), '2001-07-01', '正式党员', 'CLI测试支部'],
      ['丁', makeIdNumber(), '2001-07-01', '预备党员', 'CLI测试支部'],
    ]);
    expect(await importCommand.run(config(), { file, org: String(county.id), as: admin.phone, 'dry-run': false })).toBe(
      0,
    );
    expect(await count()).toBe(2);
    const out = path.join(dir, 'out.xlsx');
    expect(await exportCommand.run(config(), { as: admin.phone, out, org: String(county.id) })).toBe(0);
    expect((await readFile(out)).length).toBeGreaterThan(1000);
    // The audit log tells the CLI from the web.
    const audit = await t.app.services.db.execute<{ action: string; source: string }>(
      sql`select action, details ->> 'source' as source from audit_log
          where action in ('people.imported', 'people.exported') order by seq`,
    );
    expect(audit.rows).toEqual([
      { action: 'people.imported', source: 'cli' },
      { action: 'people.exported', source: 'cli' },
    ]);
  });

  it('import --kind orgs: a bad row exits 2 and writes nothing; a clean township tree exits 0 and writes', async () => {
    const orgHeader = ['组织名称', '组织类别', '上级组织'];
    const children = async () =>
      (
        await t.app.services.db.select({ n: sql<number>`count(*)::int` }).from(orgs).where(eq(orgs.parentId, county.id))
      )[0]?.n;
    const before = await children();
    const bad = await writeXlsx(path.join(dir, 'orgs-bad.xlsx'), [
      orgHeader,
      ['中共CLI镇委员会', '党委', 'CLI测试县委'],
      ['CLI村党支部', '党校', '中共CLI镇委员会'],
    ]);
    const run = (file: string) =>
      importCommand.run(config(), { kind: 'orgs', file, org: String(county.id), as: admin.phone, 'dry-run': false });
    expect(await run(bad)).toBe(2);
    expect(await children()).toBe(before);
    const good = await writeXlsx(path.join(dir, 'orgs-good.xlsx'), [
      orgHeader,
      ['中共CLI镇委员会', '党委', 'CLI测试县委'],
      ['CLI村党支部', '党支部', '中共CLI镇委员会'],
    ]);
    expect(await run(good)).toBe(0);
    expect(await children()).toBe((before ?? 0) + 1);
    expect((await readFile(path.join(dir, 'orgs-good-导入结果.xlsx'))).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses an unknown account and bad arguments', async () => {
    expect(await importCommand.run(config(), { file: 'x.xlsx', org: 'abc', as: admin.phone })).toBe(64);
    expect(await importCommand.run(config(), { kind: 'votes', file: 'x.xlsx', org: '1', as: admin.phone })).toBe(64);
    expect(await exportCommand.run(config(), { as: '13000000000', out: path.join(dir, 'x.xlsx') })).toBe(1);
  });
});
