import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { delegations } from '../../../core/auth/schema.ts';
import { createAccount, type TestAccount } from '../../../test/factories.ts';
import { useTestApp } from '../../../test/harness.ts';
import { buildRecordsWorld, insertAlert, type RecordsWorld, recordsTestModules } from './test-support.ts';

// 激励惩戒记录: who may record, revoke and read a person's sanctions, the alerts they cite, and the
// rule that another subtree's person answers exactly like a missing one.

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('sanction records', () => {
  const t = useTestApp({}, { modules: recordsTestModules });
  let w: RecordsWorld;
  beforeAll(async () => {
    w = await buildRecordsWorld(t.app.services);
  });
  const send = (method: 'GET' | 'POST', url: string, a?: TestAccount, payload?: object) =>
    t.app.inject({ method, url, headers: a?.headers ?? {}, payload });
  const body = (extra: object = {}) => ({
    kind: 'talk',
    decidedOn: '2026-03-10',
    reason: '连续五个工作日未参加每日答题，约谈提醒',
    ...extra,
  });

  it('answers 401 without a session on every route', async () => {
    for (const [method, url] of [
      ['GET', `/api/people/${w.cadre.id}/sanctions`],
      ['POST', `/api/people/${w.cadre.id}/sanctions`],
      ['POST', `/api/sanctions/${MISSING}/revoke`],
      ['GET', `/api/people/${w.cadre.id}/record-summary`],
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
    const res = await send('POST', `/api/people/${w.cadre.id}/sanctions`, w.townAdmin, {
      kind: 'medal',
      decidedOn: '2026-02-30',
      reason: '',
      alertIds: ['not-a-uuid'],
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['body.kind', 'body.decidedOn', 'body.reason', 'body.alertIds.0']));
    const bad = await send('GET', '/api/people/not-a-uuid/sanctions', w.townAdmin);
    expect(bad.statusCode).toBe(400);
    const revoke = await send('POST', `/api/sanctions/${MISSING}/revoke`, w.townAdmin, { reason: '' });
    expect(revoke.statusCode).toBe(400);
  });

  it('records a decision citing an alert, with its event; the decider and the alert are shown', async () => {
    const alertId = await insertAlert(t.app.services, w.branch, w.cadre.id);
    const res = await send('POST', `/api/people/${w.cadre.id}/sanctions`, w.secretary, body({ alertIds: [alertId] }));
    expect(res.statusCode, res.body).toBe(201);
    const data = res.json().data;
    expect(data).toMatchObject({
      personId: w.cadre.id,
      kind: 'talk',
      decidedOn: '2026-03-10',
      source: '',
      decidedBy: { accountId: w.secretary.id },
      revocation: null,
    });
    expect(data.alerts).toEqual([
      expect.objectContaining({ id: alertId, ruleName: '连续未答题', periodKey: '2026-03-02' }),
    ]);
    const events = await t.app.services.db.execute<{ type: string; person_id: string; org_path: string }>(
      sql`select type, person_id, org_path from events where subject_id = ${data.id}`,
    );
    expect(events.rows).toEqual([
      { type: 'supervision.sanction.recorded', person_id: w.cadre.id, org_path: w.branch.path },
    ]);

    const list = await send('GET', `/api/people/${w.cadre.id}/sanctions`, w.office);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ canWrite: true, data: [expect.objectContaining({ id: data.id })] });
  });

  it('refuses alerts of another person, of another subtree and missing ones alike, recording nothing', async () => {
    const ofMember = await insertAlert(t.app.services, w.branch, w.member.id);
    const foreign = await insertAlert(t.app.services, w.otherTown, w.foreignCadre.id);
    // An alert about the cadre that sits (by its path) outside the secretary's branch.
    const aboveScope = await insertAlert(t.app.services, w.town, w.cadre.id);
    const answers = [];
    for (const id of [ofMember, foreign, aboveScope, MISSING]) {
      const res = await send('POST', `/api/people/${w.cadre.id}/sanctions`, w.secretary, body({ alertIds: [id] }));
      answers.push({ status: res.statusCode, code: res.json().error?.code, details: res.json().error?.details });
      expect(res.json().error.details).toEqual({ alertIds: [id] });
    }
    for (const a of answers)
      expect({ status: a.status, code: a.code }).toEqual({ status: 400, code: 'SUPERVISION_ALERT_NOT_LINKABLE' });
    const n = await t.app.services.db.execute<{ n: number }>(
      sql`select count(*)::int as n from supervision_sanctions where decided_by = ${w.secretary.id} and alert_ids <> '{}'`,
    );
    expect(n.rows[0]?.n).toBe(1); // only the one recorded in the test above
    // The office above the township may cite the alert the secretary could not.
    const office = await send(
      'POST',
      `/api/people/${w.cadre.id}/sanctions`,
      w.office,
      body({ alertIds: [aboveScope] }),
    );
    expect(office.statusCode).toBe(201);
  });

  it("answers another subtree's person and sanction exactly like missing ones", async () => {
    const theirs = await send(
      'POST',
      `/api/people/${w.foreignCadre.id}/sanctions`,
      w.otherAdmin,
      body({ kind: 'warning' }),
    );
    expect(theirs.statusCode).toBe(201);
    const sanctionId = theirs.json().data.id;
    for (const [method, foreign, missing, payload] of [
      ['GET', `/api/people/${w.foreignCadre.id}/sanctions`, `/api/people/${MISSING}/sanctions`, undefined],
      ['POST', `/api/people/${w.foreignCadre.id}/sanctions`, `/api/people/${MISSING}/sanctions`, body()],
      ['POST', `/api/sanctions/${sanctionId}/revoke`, `/api/sanctions/${MISSING}/revoke`, { reason: '误录' }],
      ['GET', `/api/people/${w.foreignCadre.id}/record-summary`, `/api/people/${MISSING}/record-summary`, undefined],
    ] as const) {
      const a = await send(method, foreign, w.townAdmin, payload);
      const b = await send(method, missing, w.townAdmin, payload);
      expect({ foreign, status: a.statusCode, body: a.body }).toEqual({ foreign, status: 404, body: b.body });
      expect(a.body).not.toContain('乙');
    }
  });

  it('403 for those over the person without the right: a member of the branch, the monitor writing', async () => {
    const url = `/api/people/${w.cadre.id}/sanctions`;
    expect((await send('GET', url, w.member.account)).statusCode).toBe(403);
    expect((await send('POST', url, w.member.account, body())).statusCode).toBe(403);
    const monitorList = await send('GET', url, w.monitor);
    expect(monitorList.statusCode).toBe(200);
    expect(monitorList.json().canWrite).toBe(false);
    expect((await send('POST', url, w.monitor, body())).statusCode).toBe(403);
  });

  it('the person reads their own sanctions but records none about themselves', async () => {
    const own = await send('GET', `/api/people/${w.cadre.id}/sanctions`, w.cadre.account);
    expect(own.statusCode).toBe(200);
    expect(own.json().canWrite).toBe(false);
    expect(own.json().data.length).toBeGreaterThan(0);
    const write = await send(
      'POST',
      `/api/people/${w.cadre.id}/sanctions`,
      w.cadre.account,
      body({ kind: 'commendation' }),
    );
    expect(write.statusCode).toBe(403);
    const others = await send('GET', `/api/people/${w.member.id}/sanctions`, w.cadre.account);
    expect(others.statusCode).toBe(403);
  });

  it('a relative acting for the person reads none of it: the record is the person’s, in person', async () => {
    const relative = await createAccount(t.app.services);
    const [delegation] = await t.app.services.db
      .insert(delegations)
      .values({
        delegateAccountId: relative.id,
        principalPersonId: w.member.id,
        relation: '子女',
        grantedBy: w.townAdmin.id,
      })
      .returning();
    await send(
      'POST',
      `/api/people/${w.member.id}/sanctions`,
      w.secretary,
      body({ kind: 'reminder', reason: '代办者不应看到的提醒' }),
    );
    const started = await send('POST', '/api/auth/acting-for', relative, { delegationId: delegation?.id });
    expect(started.statusCode, started.body).toBeLessThan(300);
    for (const url of [`/api/people/${w.member.id}/sanctions`, `/api/people/${w.member.id}/record-summary`]) {
      const res = await send('GET', url, relative);
      expect({ url, status: res.statusCode, code: res.json().error?.code }).toEqual({
        url,
        status: 403,
        code: 'ACTING_FOR_LIMITED',
      });
      expect(res.body).not.toContain('代办者不应看到');
    }
  });

  it('a revoked record stays, shown as revoked with who and why; a second revoke is a 409', async () => {
    const made = await send(
      'POST',
      `/api/people/${w.member.id}/sanctions`,
      w.townAdmin,
      body({ kind: 'commendation', source: '年度考核优秀' }),
    );
    const id = made.json().data.id;
    const revoked = await send('POST', `/api/sanctions/${id}/revoke`, w.townAdmin, { reason: '录入对象有误' });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json().data.revocation).toMatchObject({
      reason: '录入对象有误',
      revokedBy: { accountId: w.townAdmin.id },
    });
    const list = (await send('GET', `/api/people/${w.member.id}/sanctions`, w.secretary)).json().data;
    expect(list.find((s: { id: string }) => s.id === id)).toMatchObject({
      source: '年度考核优秀',
      revocation: { reason: '录入对象有误' },
    });
    const again = await send('POST', `/api/sanctions/${id}/revoke`, w.townAdmin, { reason: '再撤一次' });
    expect({ status: again.statusCode, code: again.json().error.code }).toEqual({
      status: 409,
      code: 'SUPERVISION_RECORD_REVOKED',
    });
    const monitorRevoke = await send('POST', `/api/sanctions/${id}/revoke`, w.monitor, { reason: 'x' });
    expect(monitorRevoke.statusCode).toBe(403);
    const events = await t.app.services.db.execute<{ type: string }>(
      sql`select type from events where subject_id = ${id} order by id`,
    );
    expect(events.rows.map((r) => r.type)).toEqual(['supervision.sanction.recorded', 'supervision.sanction.revoked']);
    // Never deleted: the row is still there.
    const row = await t.app.services.db.execute(sql`select 1 from supervision_sanctions where id = ${id}`);
    expect(row.rows).toHaveLength(1);
  });

  it('a write retried with its Idempotency-Key is recorded once', async () => {
    const key = `sanction-${Math.random().toString(36).slice(2)}`;
    const post = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/people/${w.member.id}/sanctions`,
        headers: { ...w.office.headers, 'idempotency-key': key },
        payload: body({ kind: 'reminder', reason: '重试只记一次' }),
      });
    const first = await post();
    const retry = await post();
    expect(first.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toBe(first.body);
    const n = await t.app.services.db.execute<{ n: number }>(
      sql`select count(*)::int as n from supervision_sanctions where reason = '重试只记一次'`,
    );
    expect(n.rows[0]?.n).toBe(1);
  });
});
