import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { useTestApp } from '../../test/harness.ts';
import { appendAuditNow, canonical, GENESIS, linkOf, verifyAuditChain } from './chain.ts';
import { auditHeadFileOf, readLastHead } from './head.ts';
import { loadAuditKey } from './key.ts';
import { publishAuditHead, sealLegacyChain } from './publish.ts';
import { verifyAgainstPublishedHead } from './verify.ts';

// The attacker here holds the owner's rights on the database (they can switch the append-only trigger
// off and rewrite any row) but not the audit key, which lives outside the database.

type Row = {
  seq: number;
  at: Date;
  actor_account_id: string | null;
  acting_for_person_id: string | null;
  ip: string | null;
  request_id: string | null;
  action: string;
  outcome: 'success' | 'failure';
  target_type: string | null;
  target_id: string | null;
  org_id: number | null;
  details: Record<string, unknown>;
  alg: 'hmac-sha256' | 'hmac-sm3' | 'sha256' | 'sm3';
  prev_hash: string;
  hash: string;
};

const toLink = (r: Row) => ({
  seq: Number(r.seq),
  at: r.at,
  actorAccountId: r.actor_account_id,
  actingForPersonId: r.acting_for_person_id,
  ip: r.ip,
  requestId: r.request_id,
  action: r.action,
  outcome: r.outcome,
  targetType: r.target_type,
  targetId: r.target_id,
  orgId: r.org_id,
  details: r.details,
  alg: r.alg,
});

/** What the old, unkeyed chain let anyone do: recompute every link from `fromSeq` with a plain hash. */
async function recomputeWithPlainHash(t: ReturnType<typeof useTestApp>, fromSeq: number, alg?: Row['alg']) {
  const rows = (await t.asOwner('select * from audit_log order by seq')) as Row[];
  let prev = fromSeq === 1 ? GENESIS : (rows[fromSeq - 2]?.hash ?? GENESIS);
  await t.asOwner('alter table audit_log disable trigger user');
  for (const r of rows.filter((x) => Number(x.seq) >= fromSeq)) {
    const row = { ...r, alg: alg ?? r.alg };
    const hash = createHash('sha256')
      .update(`${prev}|${linkOf(toLink(row))}`)
      .digest('hex');
    await t.asOwner('update audit_log set alg = $1, prev_hash = $2, hash = $3 where seq = $4', [
      row.alg,
      prev,
      hash,
      r.seq,
    ]);
    prev = hash;
  }
  await t.asOwner('alter table audit_log enable trigger user');
}

const write = async (t: ReturnType<typeof useTestApp>, n: number) => {
  for (let i = 0; i < n; i++) {
    await appendAuditNow(t.ctx(), { action: 'audit.verified', targetId: `t${i}`, details: { i, 姓名: '张三' } });
  }
};

describe('keyed audit chain: forgeries', () => {
  const t = useTestApp();

  it('links every row with HMAC-SHA-256 under the audit key', async () => {
    await write(t, 5);
    const rows = (await t.asOwner('select * from audit_log order by seq')) as Row[];
    expect(rows.every((r) => r.alg === 'hmac-sha256')).toBe(true);
    // Not a plain hash: without the key, the link cannot be recomputed.
    const first = rows[0] as Row;
    expect(first.hash).not.toBe(
      createHash('sha256')
        .update(`${GENESIS}|${linkOf(toLink(first))}`)
        .digest('hex'),
    );
    expect(await verifyAuditChain(t.app.services.db, t.app.services.crypto)).toMatchObject({ ok: true, rows: 5 });
  });

  it('catches a forged row whose chain was recomputed after it', async () => {
    await t.asOwner('alter table audit_log disable trigger user');
    await t.asOwner(`update audit_log set details = '{"i": 99}' where seq = 3`);
    await t.asOwner('alter table audit_log enable trigger user');
    // Links recomputed with a plain hash but still labelled as keyed: the MAC does not match.
    await recomputeWithPlainHash(t, 3);
    expect(await verifyAuditChain(t.app.services.db, t.app.services.crypto)).toMatchObject({
      ok: false,
      brokenAtSeq: 3,
      reason: 'hash_mismatch',
    });
    // Relabelled as plain-hash rows: a plain row after a keyed one is refused.
    await recomputeWithPlainHash(t, 3, 'sha256');
    expect(await verifyAuditChain(t.app.services.db, t.app.services.crypto)).toMatchObject({
      ok: false,
      brokenAtSeq: 3,
      reason: 'unkeyed',
    });
    // The whole chain rewritten as an old plain-hash chain: it ends unsealed.
    await recomputeWithPlainHash(t, 1, 'sha256');
    expect(await verifyAuditChain(t.app.services.db, t.app.services.crypto)).toMatchObject({
      ok: false,
      reason: 'unkeyed',
    });
  });
});

describe('keyed audit chain: a row appended by the application role', () => {
  const t = useTestApp();

  it('reports a row with an algorithm of its own as broken, and never publishes it as the head', async () => {
    const s = t.app.services;
    await write(t, 2);
    const [last] = (await t.asOwner('select hash from audit_log order by seq desc limit 1')) as Row[];
    // INSERT is what the application's role may do on the audit log: no key, an `alg` of its own.
    await s.pool.query(
      `insert into audit_log (seq, at, action, outcome, details, alg, prev_hash, hash)
       values (3, now(), 'audit.verified', 'success', '{}', 'hmac-forged', $1, $2)`,
      [last?.hash, 'f'.repeat(64)],
    );
    expect(await verifyAuditChain(s.db, s.crypto)).toMatchObject({ ok: false, brokenAtSeq: 3, reason: 'unkeyed' });
    expect(await publishAuditHead(s)).toBeNull();
    expect(await readLastHead(auditHeadFileOf(s.config), s.crypto)).toBeNull();
  });
});

describe('keyed audit chain: the head published outside the database', () => {
  const t = useTestApp();

  it('publishes the head to a 0600 append-only file, one line per new head', async () => {
    const s = t.app.services;
    const file = auditHeadFileOf(s.config);
    expect(await publishAuditHead(s)).toBeNull(); // empty chain: nothing to publish
    await write(t, 3);
    expect(await publishAuditHead(s)).toMatchObject({ seq: 3 });
    expect(await publishAuditHead(s)).toBeNull(); // unchanged head: no new line
    await write(t, 2);
    expect(await publishAuditHead(s)).toMatchObject({ seq: 5 });
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).seq)).toEqual([3, 5]);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readLastHead(file, s.crypto)).toMatchObject({ seq: 5 });
    expect(await verifyAgainstPublishedHead(s)).toMatchObject({ ok: true, lastSeq: 5, publishedSeq: 5 });
  });

  it('catches rows cut off the end from the published head alone, and does not publish over the cut', async () => {
    const s = t.app.services;
    await t.asOwner('alter table audit_log disable trigger user');
    await t.asOwner('delete from audit_log where seq >= 4');
    await t.asOwner('alter table audit_log enable trigger user');
    // The chain that is left is valid in itself…
    expect(await verifyAuditChain(s.db, s.crypto)).toMatchObject({ ok: true, lastSeq: 3 });
    // …but it no longer reaches the head published before the cut.
    expect(await verifyAgainstPublishedHead(s)).toMatchObject({
      ok: false,
      reason: 'truncated',
      brokenAtSeq: 4,
      publishedSeq: 5,
    });
    // New rows at the cut's seqs do not mend it: row 5 is not the published row 5.
    await write(t, 2);
    expect(await verifyAgainstPublishedHead(s)).toMatchObject({ ok: false, reason: 'truncated', brokenAtSeq: 5 });
    expect(await publishAuditHead(s)).toBeNull();
    expect(await readLastHead(auditHeadFileOf(s.config), s.crypto)).toMatchObject({ seq: 5 });
  });

  it('refuses a head line not written with the audit key', async () => {
    const s = t.app.services;
    const file = auditHeadFileOf(s.config);
    const [row] = (await t.asOwner('select seq, hash from audit_log order by seq desc limit 1')) as Row[];
    const forged = { seq: Number(row?.seq), hash: row?.hash, at: new Date().toISOString(), mac: 'f'.repeat(64) };
    await writeFile(file, `${JSON.stringify(forged)}\n`, { flag: 'a' });
    expect(await verifyAgainstPublishedHead(s)).toMatchObject({ ok: false, reason: 'head_invalid' });
  });
});

describe('keyed audit chain: a chain from before the key', () => {
  const t = useTestApp();

  /** Writes rows as the old code did: plain SHA-256 links, alg 'sha256'. */
  async function writeLegacy(n: number) {
    let prev = GENESIS;
    for (let seq = 1; seq <= n; seq++) {
      const row = {
        seq,
        at: new Date(Date.now() - (n - seq) * 1000),
        actorAccountId: null,
        actingForPersonId: null,
        ip: '127.0.0.1',
        requestId: null,
        action: 'auth.login',
        outcome: 'success' as const,
        targetType: null,
        targetId: null,
        orgId: null,
        details: { seq },
        alg: 'sha256' as const,
      };
      const hash = createHash('sha256')
        .update(`${prev}|${linkOf(row)}`)
        .digest('hex');
      await t.asOwner(
        `insert into audit_log (seq, at, ip, action, outcome, details, alg, prev_hash, hash)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [seq, row.at, row.ip, row.action, row.outcome, canonical(row.details), row.alg, prev, hash],
      );
      prev = hash;
    }
  }

  it('seals the old chain once with a keyed row, after which its rows cannot be rewritten', async () => {
    const s = t.app.services;
    await writeLegacy(4);
    expect(await verifyAuditChain(s.db, s.crypto)).toMatchObject({ ok: false, reason: 'unkeyed' });
    // The worker's first head publication after the upgrade seals and publishes it.
    expect(await publishAuditHead(s)).toMatchObject({ seq: 5 });
    const [anchor] = (await t.asOwner('select action, alg, details from audit_log where seq = 5')) as Row[];
    expect(anchor).toMatchObject({ action: 'audit.chain.keyed', alg: 'hmac-sha256', details: { plainRows: 4 } });
    expect(await verifyAgainstPublishedHead(s)).toMatchObject({ ok: true, rows: 5 });
    await write(t, 1);
    // A plain row rewritten, and the plain chain recomputed up to the seal: the seal's link breaks.
    await t.asOwner('alter table audit_log disable trigger user');
    await t.asOwner(`update audit_log set details = '{"seq": 99}' where seq = 2`);
    await t.asOwner('alter table audit_log enable trigger user');
    await recomputeLegacyPrefix(4);
    expect(await verifyAuditChain(s.db, s.crypto)).toMatchObject({
      ok: false,
      brokenAtSeq: 5,
      reason: 'prev_mismatch',
    });
  });

  it('never seals again once a head was published', async () => {
    const s = t.app.services;
    await t.asOwner('alter table audit_log disable trigger user');
    await t.asOwner('delete from audit_log where seq >= 5');
    await t.asOwner('alter table audit_log enable trigger user');
    const published = await readLastHead(auditHeadFileOf(s.config), s.crypto);
    expect(published).not.toBeNull();
    expect(await sealLegacyChain(s, published)).toBe(false);
    expect(await verifyAgainstPublishedHead(s)).toMatchObject({ ok: false });
  });

  async function recomputeLegacyPrefix(upTo: number) {
    const rows = (await t.asOwner('select * from audit_log where seq <= $1 order by seq', [upTo])) as Row[];
    let prev = GENESIS;
    await t.asOwner('alter table audit_log disable trigger user');
    for (const r of rows) {
      const hash = createHash('sha256')
        .update(`${prev}|${linkOf(toLink(r))}`)
        .digest('hex');
      await t.asOwner('update audit_log set prev_hash = $1, hash = $2 where seq = $3', [prev, hash, r.seq]);
      prev = hash;
    }
    await t.asOwner('alter table audit_log enable trigger user');
  }
});

describe('the audit key', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('is generated once per data folder, 0600 in a 0700 folder, unless AUDIT_KEY is set', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hongyun-audit-key-'));
    dirs.push(dir);
    const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dir });
    const key = loadAuditKey(config);
    expect(key).toHaveLength(32);
    expect(loadAuditKey(config).equals(key)).toBe(true);
    const file = path.join(dir, 'keys', 'audit.key');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(path.dirname(file))).mode & 0o777).toBe(0o700);
    const configured = loadConfig({ NODE_ENV: 'development', DATA_DIR: dir, AUDIT_KEY: 'ab'.repeat(32) });
    expect(loadAuditKey(configured).toString('hex')).toBe('ab'.repeat(32));
  });
});
