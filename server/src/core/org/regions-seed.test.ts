import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { parentCodeOf, readDivisions, seedRegions } from './regions-seed.ts';
import { fieldsOf } from './test-fixtures.ts';

const t = useTestApp();

describe('regions seed', () => {
  it('derives parents from the code digits', () => {
    expect(parentCodeOf('520000000000', 1)).toBeNull();
    expect(parentCodeOf('520100000000', 2)).toBe('520000000000');
    expect(parentCodeOf('520102000000', 3)).toBe('520100000000');
    expect(parentCodeOf('520102001000', 4)).toBe('520102000000');
    expect(parentCodeOf('520102001001', 5)).toBe('520102001000');
  });

  it('ships the full Guizhou division list', async () => {
    const rows = await readDivisions();
    const byLevel = [1, 2, 3, 4, 5].map((l) => rows.filter((r) => r.level === l).length);
    expect(byLevel).toEqual([1, 9, 88, 1510, 17964]);
    expect(rows.every((r) => /^52\d{10}$/.test(r.code))).toBe(true);
  });

  it('loads every region, links each to an existing parent, and is idempotent', async () => {
    const db = t.app.services.db;
    const first = await seedRegions(db);
    expect(first).toEqual({ inserted: 19572, total: 19572 });

    const orphans = await db.execute(
      sql`select count(*)::int as n from regions r where r.parent_code is not null
          and not exists (select 1 from regions p where p.code = r.parent_code)`,
    );
    expect(orphans.rows[0]).toEqual({ n: 0 });

    expect(await seedRegions(db)).toEqual({ inserted: 0, total: 19572 });
    // A partial table (e.g. an interrupted load) is completed without touching the rows present.
    await db.execute(sql`delete from regions where level = 5 and code like '520102%'`);
    const again = await seedRegions(db);
    expect(again.inserted).toBeGreaterThan(0);
    const [count] = (await db.execute(sql`select count(*)::int as n from regions`)).rows;
    expect(count).toEqual({ n: 19572 });
  });
});

describe('GET /api/regions', () => {
  let headers: Record<string, string>;
  beforeAll(async () => {
    await seedRegions(t.app.services.db);
    headers = (await createAccount(t.app.services)).headers; // any signed-in user, no grants
  });

  it('401 without a session', async () => {
    expect((await t.app.inject({ url: '/api/regions' })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/regions/520000000000' })).statusCode).toBe(401);
  });

  it('400 on a malformed code', async () => {
    const res = await t.app.inject({ url: '/api/regions?parent=52', headers });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.json())).toContain('querystring.parent');
    expect((await t.app.inject({ url: '/api/regions/abc', headers })).statusCode).toBe(400);
  });

  it('lists the province, its 9 prefectures and a county’s townships', async () => {
    const top = await t.app.inject({ url: '/api/regions', headers });
    expect(top.json().data).toEqual([{ code: '520000000000', name: '贵州省', level: 1, parentCode: null }]);
    const prefectures = await t.app.inject({ url: '/api/regions?parent=520000000000', headers });
    expect(prefectures.json().data).toHaveLength(9);
    expect(prefectures.json().data[0]).toMatchObject({ code: '520100000000', name: '贵阳市', level: 2 });
    const towns = await t.app.inject({ url: '/api/regions?parent=520102000000', headers });
    expect(towns.json().data.length).toBeGreaterThan(5);
    expect(towns.json().data.every((r: { level: number }) => r.level === 4)).toBe(true);
  });

  it('shows one region with its ancestors, and 404 for an unknown code', async () => {
    const res = await t.app.inject({ url: '/api/regions/520102016001', headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.level).toBe(5);
    expect(res.json().data.ancestors.map((a: { code: string }) => a.code)).toEqual([
      '520000000000',
      '520100000000',
      '520102000000',
      '520102016000',
    ]);
    expect((await t.app.inject({ url: '/api/regions/529999999999', headers })).statusCode).toBe(404);
  });
});
