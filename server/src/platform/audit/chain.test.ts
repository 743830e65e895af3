import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness.ts';
import { createCryptoService } from '../crypto/service.ts';
import { appendAuditNow, canonical, verifyAuditChain } from './chain.ts';

async function tamper(t: ReturnType<typeof useTestApp>, statement: string) {
  // An attacker with the owner's rights can switch the guard off; the chain must still tell.
  await t.asOwner('alter table audit_log disable trigger user');
  await t.asOwner(statement);
  await t.asOwner('alter table audit_log enable trigger user');
}

describe('audit chain', () => {
  const t = useTestApp();
  const write = async (n: number) => {
    for (let i = 0; i < n; i++) {
      await appendAuditNow(t.ctx(), {
        action: 'audit.verified',
        targetId: `t${i}`,
        details: { i, 姓名: '张三', nested: { b: 1, a: [1, 2] } },
      });
    }
  };

  it('canonicalises key order', () => {
    expect(canonical({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('verifies an intact chain', async () => {
    await write(5);
    const r = await verifyAuditChain(t.app.services.db, t.app.services.crypto);
    expect(r).toMatchObject({ ok: true, rows: 5, lastSeq: 5 });
    expect(r.ok && r.headHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses UPDATE, DELETE and TRUNCATE from the application role, and from the owner by trigger', async () => {
    const db = t.app.services.db;
    // drizzle wraps the driver error; the database's own message is on `cause`.
    const refusal = (q: Promise<unknown>) =>
      q.then(
        () => 'accepted',
        (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
      );
    const denied = /permission denied for table audit_log/;
    expect(await refusal(db.execute(sql`update audit_log set action = 'x' where seq = 1`))).toMatch(denied);
    expect(await refusal(db.execute(sql`delete from audit_log where seq = 1`))).toMatch(denied);
    expect(await refusal(db.execute(sql`truncate audit_log`))).toMatch(denied);
    expect(await refusal(t.asOwner(`update audit_log set action = 'x' where seq = 1`))).toMatch(/append-only/);
    expect(await refusal(t.asOwner('delete from audit_log where seq = 1'))).toMatch(/append-only/);
    expect(await refusal(t.asOwner('truncate audit_log'))).toMatch(/append-only/);
  });

  it('names the first row edited directly in SQL', async () => {
    await tamper(t, `update audit_log set details = jsonb_set(details, '{i}', '99') where seq = 3`);
    const r = await verifyAuditChain(t.app.services.db, t.app.services.crypto);
    expect(r).toMatchObject({ ok: false, brokenAtSeq: 3, reason: 'hash_mismatch' });
    await tamper(t, `update audit_log set details = jsonb_set(details, '{i}', '2') where seq = 3`);
    expect((await verifyAuditChain(t.app.services.db, t.app.services.crypto)).ok).toBe(true);
  });

  it('detects a row recomputed by someone without the chain (prev link breaks at the next row)', async () => {
    await tamper(t, `update audit_log set hash = repeat('a', 64) where seq = 2`);
    const r = await verifyAuditChain(t.app.services.db, t.app.services.crypto);
    expect(r).toMatchObject({ ok: false, brokenAtSeq: 2 });
  });
});

describe('audit chain: removed and inserted rows, and the gm profile', () => {
  const t = useTestApp({ CRYPTO_PROFILE: 'gm' });

  it('writes HMAC-SM3 links under the gm profile and verifies them', async () => {
    for (let i = 0; i < 4; i++) await appendAuditNow(t.ctx(), { action: 'data.generated', details: { i } });
    const rows = await t.app.services.db.execute<{ alg: string; hash: string }>(sql`select alg, hash from audit_log`);
    expect(rows.rows.every((r) => r.alg === 'hmac-sm3' && r.hash.length === 64)).toBe(true);
    expect((await verifyAuditChain(t.app.services.db, t.app.services.crypto)).ok).toBe(true);
  });

  it('verifies a chain that spans a change of profile', async () => {
    const standard = createCryptoService({ ...t.app.services.config, CRYPTO_PROFILE: 'standard' });
    await appendAuditNow({ ...t.ctx(), crypto: standard }, { action: 'demo.seeded' });
    expect((await verifyAuditChain(t.app.services.db, standard)).ok).toBe(true);
  });

  it('reports a removed row as a gap', async () => {
    const db = t.app.services.db;
    await tamper(t, 'delete from audit_log where seq = 2');
    expect(await verifyAuditChain(db, t.app.services.crypto)).toMatchObject({
      ok: false,
      brokenAtSeq: 2,
      reason: 'seq_gap',
    });
    // An inserted forgery in the hole does not mend it: its link does not match.
    await db.execute(
      sql`insert into audit_log (seq, at, action, outcome, details, alg, prev_hash, hash) select 2, now(), 'forged', 'success', '{}', 'hmac-sm3', hash, repeat('b', 64) from audit_log where seq = 1`,
    );
    expect(await verifyAuditChain(db, t.app.services.crypto)).toMatchObject({ ok: false, brokenAtSeq: 2 });
  });
});
