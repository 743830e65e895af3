import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/schema.ts';
import { events } from '../../platform/events/table.ts';
import { createAccount, makeIdNumber, makePhone } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { memberships, people } from './schema.ts';
import { buildCounty } from './test-world.ts';

describe('people routes', () => {
  const t = useTestApp();
  let w: Awaited<ReturnType<typeof buildCounty>>;
  beforeAll(async () => {
    w = await buildCounty(t.app.services);
  });

  const inject = (method: 'GET' | 'POST' | 'PATCH', url: string, headers?: Record<string, string>, payload?: object) =>
    t.app.inject({ method, url, headers, payload });
  const fields = (res: { json: () => { error: { details: { field: string }[] } } }) =>
    res.json().error.details.map((d) => d.field);

  describe('POST /api/people', () => {
    let seq = 200; // distinct sequence numbers (even: female) so no two bodies share an ID number
    const nextId = () => {
      seq += 2;
      return makeIdNumber('520102', '19850612', seq);
    };
    const valid = (orgId: number) => ({
      name: '张红',
      idNumber: nextId(),
      phone: '+86 139-0000-1234',
      joinDate: '2010-07-01',
      fullMemberDate: '2011-07-01',
      partyStatus: 'full',
      orgId,
    });

    it('401 without a session', async () => {
      expect((await inject('POST', '/api/people', undefined, valid(w.branchA.id))).statusCode).toBe(401);
    });

    it('400 lists every bad field at once', async () => {
      const res = await inject('POST', '/api/people', w.adminA.headers, {
        ...valid(w.branchA.id),
        idNumber: '520102198001011239', // checksum should be 5
        phone: '12812345678',
        joinDate: '2010-02-30',
        cadreRank: 'emperor',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(fields(res)).toEqual(
        expect.arrayContaining(['body.idNumber', 'body.phone', 'body.joinDate', 'body.cadreRank']),
      );
      // The problem key is the detail's code; its message is in the caller's language (zh by default).
      expect(res.json().error.details.find((d: { field: string }) => d.field === 'body.idNumber')).toMatchObject({
        code: 'id_number.checksum',
        message: '身份证号校验位不正确',
      });
    });

    it('400 when dates are out of order or disagree with the ID number', async () => {
      const res = await inject('POST', '/api/people', w.adminA.headers, {
        ...valid(w.branchA.id),
        birthDate: '1985-06-13',
        gender: 'F',
        idNumber: makeIdNumber('520102', '19850612', 131), // odd 17th digit: male
        fullMemberDate: '2009-01-01',
      });
      expect(res.statusCode).toBe(400);
      expect(fields(res).sort()).toEqual(['body.birthDate', 'body.fullMemberDate', 'body.gender']);
    });

    it('404 into another township, 403 for a branch secretary in their own branch', async () => {
      expect((await inject('POST', '/api/people', w.adminA.headers, valid(w.branchB.id))).statusCode).toBe(404);
      const res = await inject('POST', '/api/people', w.secretaryA.headers, valid(w.branchA.id));
      expect(res.statusCode).toBe(403);
    });

    it('registers with encrypted ID and phone, a membership, an event and an audit row', async () => {
      const body = valid(w.branchA.id);
      const res = await inject('POST', '/api/people', w.adminA.headers, body);
      expect(res.statusCode).toBe(201);
      const p = res.json().data;
      expect(p).toMatchObject({
        name: '张红',
        idNumber: body.idNumber,
        phone: '13900001234',
        birthDate: '1985-06-12', // read from the ID number
        org: { id: w.branchA.id, name: '甲村支部' },
        abilities: { canEdit: true, canTransfer: true, canSeeIdNumber: true, canSeePhone: true },
      });
      expect(res.body).not.toContain('s1:');
      const [row] = await t.app.services.db.select().from(people).where(eq(people.id, p.id));
      expect(row?.idNumberEnc).toMatch(/^s1:/);
      expect(row?.idNumberEnc).not.toContain(body.idNumber);
      expect(row?.phoneLast4).toBe('1234');
      expect(row?.orgPath).toBe(w.branchA.path);
      const ms = await t.app.services.db.select().from(memberships).where(eq(memberships.personId, p.id));
      expect(ms).toMatchObject([{ orgId: w.branchA.id, toDate: null, openedBy: 'register' }]);
      const ev = await t.app.services.db
        .select()
        .from(events)
        .where(and(eq(events.type, 'people.person.registered'), eq(events.subjectId, p.id)));
      expect(ev).toHaveLength(1);
      const [audit] = await t.app.services.db.select().from(auditLog).where(eq(auditLog.targetId, p.id));
      expect(audit?.action).toBe('people.created');
      expect(JSON.stringify(audit)).not.toContain(body.idNumber.slice(-8));

      const dup = await inject('POST', '/api/people', w.adminA.headers, {
        ...valid(w.branchA2.id),
        idNumber: body.idNumber.toLowerCase(),
      });
      expect(dup.statusCode).toBe(409);
      expect(dup.json().error.code).toBe('DUPLICATE_ID_NUMBER');
    });
  });

  describe('GET /api/people', () => {
    let named: Awaited<ReturnType<typeof w.person>>;
    let other: Awaited<ReturnType<typeof w.person>>;
    beforeAll(async () => {
      named = await w.person(w.branchA2, { name: '李秀英', isFirstSecretary: true });
      other = await w.person(w.branchB, { name: '李乙镇' });
    });

    it('401 without a session, 400 on bad filters', async () => {
      expect((await inject('GET', '/api/people')).statusCode).toBe(401);
      const res = await inject('GET', '/api/people?pageSize=1000&gender=X&isFirstSecretary=yes', w.adminA.headers);
      expect(res.statusCode).toBe(400);
      expect(fields(res).sort()).toEqual([
        'querystring.gender',
        'querystring.isFirstSecretary',
        'querystring.pageSize',
      ]);
    });

    it('a township admin lists only their township', async () => {
      const a = (await inject('GET', '/api/people?pageSize=200', w.adminA.headers)).json();
      const b = (await inject('GET', '/api/people?pageSize=200', w.adminB.headers)).json();
      expect(a.data.every((p: { org: { id: number } }) => [w.branchA.id, w.branchA2.id].includes(p.org.id))).toBe(true);
      expect(a.data.map((p: { id: string }) => p.id)).toContain(named.id);
      expect(a.data.map((p: { id: string }) => p.id)).not.toContain(other.id);
      expect(b.data.map((p: { id: string }) => p.id)).toEqual([other.id]);
      expect(b.total).toBe(1);
      // A plain member reaches nobody through a list.
      expect((await inject('GET', '/api/people', w.memberA.headers)).json().total).toBe(0);
    });

    it('searches by name, exact ID number and phone, and filters', async () => {
      const ids = async (qs: string) =>
        (await inject('GET', `/api/people?${qs}`, w.officeCounty.headers)).json().data.map((p: { id: string }) => p.id);
      expect(await ids(`q=${encodeURIComponent('秀英')}`)).toEqual([named.id]);
      expect((await ids(`q=${encodeURIComponent('李')}`)).sort()).toEqual([named.id, other.id].sort());
      const spacedId = `${named.idNumberPlain.slice(0, 6)} ${named.idNumberPlain.slice(6).toLowerCase()}`;
      expect(await ids(`q=${encodeURIComponent(spacedId)}`)).toEqual([named.id]);
      expect(await ids(`q=${encodeURIComponent(`+86 ${other.phonePlain}`)}`)).toEqual([other.id]);
      expect(await ids(`q=${makePhone()}`)).toEqual([]);
      expect(await ids(`q=${encodeURIComponent('李')}&orgId=${w.townB.id}`)).toEqual([other.id]);
      expect(await ids(`q=${encodeURIComponent('李')}&isFirstSecretary=true`)).toEqual([named.id]);
      expect(await ids('orgId=999999')).toEqual([]);
      // The ID search stays inside the viewer's scope.
      const outside = await inject('GET', `/api/people?q=${other.idNumberPlain}`, w.adminA.headers);
      expect(outside.json().total).toBe(0);
    });

    it('masks for a branch secretary without decrypting, shows in full to an org admin', async () => {
      const mine = await w.person(w.branchA, { name: '王支部' });
      const sec = await inject('GET', `/api/people?q=${encodeURIComponent('王支部')}`, w.secretaryA.headers);
      const p = sec.json().data[0];
      expect(p.idNumber).toBe(`**************${mine.idNumberPlain.slice(-4)}`);
      expect(p.phone).toBe(mine.phonePlain); // a branch secretary may call their members
      expect(p.abilities).toEqual({ canEdit: false, canTransfer: false, canSeeIdNumber: false, canSeePhone: true });
      expect(sec.body).not.toContain(mine.idNumberPlain);
      expect(sec.body).not.toContain('s1:');
      const mon = (await inject('GET', `/api/people?q=${encodeURIComponent('王支部')}`, w.monitorA.headers)).json();
      expect(mon.data[0].phone).toBe(`1*******${mine.phonePlain.slice(-4)}`);
      expect(mon.data[0].idNumber).toBe(`**************${mine.idNumberPlain.slice(-4)}`);
      const adm = (await inject('GET', `/api/people?q=${encodeURIComponent('王支部')}`, w.adminA.headers)).json();
      expect(adm.data[0]).toMatchObject({ idNumber: mine.idNumberPlain, phone: mine.phonePlain });
    });
  });

  describe('GET /api/people/:id and memberships', () => {
    it('401, 404 in another township, masked for a monitor, full for an org admin and for self', async () => {
      const p = await w.person(w.branchA, { name: '赵详情' });
      const url = `/api/people/${p.id}`;
      expect((await inject('GET', url)).statusCode).toBe(401);
      expect((await inject('GET', '/api/people/not-a-uuid', w.adminA.headers)).statusCode).toBe(400);
      expect((await inject('GET', url, w.adminB.headers)).statusCode).toBe(404);
      expect((await inject('GET', `${url}/memberships`, w.adminB.headers)).statusCode).toBe(404);
      // A plain member of the same branch sees that the record exists, but may not read it.
      expect((await inject('GET', url, w.memberA.headers)).statusCode).toBe(403);

      const mon = await inject('GET', url, w.monitorA.headers);
      expect(mon.statusCode).toBe(200);
      expect(mon.json().data.idNumber).toBe(`**************${p.idNumberPlain.slice(-4)}`);
      expect(mon.body).not.toContain(p.idNumberPlain);
      expect(mon.body).not.toContain('s1:');

      const adm = (await inject('GET', url, w.adminA.headers)).json().data;
      expect(adm).toMatchObject({ idNumber: p.idNumberPlain, phone: p.phonePlain });
      expect(adm.org.pathNames).toEqual(['测试县委', '甲镇党委', '甲村支部']);

      const self = await createAccount(t.app.services, { person: p });
      const own = await inject('GET', url, self.headers);
      expect(own.statusCode).toBe(200);
      expect(own.json().data).toMatchObject({ idNumber: p.idNumberPlain, abilities: { canEdit: false } });

      const ms = await inject('GET', `${url}/memberships`, w.secretaryA.headers);
      expect(ms.statusCode).toBe(200);
      expect(ms.json().data).toMatchObject([{ org: { id: w.branchA.id }, toDate: null, openedBy: 'register' }]);
      expect((await inject('GET', `${url}/memberships`)).statusCode).toBe(401);
    });
  });

  describe('PATCH /api/people/:id', () => {
    it('401, 400, 404 in another township, 403 for a branch secretary', async () => {
      const p = await w.person(w.branchA);
      const url = `/api/people/${p.id}`;
      expect((await inject('PATCH', url, undefined, { name: 'x' })).statusCode).toBe(401);
      const bad = await inject('PATCH', url, w.adminA.headers, {
        idNumber: '110105194912310021',
        phone: '123',
        orgId: 1,
      });
      expect(bad.statusCode).toBe(400);
      expect(fields(bad)).toEqual(expect.arrayContaining(['body.idNumber', 'body.phone']));
      expect((await inject('PATCH', url, w.adminB.headers, { name: '改名' })).statusCode).toBe(404);
      expect((await inject('PATCH', url, w.secretaryA.headers, { name: '改名' })).statusCode).toBe(403);
      // The merged record is checked too: a full-member date before the stored join date.
      const order = await inject('PATCH', url, w.adminA.headers, { fullMemberDate: '2001-01-01' });
      expect(order.statusCode).toBe(400);
      expect(fields(order)).toEqual(['body.fullMemberDate']);
    });

    it('edits, re-encrypts a new phone and ID, audits the changed field names only', async () => {
      const p = await w.person(w.branchA, { name: '钱旧名' });
      const phone = makePhone();
      const idNumber = makeIdNumber('520103', '19900215', 246); // even 17th digit: female
      const res = await inject('PATCH', `/api/people/${p.id}`, w.adminA.headers, {
        name: '钱新名',
        phone,
        idNumber,
        isVillageStationed: false, // unchanged: not reported
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().data).toMatchObject({
        name: '钱新名',
        phone,
        idNumber,
        gender: 'F',
        birthDate: '1990-02-15',
      });
      const [audit] = await t.app.services.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.targetId, p.id), eq(auditLog.action, 'people.updated')));
      expect([...((audit?.details.fields as string[]) ?? [])].sort()).toEqual([
        'birthDate',
        'gender',
        'idNumber',
        'name',
        'phone',
      ]);
      expect(JSON.stringify(audit)).not.toContain(phone);
      expect(JSON.stringify(audit)).not.toContain(idNumber);
      const found = await inject('GET', `/api/people?q=${phone}`, w.adminA.headers);
      expect(found.json().data.map((x: { id: string }) => x.id)).toEqual([p.id]);
      const byOldPhone = await inject('GET', `/api/people?q=${p.phonePlain}`, w.adminA.headers);
      expect(byOldPhone.json().total).toBe(0);

      const taken = await w.person(w.branchA);
      const dup = await inject('PATCH', `/api/people/${p.id}`, w.adminA.headers, { idNumber: taken.idNumberPlain });
      expect(dup.json().error.code).toBe('DUPLICATE_ID_NUMBER');
    });
  });
});
