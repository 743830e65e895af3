import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { multipartFile, type TestAccount } from '../../../test/factories.ts';
import { useTestApp } from '../../../test/harness.ts';
import { buildRecordsWorld, type RecordsWorld, recordsTestModules } from './test-support.ts';

// 领导干部个人诚信档案: only the party-building office and org admins over the cadre read or write
// it; every read lands in the audit chain; anyone else sees at most a count, or nothing.

const MISSING = '00000000-0000-4000-8000-000000000000';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(32, 7)]);

describe('integrity records', () => {
  const t = useTestApp({}, { modules: recordsTestModules });
  let w: RecordsWorld;
  beforeAll(async () => {
    w = await buildRecordsWorld(t.app.services);
  });
  const send = (method: 'GET' | 'POST', url: string, a?: TestAccount, payload?: object) =>
    t.app.inject({ method, url, headers: a?.headers ?? {}, payload });
  const item = (extra: object = {}) => ({
    kind: 'personal_matters',
    occurredOn: '2026-01-20',
    source: '2025 年度个人有关事项报告',
    description: '如实报告本人婚姻、房产及配偶子女从业情况',
    ...extra,
  });
  const upload = (id: string, a: TestAccount, content: Buffer, name = '报告.pdf', key?: string) => {
    const file = multipartFile(content, name, 'application/octet-stream');
    return t.app.inject({
      method: 'POST',
      url: `/api/integrity-items/${id}/evidence`,
      headers: { ...a.headers, ...file.headers, ...(key ? { 'idempotency-key': key } : {}) },
      payload: file.payload,
    });
  };
  const audits = async (action: string, personId: string) =>
    (
      await t.app.services.db.execute<{ actor: string; details: Record<string, unknown> }>(
        sql`select actor_account_id as actor, details from audit_log
             where action = ${action} and target_type = 'person' and target_id = ${personId} order by seq`,
      )
    ).rows;

  it('answers 401 without a session on every route', async () => {
    for (const [method, url] of [
      ['GET', `/api/people/${w.cadre.id}/integrity-items`],
      ['POST', `/api/people/${w.cadre.id}/integrity-items`],
      ['POST', `/api/integrity-items/${MISSING}/evidence`],
      ['GET', `/api/integrity-items/${MISSING}/evidence`],
      ['POST', `/api/integrity-items/${MISSING}/revoke`],
    ] as const) {
      const res = await send(method, url, undefined, method === 'POST' ? {} : undefined);
      expect({ url, status: res.statusCode, code: res.json().error.code }).toEqual({
        url,
        status: 401,
        code: 'UNAUTHENTICATED',
      });
    }
  });

  it('answers 400 naming every bad field', async () => {
    const res = await send('POST', `/api/people/${w.cadre.id}/integrity-items`, w.office, {
      kind: 'gossip',
      occurredOn: 'yesterday',
      source: '',
      description: 'x'.repeat(2001),
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['body.kind', 'body.occurredOn', 'body.source', 'body.description']));
    expect((await send('GET', '/api/integrity-items/nope/evidence', w.office)).statusCode).toBe(400);
  });

  it('records an item for a leading cadre, audited; lists it, and every list read is audited', async () => {
    const made = await send('POST', `/api/people/${w.cadre.id}/integrity-items`, w.townAdmin, item());
    expect(made.statusCode, made.body).toBe(201);
    const data = made.json().data;
    expect(data).toMatchObject({
      kind: 'personal_matters',
      evidence: null,
      revocation: null,
      recordedBy: { accountId: w.townAdmin.id },
    });
    expect(await audits('supervision.integrity.recorded', w.cadre.id)).toEqual([
      expect.objectContaining({ actor: w.townAdmin.id, details: expect.objectContaining({ itemId: data.id }) }),
    ]);
    const before = (await audits('supervision.integrity.read', w.cadre.id)).length;
    const list = await send('GET', `/api/people/${w.cadre.id}/integrity-items`, w.office);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({
      canWrite: true,
      isLeadingCadre: true,
      data: [expect.objectContaining({ id: data.id })],
    });
    const reads = await audits('supervision.integrity.read', w.cadre.id);
    expect(reads).toHaveLength(before + 1);
    expect(reads.at(-1)).toEqual({ actor: w.office.id, details: { rows: 1 } });
  });

  it('refuses an item for someone who is no leading cadre (409)', async () => {
    const res = await send('POST', `/api/people/${w.member.id}/integrity-items`, w.office, item());
    expect({ status: res.statusCode, code: res.json().error.code }).toEqual({
      status: 409,
      code: 'SUPERVISION_NOT_LEADING_CADRE',
    });
  });

  it('403 to the unit head, the monitor and the cadre themselves, with no count; their reads leave no trace of content', async () => {
    for (const a of [w.secretary, w.monitor, w.cadre.account]) {
      const list = await send('GET', `/api/people/${w.cadre.id}/integrity-items`, a);
      expect(list.statusCode).toBe(403);
      expect(list.body).not.toContain('个人有关事项');
      expect((await send('POST', `/api/people/${w.cadre.id}/integrity-items`, a, item())).statusCode).toBe(403);
    }
  });

  it('the person page tells a sanction reader only how many items there are, the cadre nothing', async () => {
    const url = `/api/people/${w.cadre.id}/record-summary`;
    const office = (await send('GET', url, w.office)).json().data;
    expect(office.integrity).toEqual({ canRead: true, canWrite: true, isLeadingCadre: true, count: 1 });
    const head = (await send('GET', url, w.secretary)).json().data;
    expect(head.integrity).toEqual({ canRead: false, canWrite: false, isLeadingCadre: true, count: 1 });
    expect(head.sanctions).toMatchObject({ canRead: true, canWrite: true });
    const self = (await send('GET', url, w.cadre.account)).json().data;
    expect(self.integrity).toEqual({ canRead: false, canWrite: false, isLeadingCadre: false, count: null });
    expect(self.sanctions).toMatchObject({ canRead: true, canWrite: false });
    expect((await send('GET', url, w.member.account)).statusCode).toBe(403);
  });

  it('evidence: attached once (by its bytes, not its name), served only through the audited route', async () => {
    const made = (
      await send('POST', `/api/people/${w.cadre.id}/integrity-items`, w.office, item({ kind: 'credit' }))
    ).json().data;
    const renamed = await upload(made.id, w.office, Buffer.from('<script>alert(1)</script>'), 'scan.pdf');
    expect({ status: renamed.statusCode, code: renamed.json().error.code }).toEqual({
      status: 415,
      code: 'SUPERVISION_EVIDENCE_TYPE',
    });
    const key = `evidence-${Math.random().toString(36).slice(2)}`;
    const first = await upload(made.id, w.office, PDF, '../../征信报告.pdf', key);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().data.evidence).toEqual({
      name: '征信报告.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
    });
    const retry = await upload(made.id, w.office, PDF, '../../征信报告.pdf', key);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const files = await t.app.services.db.execute<{ n: number }>(
      sql`select count(*)::int as n from supervision_evidence_files where sha256 = encode(sha256(${PDF}), 'hex')`,
    );
    expect(files.rows[0]?.n).toBe(1);
    const second = await upload(made.id, w.office, PNG, 'photo.png');
    expect({ status: second.statusCode, code: second.json().error.code }).toEqual({
      status: 409,
      code: 'SUPERVISION_EVIDENCE_PRESENT',
    });

    const got = await send('GET', `/api/integrity-items/${made.id}/evidence`, w.townAdmin);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(PDF)).toBe(true);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['cache-control']).toBe('private, no-store');
    expect(got.headers['content-disposition']).toContain("filename*=UTF-8''");
    expect(await audits('supervision.integrity.evidence_read', w.cadre.id)).toEqual([
      expect.objectContaining({ actor: w.townAdmin.id, details: expect.objectContaining({ itemId: made.id }) }),
    ]);
    expect(await audits('supervision.integrity.evidence_attached', w.cadre.id)).toHaveLength(1);
    for (const a of [w.secretary, w.monitor, w.cadre.account]) {
      expect((await send('GET', `/api/integrity-items/${made.id}/evidence`, a)).statusCode).toBe(403);
      expect((await upload(made.id, a, PNG)).statusCode).toBe(403);
    }
    // An item without evidence has nothing to serve.
    const bare = (
      await send('POST', `/api/people/${w.cadre.id}/integrity-items`, w.office, item({ kind: 'other' }))
    ).json().data;
    expect((await send('GET', `/api/integrity-items/${bare.id}/evidence`, w.office)).statusCode).toBe(404);
  });

  it("answers another subtree's cadre and items exactly like missing ones", async () => {
    const theirs = (await send('POST', `/api/people/${w.foreignCadre.id}/integrity-items`, w.otherAdmin, item())).json()
      .data;
    expect((await upload(theirs.id, w.otherAdmin, PNG, 'x.png')).statusCode).toBe(201);
    for (const [method, foreign, missing, payload] of [
      ['GET', `/api/people/${w.foreignCadre.id}/integrity-items`, `/api/people/${MISSING}/integrity-items`, undefined],
      ['POST', `/api/people/${w.foreignCadre.id}/integrity-items`, `/api/people/${MISSING}/integrity-items`, item()],
      ['GET', `/api/integrity-items/${theirs.id}/evidence`, `/api/integrity-items/${MISSING}/evidence`, undefined],
      [
        'POST',
        `/api/integrity-items/${theirs.id}/revoke`,
        `/api/integrity-items/${MISSING}/revoke`,
        { reason: '误录' },
      ],
    ] as const) {
      const a = await send(method, foreign, w.townAdmin, payload);
      const b = await send(method, missing, w.townAdmin, payload);
      expect({ foreign, status: a.statusCode, body: a.body }).toEqual({ foreign, status: 404, body: b.body });
    }
    const up = await upload(theirs.id, w.townAdmin, PDF);
    const upMissing = await upload(MISSING, w.townAdmin, PDF);
    expect({ status: up.statusCode, body: up.body }).toEqual({ status: 404, body: upMissing.body });
    // Refused reads of another subtree leave no audit row naming its cadre.
    expect(await audits('supervision.integrity.read', w.foreignCadre.id)).toEqual([]);
  });

  it('a revoked item stays listed as revoked, audited; it takes no evidence and no second revoke', async () => {
    const made = (
      await send('POST', `/api/people/${w.cadre.id}/integrity-items`, w.office, item({ kind: 'clean_conduct' }))
    ).json().data;
    const revoked = await send('POST', `/api/integrity-items/${made.id}/revoke`, w.townAdmin, { reason: '登记有误' });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json().data.revocation).toMatchObject({
      reason: '登记有误',
      revokedBy: { accountId: w.townAdmin.id },
    });
    const list = (await send('GET', `/api/people/${w.cadre.id}/integrity-items`, w.office)).json().data;
    expect(list.find((i: { id: string }) => i.id === made.id)).toMatchObject({ revocation: { reason: '登记有误' } });
    const again = await send('POST', `/api/integrity-items/${made.id}/revoke`, w.office, { reason: '再撤' });
    expect({ status: again.statusCode, code: again.json().error.code }).toEqual({
      status: 409,
      code: 'SUPERVISION_RECORD_REVOKED',
    });
    const attach = await upload(made.id, w.office, PDF);
    expect({ status: attach.statusCode, code: attach.json().error.code }).toEqual({
      status: 409,
      code: 'SUPERVISION_RECORD_REVOKED',
    });
    expect(await audits('supervision.integrity.revoked', w.cadre.id)).toEqual([
      expect.objectContaining({
        actor: w.townAdmin.id,
        details: expect.objectContaining({ itemId: made.id, reason: '登记有误' }),
      }),
    ]);
  });
});
