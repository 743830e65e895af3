import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { delegations } from '../core/auth/schema.ts';
import { BODY_ID_CASES } from './body-id-cases.ts';
import { createAccount, createOrg, createPerson, makeIdNumber, multipartFile } from './factories.ts';
import { useTestApp } from './harness.ts';
import { fillPath, listRoutes, type Route, SHARED_PATH_VALUES } from './route-list.ts';
import { buildTwoSubtrees, idKindOf, type Subtree } from './two-subtrees.ts';
import { VALID_BODIES } from './valid-bodies.ts';

// Phones retry writes on weak networks: every write route takes an Idempotency-Key through the
// kernel (platform/http/idempotency.ts), with the replay semantics of DESIGN.md. A route leaves
// only with an entry here saying why.

const NOT_IDEMPOTENT: Record<string, string> = {
  'POST /api/auth/login': 'public, and its answer holds a session token that must never be stored',
  'POST /api/auth/totp/setup': 'its answer is a TOTP secret, never stored; a retry makes a new secret',
};

const book = new ExcelJS.Workbook();
book.addWorksheet('党员').addRow(['姓名', '身份证号']);
const XLSX = Buffer.from(await book.xlsx.writeBuffer());

describe('Idempotency-Key on every write', () => {
  const t = useTestApp();
  let a: Subtree;
  let routes: Route[] = [];
  beforeAll(async () => {
    ({ routes } = listRoutes(t.app));
    ({ a } = await buildTwoSubtrees(t.app));
  });
  const count = async (query: string) =>
    (await t.app.services.db.execute<{ n: number }>(sql.raw(query))).rows[0]?.n ?? 0;

  it('every write route checks the key (a malformed one is refused before anything runs)', async () => {
    const writes = routes.filter((r) => r.method !== 'GET');
    let checked = 0;
    for (const route of writes) {
      if (NOT_IDEMPOTENT[route.key]) continue;
      const segment = idKindOf(route.path);
      const url = fillPath(route.path, { ...SHARED_PATH_VALUES, id: a.ids[segment] ?? 1 });
      const body = (VALID_BODIES[route.key] ?? BODY_ID_CASES[route.key]?.body)?.(a);
      expect(!route.body || body, `${route.key}: add a valid body to valid-bodies.ts`).toBeTruthy();
      const upload = route.key === 'POST /api/files' ? multipartFile(XLSX) : null;
      const res = await t.app.inject({
        method: route.method,
        url,
        headers: { ...a.admin.headers, ...upload?.headers, 'idempotency-key': 'not a key!' },
        payload: upload?.payload ?? (body as object | undefined),
      });
      const fields = (res.json().error?.details ?? []).map((d: { field: string }) => d.field);
      expect({ key: route.key, status: res.statusCode, fields }).toEqual({
        key: route.key,
        status: 400,
        fields: ['headers.idempotency-key'],
      });
      checked++;
    }
    expect(checked).toBeGreaterThan(25);
  });

  /** Sends the same write twice with one key: the second is a replay of the first. */
  const twice = async (send: (key: string) => Promise<{ statusCode: number; headers: object; body: string }>) => {
    const key = `retry-${Math.random().toString(36).slice(2)}`;
    const first = await send(key);
    expect(first.statusCode, first.body).toBeLessThan(300);
    const retry = await send(key);
    expect({ status: retry.statusCode, body: retry.body }).toEqual({ status: first.statusCode, body: first.body });
    expect((retry.headers as Record<string, string>)['idempotent-replayed']).toBe('true');
    return { key, first };
  };

  it('an upload retried with its key is stored once; the key with another file is refused', async () => {
    const admin = await createAccount(t.app.services, { grants: [{ role: 'org_admin', org: a.town }] });
    const post = (key: string, content = XLSX) => {
      const upload = multipartFile(content);
      return t.app.inject({
        method: 'POST',
        url: '/api/files',
        headers: { ...admin.headers, ...upload.headers, 'idempotency-key': key },
        payload: upload.payload,
      });
    };
    const { key } = await twice((k) => post(k));
    expect(await count(`select count(*)::int as n from stored_files where owner_account_id = '${admin.id}'`)).toBe(1);
    const other = new ExcelJS.Workbook();
    other.addWorksheet('党员').addRow(['姓名', '身份证号', '性别']);
    const reused = await post(key, Buffer.from(await other.xlsx.writeBuffer()));
    expect(reused.statusCode).toBe(422);
    expect(reused.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await count(`select count(*)::int as n from stored_files where owner_account_id = '${admin.id}'`)).toBe(1);
  });

  it('registering a person, transferring them and editing them happen once per key', async () => {
    const name = `重试登记${Math.random().toString(36).slice(2, 6)}`;
    const payload = { name, idNumber: makeIdNumber(), orgId: a.branch.id };
    const send =
      (url: string, body: object, method: 'POST' | 'PATCH' = 'POST') =>
      (key: string) =>
        t.app.inject({ method, url, headers: { ...a.admin.headers, 'idempotency-key': key }, payload: body });
    const { first } = await twice(send('/api/people', payload));
    expect(await count(`select count(*)::int as n from people where name = '${name}'`)).toBe(1);
    const id = JSON.parse(first.body).data.id;
    const target = await createOrg(t.app.services, { parent: a.town, name: '重试转入支部' });
    // Registered today (China time), so the transfer takes effect today.
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const transfer = { toOrgId: target.id, effectiveDate: today, reason: '工作调动' };
    await twice(send(`/api/people/${id}/transfer`, transfer));
    expect(await count(`select count(*)::int as n from memberships where person_id = '${id}'`)).toBe(2);
    await twice(send(`/api/people/${id}`, { position: '重试后的职务' }, 'PATCH'));
  });

  it('PATCH /api/me, delegations and acting-for replay their first answer', async () => {
    const me = await createAccount(t.app.services);
    await twice((key) =>
      t.app.inject({
        method: 'PATCH',
        url: '/api/me',
        headers: { ...me.headers, 'idempotency-key': key },
        payload: { locale: 'en' },
      }),
    );
    const elder = await createPerson(t.app.services, { org: a.branch });
    const relative = await createAccount(t.app.services);
    await twice((key) =>
      t.app.inject({
        method: 'POST',
        url: '/api/delegations',
        headers: { ...a.admin.headers, 'idempotency-key': key },
        payload: {
          delegateAccountId: relative.id,
          principalPersonId: elder.id,
          relation: '子女',
          scopes: ['learning'],
        },
      }),
    );
    expect(await count(`select count(*)::int as n from delegations where principal_person_id = '${elder.id}'`)).toBe(1);

    const other = await createPerson(t.app.services, { org: a.branch });
    const [delegation] = await t.app.services.db
      .insert(delegations)
      .values({ delegateAccountId: relative.id, principalPersonId: other.id, relation: '子女', grantedBy: a.admin.id })
      .returning();
    await twice((key) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/acting-for',
        headers: { ...relative.headers, 'idempotency-key': key },
        payload: { delegationId: delegation?.id },
      }),
    );
  });
});
