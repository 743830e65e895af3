import { sql } from 'drizzle-orm';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { readDivisions } from '../../core/org/regions-seed.ts';
import { createAppServices } from '../../core/services.ts';
import { verifyAuditChain } from '../../platform/audit/chain.ts';
import type { Services } from '../../platform/context.ts';
import { connect } from '../../platform/db/client.ts';
import { createOrg } from '../../test/factories.ts';
import { createTestDatabase, useTestApp } from '../../test/harness.ts';
import { createRng } from '../demo/random.ts';
import { GenerateRefused, generateData } from './generate.ts';
import { planOrgs } from './org-plan.ts';
import { SCALES } from './scales.ts';

const AS_OF = '2026-06-30';
const OPTS = { scale: 'test', seed: 7, asOf: AS_OF } as const;

const checksumOk = (id: string) => {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...id.slice(0, 17)].reduce((s, d, i) => s + Number(d) * (weights[i] ?? 0), 0);
  return '10X98765432'[sum % 11] === id[17];
};

/** What a seed decides, in a stable order: everything but ciphertexts and generated row ids. */
async function fingerprint(s: Services): Promise<string[]> {
  const rows = await s.db.execute<Record<string, string | number | boolean | null>>(sql`
    select p.id, p.name, p.gender, p.birth_date, p.id_number_enc, p.phone_enc, p.join_date, p.party_status,
      p.position, p.cadre_rank, p.is_first_secretary, p.org_id, o.path, o.name as org_name
    from people p join orgs o on o.id = p.org_id order by p.id`);
  return rows.rows.map((r) =>
    JSON.stringify({
      ...r,
      id_number_enc: s.crypto.decrypt(String(r.id_number_enc)),
      phone_enc: r.phone_enc === null ? null : s.crypto.decrypt(String(r.phone_enc)),
    }),
  );
}

describe('generate (test scale)', () => {
  const t = useTestApp();
  let password = '';
  let samples: { role: string; phone: string }[] = [];

  it('refuses in production, loads once, and refuses a database that already has organisations', async () => {
    const s = t.app.services;
    const production = { ...s, config: { ...s.config, isProduction: true } };
    await expect(generateData(production, OPTS)).rejects.toThrow(/production/);
    const r = await generateData(s, OPTS);
    expect(r.orgs).toBeGreaterThan(80);
    expect(r.people).toBeGreaterThanOrEqual(400);
    expect(r.memberships).toBe(r.people);
    expect(r.accounts).toBe(r.grants);
    password = r.password;
    samples = r.samples;
    await expect(generateData(s, OPTS)).rejects.toBeInstanceOf(GenerateRefused);
    const [counts] = (await s.db.execute<{ n: number }>(sql`select (select count(*) from orgs)::int as n`)).rows;
    expect(counts?.n).toBe(r.orgs); // the refused run wrote nothing
    const audit = await s.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'data.generated'`,
    );
    expect(audit.rows[0]?.n).toBe(1);
    expect((await verifyAuditChain(s.db, s.crypto)).ok).toBe(true);
  });

  it('writes valid, unique ID numbers that match each member region, birth date and gender', async () => {
    const s = t.app.services;
    const rows = await s.db.execute<{
      id_number_enc: string;
      id_number_hash: string;
      id_number_last4: string;
      gender: string;
      birth_date: string;
      region_code: string;
    }>(sql`select p.id_number_enc, p.id_number_hash, p.id_number_last4, p.gender, p.birth_date, o.region_code
      from people p join orgs o on o.id = p.org_id`);
    for (const r of rows.rows) {
      const id = s.crypto.decrypt(r.id_number_enc);
      expect(checksumOk(id), id).toBe(true);
      expect(r.id_number_hash).toBe(s.crypto.active.lookupHash(id));
      expect(r.id_number_last4).toBe(id.slice(-4));
      expect(id.slice(6, 14)).toBe(r.birth_date.replaceAll('-', ''));
      expect(Number(id[16]) % 2 === 1).toBe(r.gender === 'M');
      // Below the prefecture the org's own county; prefecture organs use a district of the city.
      if (r.region_code.slice(4, 6) !== '00') expect(id.slice(0, 6)).toBe(r.region_code.slice(0, 6));
      else expect(id.slice(0, 4)).toBe(r.region_code.slice(0, 4));
    }
    const dup = await s.db.execute<{ ids: number; phones: number; n: number; withPhone: number }>(sql`
      select count(distinct id_number_hash)::int as ids, count(distinct phone_hash)::int as phones,
        count(*)::int as n, count(phone_hash)::int as "withPhone" from people`);
    expect(dup.rows[0]?.ids).toBe(dup.rows[0]?.n);
    expect(dup.rows[0]?.phones).toBe(dup.rows[0]?.withPhone);
    // Committee admins' phones are new numbers: no account phone belongs to another person.
    const clash = await s.db.execute<{ n: number }>(sql`select count(*)::int as n from accounts a
      join people p on p.phone_hash = a.phone_hash where a.person_id is distinct from p.id`);
    expect(clash.rows[0]?.n).toBe(0);
  });

  it('keeps ages, join dates and statuses plausible', async () => {
    const s = t.app.services;
    const odd = await s.db.execute<{ n: number }>(sql`select count(*)::int as n from people where
      age(${AS_OF}::date, birth_date) < interval '22 years' or age(${AS_OF}::date, birth_date) >= interval '96 years'
      or join_date > ${AS_OF}::date or join_date < birth_date + interval '18 years'
      or (party_status = 'full') <> (full_member_date is not null)
      or full_member_date <> (join_date + interval '1 year')::date and full_member_date <> (join_date + interval '1 year' + interval '1 day')::date`);
    expect(odd.rows[0]?.n).toBe(0);
    const mix = await s.db.execute<{ probationary: number; ranked: number; first: number; n: number }>(sql`
      select count(*) filter (where party_status = 'probationary')::int as probationary,
        count(*) filter (where cadre_rank is not null)::int as ranked,
        count(*) filter (where is_first_secretary)::int as first, count(*)::int as n from people`);
    const m = mix.rows[0];
    expect(m?.probationary).toBeGreaterThan(0);
    expect(m?.probationary).toBeLessThan((m?.n ?? 0) * 0.15);
    expect(m?.ranked).toBeGreaterThan(10);
  });

  it('computes materialised paths, copies them to people, and moves the id sequence past them', async () => {
    const s = t.app.services;
    const bad = await s.db.execute<{ n: number }>(sql`select count(*)::int as n from orgs c
      left join orgs p on p.id = c.parent_id
      where c.path <> coalesce(p.path, '/') || c.id || '/' or c.depth <> coalesce(p.depth + 1, 0)`);
    expect(bad.rows[0]?.n).toBe(0);
    const roots = await s.db.execute<{ n: number }>(sql`select count(*)::int as n from orgs where parent_id is null`);
    expect(roots.rows[0]?.n).toBe(1);
    const people = await s.db.execute<{ n: number }>(sql`select count(*)::int as n from people p
      join orgs o on o.id = p.org_id
      left join memberships m on m.person_id = p.id and m.to_date is null and m.org_id = p.org_id and m.from_date = p.join_date
      where p.org_path <> o.path or o.type <> 'branch' or m.id is null`);
    expect(people.rows[0]?.n).toBe(0);
    const max = await s.db.execute<{ n: number }>(sql`select max(id)::int as n from orgs`);
    const next = await createOrg(s);
    expect(next.id).toBeGreaterThan(max.rows[0]?.n ?? 0);
  });

  it('gives every branch a secretary who is its member, and general branches one from below', async () => {
    const s = t.app.services;
    const bad = await s.db.execute<{ n: number }>(sql`select count(*)::int as n from orgs o
      left join people p on p.id = o.secretary_person_id
      where (o.type = 'branch' and (p.id is null or p.org_id <> o.id))
         or (o.type = 'general_branch' and (p.id is null or p.org_path not like o.path || '%'))`);
    expect(bad.rows[0]?.n).toBe(0);
    const grants = await s.db.execute<{ role: string; type: string; n: number }>(sql`
      select g.role, o.type, count(*)::int as n from role_grants g join orgs o on o.id = g.org_id
      group by 1, 2 order by 1, 2`);
    expect(grants.rows.map((r) => `${r.role}@${r.type}`)).toEqual([
      'branch_secretary@branch',
      'org_admin@committee',
      'party_office@committee',
    ]);
    const linked = await s.db.execute<{ n: number }>(sql`select count(*)::int as n from role_grants g
      join accounts a on a.id = g.account_id join orgs o on o.id = g.org_id
      where g.role = 'branch_secretary' and a.person_id is distinct from o.secretary_person_id`);
    expect(linked.rows[0]?.n).toBe(0);
  });

  it('creates demo accounts that sign in with the printed password and see their subtree', async () => {
    const office = samples.find((x) => x.role === 'party_office');
    const secretary = samples.find((x) => x.role === 'branch_secretary');
    expect(office && secretary).toBeTruthy();
    for (const a of [office, secretary]) {
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { phone: a?.phone, password, client: 'app' },
      });
      expect(login.statusCode, login.body).toBe(200);
      expect(login.json().data.stage).toBe('active');
    }
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { phone: office?.phone, password, client: 'app' },
    });
    const headers = { authorization: `Bearer ${login.json().data.token}` };
    const list = await t.app.inject({ url: '/api/people?pageSize=5', headers });
    expect(list.statusCode).toBe(200);
    const n = await t.app.services.db.execute<{ n: number }>(sql`select count(*)::int as n from people`);
    expect(list.json().total).toBe(n.rows[0]?.n);
  });

  it('is deterministic by seed: a second database gets the same people, another seed different ones', async () => {
    const regions = (await readDivisions()).map((r) => ({ ...r, parentCode: r.parentCode ?? null }));
    const plan = (seed: number) => JSON.stringify(planOrgs(SCALES.test, regions, createRng(seed)));
    expect(plan(7)).toBe(plan(7));
    expect(plan(8)).not.toBe(plan(7));

    const created = await createTestDatabase();
    const database = connect(created.url, 3);
    const other = createAppServices(t.app.services.config, database, pino({ level: 'silent' }));
    try {
      await generateData(other, OPTS);
      expect(await fingerprint(other)).toEqual(await fingerprint(t.app.services));
    } finally {
      await other.jobs.stop();
      await database.close();
      await created.drop();
    }
  });
});
