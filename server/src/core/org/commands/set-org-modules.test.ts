import { beforeAll, describe, expect, it } from 'vitest';
import { exampleModule } from '../../../test/example-module/index.ts';
import { useTestApp } from '../../../test/harness.ts';
import { coreModules } from '../../index.ts';
import { auditRows, buildTree, eventRows, fieldsOf } from '../test-fixtures.ts';

// The example module (switch 'analytics') stands in for a business module: switches exist only for
// modules this build has.
const t = useTestApp({}, { modules: [...coreModules, exampleModule] });
let w: Awaited<ReturnType<typeof buildTree>>;

beforeAll(async () => {
  w = await buildTree(t);
});

const put = (id: number, payload: unknown, headers: Record<string, string>) =>
  t.app.inject({ method: 'PUT', url: `/api/orgs/${id}/modules`, headers, payload: payload as object });
const switchAt = async (id: number) => {
  const res = await t.app.inject({ url: `/api/orgs/${id}/modules`, headers: w.sysAdmin.headers });
  return res.json().data.modules.find((m: { module: string }) => m.module === 'analytics');
};

describe('/api/orgs/:id/modules', () => {
  it('says how many organisations a switch reaches (the org and its live subtree), read and written', async () => {
    const read = await t.app.inject({ url: `/api/orgs/${w.K.id}/modules`, headers: w.countyOffice.headers });
    expect(read.json().data.orgCount).toBe(6); // 云岩区委, two 街道党工委, three 党支部
    const written = await put(w.T.id, { analytics: true }, w.countyOffice.headers);
    expect(written.json().data.orgCount).toBe(3);
    await put(w.T.id, { analytics: null }, w.countyOffice.headers);
  });

  it('400 on unknown modules or non-boolean values', async () => {
    const res = await put(w.K.id, { analytics: 'off', chess: true }, w.countyOffice.headers);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.json()).some((f) => f.startsWith('body'))).toBe(true);
    expect(JSON.stringify(res.json().error.details)).toContain('analytics');
    // A module of the catalogue that this build does not have cannot be switched either.
    const absent = await put(w.K.id, { learning: false }, w.countyOffice.headers);
    expect(absent.statusCode).toBe(400);
    expect(absent.json().error.details).toEqual([expect.objectContaining({ field: 'body.learning' })]);
  });

  it('404 outside the subtree, 403 for an org_admin', async () => {
    expect((await put(w.K.id, { analytics: false }, w.townAdmin.headers)).statusCode).toBe(404);
    expect((await put(w.T.id, { analytics: false }, w.townAdmin.headers)).statusCode).toBe(403);
    expect((await t.app.inject({ url: `/api/orgs/${w.K.id}/modules`, headers: w.townAdmin.headers })).statusCode).toBe(
      404,
    );
  });

  it('off at the county is off for its branches; a branch re-enabling is on there only', async () => {
    const off = await put(w.K.id, { analytics: false }, w.countyOffice.headers);
    expect(off.statusCode).toBe(200);
    expect(await switchAt(w.K.id)).toEqual({ module: 'analytics', setting: false, effective: false });
    expect(await switchAt(w.B1.id)).toEqual({ module: 'analytics', setting: null, effective: false });
    expect(await switchAt(w.C.id)).toEqual({ module: 'analytics', setting: null, effective: true });

    expect((await put(w.B1.id, { analytics: true }, w.countyOffice.headers)).statusCode).toBe(200);
    expect(await switchAt(w.B1.id)).toMatchObject({ setting: true, effective: true });
    expect(await switchAt(w.B2.id)).toMatchObject({ setting: null, effective: false });

    // The detail's effective modules and the member's module gate agree.
    const detail = await t.app.inject({ url: `/api/orgs/${w.B2.id}`, headers: w.countyOffice.headers });
    expect(detail.json().data.effectiveModules).not.toContain('analytics');

    // Back to inherit: the branch follows the county again.
    await put(w.B1.id, { analytics: null }, w.countyOffice.headers);
    expect(await switchAt(w.B1.id)).toMatchObject({ setting: null, effective: false });

    const [audit] = await auditRows(t, 'org.modules.updated', w.K.id);
    expect(audit?.details).toEqual({ changes: { analytics: { from: null, to: false } } });
    expect(await auditRows(t, 'org.modules.updated', w.B1.id)).toHaveLength(2);
    expect(await eventRows(t, 'org.org.modules_updated', w.K.id)).toHaveLength(1);
  });

  it('writes nothing when nothing changes', async () => {
    await put(w.K.id, { analytics: false }, w.countyOffice.headers);
    expect(await auditRows(t, 'org.modules.updated', w.K.id)).toHaveLength(1);
  });
});
