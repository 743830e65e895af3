import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCryptoService } from '../../platform/crypto/service.ts';
import { createPerson, makeIdNumber } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { people } from './schema.ts';
import { buildCounty } from './test-world.ts';

// Under the 国密 profile new people are written with SM4/SM3, and people written earlier under the
// standard profile are still found by ID number, still decrypt, and still count as duplicates.
describe('people under CRYPTO_PROFILE=gm', () => {
  const t = useTestApp({ CRYPTO_PROFILE: 'gm' });
  let w: Awaited<ReturnType<typeof buildCounty>>;
  beforeAll(async () => {
    w = await buildCounty(t.app.services);
  });

  it('stores g1: ciphertexts and lookup hashes', async () => {
    const idNumber = makeIdNumber('520102', '19760305');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/people',
      headers: w.adminA.headers,
      payload: { name: '国密党员', idNumber, phone: '13800001111', orgId: w.branchA.id },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().data.idNumber).toBe(idNumber);
    const [row] = await t.app.services.db.select().from(people).where(eq(people.id, res.json().data.id));
    expect(row?.idNumberEnc).toMatch(/^g1:/);
    expect(row?.idNumberHash).toMatch(/^g1:/);
    expect(row?.phoneEnc).toMatch(/^g1:/);
  });

  it('finds, shows and refuses to duplicate a person written under the standard profile', async () => {
    const standard = createCryptoService({ ...t.app.services.config, CRYPTO_PROFILE: 'standard' });
    const old = await createPerson({ ...t.app.services, crypto: standard }, { org: w.branchA, name: '标准党员' });
    const [row] = await t.app.services.db.select().from(people).where(eq(people.id, old.id));
    expect(row?.idNumberEnc).toMatch(/^s1:/);

    const found = await t.app.inject({ url: `/api/people?q=${old.idNumberPlain}`, headers: w.adminA.headers });
    expect(found.json().data).toMatchObject([{ id: old.id, idNumber: old.idNumberPlain, phone: old.phonePlain }]);
    const byPhone = await t.app.inject({ url: `/api/people?q=${old.phonePlain}`, headers: w.adminA.headers });
    expect(byPhone.json().total).toBe(1);

    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/people',
      headers: w.adminA.headers,
      payload: { name: '重复', idNumber: old.idNumberPlain, orgId: w.branchA2.id },
    });
    expect(dup.json().error.code).toBe('DUPLICATE_ID_NUMBER');
  });
});
