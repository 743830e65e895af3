import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { recordOrgPathCopies } from './paths.ts';
import { seedRecordsDemo } from './seed.ts';
import { buildRecordsWorld, recordsTestModules } from './test-support.ts';

// The demo records are written through the commands (events, audit rows, a readable evidence
// file), once; and an org move carries the records' paths along.

describe('records demo seed and org moves', () => {
  const t = useTestApp({}, { modules: recordsTestModules });

  it('seeds sanctions and integrity items for leading cadres and the first member, once, and serves the evidence', async () => {
    const w = await buildRecordsWorld(t.app.services);
    const said: string[] = [];
    await seedRecordsDemo(t.app.services, (m) => said.push(m));
    await seedRecordsDemo(t.app.services, (m) => said.push(m));
    // Two leading cadres (乙 sorts first), and the first member account's reminder (the cadre's here).
    expect(said).toEqual(['supervision records: 6 sanctions, 4 integrity items for 2 leading cadres']);
    const get = (url: string, headers: Record<string, string>) => t.app.inject({ url, headers }).then((r) => r.json());
    const own = await get(`/api/people/${w.cadre.id}/sanctions`, w.cadre.account.headers);
    expect(
      own.data.map((s: { kind: string; decidedBy: { accountId: string } }) => [s.kind, s.decidedBy.accountId]),
    ).toEqual([
      ['reminder', w.secretary.id],
      ['reminder', w.townAdmin.id],
      ['commendation', w.office.id],
    ]);
    const first = await get(`/api/people/${w.foreignCadre.id}/sanctions`, w.otherAdmin.headers);
    expect(first.data.map((s: { kind: string; revocation: unknown }) => [s.kind, s.revocation !== null])).toEqual([
      ['warning', true],
      ['talk', false],
      ['commendation', false],
    ]);
    const items = await get(`/api/people/${w.foreignCadre.id}/integrity-items`, w.office.headers);
    const withEvidence = items.data.find((i: { evidence: unknown }) => i.evidence);
    const pdf = await t.app.inject({
      url: `/api/integrity-items/${withEvidence.id}/evidence`,
      headers: w.office.headers,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const events = await t.app.services.db.execute<{ n: number }>(
      sql`select count(*)::int as n from events where person_id = ${w.foreignCadre.id} and type like 'supervision.sanction.%'`,
    );
    expect(events.rows[0]?.n).toBe(4);
  });

  it('rewrites the records’ org paths under a moved organisation, and only there', async () => {
    const w = await buildRecordsWorld(t.app.services);
    const post = (url: string, payload: object) =>
      t.app.inject({ method: 'POST', url, headers: w.office.headers, payload });
    await post(`/api/people/${w.cadre.id}/sanctions`, { kind: 'reminder', decidedOn: '2026-03-01', reason: '提醒' });
    await post(`/api/people/${w.foreignCadre.id}/sanctions`, {
      kind: 'reminder',
      decidedOn: '2026-03-01',
      reason: '提醒',
    });
    await post(`/api/people/${w.cadre.id}/integrity-items`, {
      kind: 'other',
      occurredOn: '2026-03-01',
      source: '来源',
      description: '说明',
    });
    const newPath = `${w.otherTown.path}${w.town.id}/`;
    let moved = 0;
    for (const copy of Object.values(recordOrgPathCopies)) {
      moved += await copy(t.app.services.db, { oldPath: w.town.path, newPath });
    }
    expect(moved).toBe(2);
    const paths = await t.app.services.db.execute<{ person_id: string; org_path: string }>(sql`
      select person_id, org_path from supervision_sanctions where person_id in (${w.cadre.id}, ${w.foreignCadre.id})
      union all select person_id, org_path from supervision_integrity_items where person_id = ${w.cadre.id}`);
    const branchTail = w.branch.path.slice(w.town.path.length);
    expect(paths.rows).toEqual(
      expect.arrayContaining([
        { person_id: w.cadre.id, org_path: `${newPath}${branchTail}` },
        { person_id: w.foreignCadre.id, org_path: w.otherTown.path },
      ]),
    );
    expect(
      paths.rows.filter((r) => r.person_id === w.cadre.id).every((r) => r.org_path === `${newPath}${branchTail}`),
    ).toBe(true);
  });
});
