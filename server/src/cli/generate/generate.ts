import { randomBytes } from 'node:crypto';
import { todayInChina } from '@hongyun/contracts';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { hashPassword } from '../../core/auth/password-hash.ts';
import { installedModules } from '../../core/kernel/index.ts';
import { lockOrgTree, seedRegions } from '../../core/org/index.ts';
import { regions } from '../../core/org/schema.ts';
import { PEOPLE_COPY_COLUMNS, personCopyRow } from '../../core/people/bulk-load.ts';
import { appendAudit } from '../../platform/audit/chain.ts';
import type { Services, TxCtx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { type Cell, copyRows } from '../../platform/db/copy.ts';
import { createRng, type Rng } from '../demo/random.ts';
import { type PlannedOrg, planOrgs } from './org-plan.ts';
import { makePerson, type PersonContext, stableUuid, Uniques } from './people-gen.ts';
import { SCALES, type ScaleName } from './scales.ts';

export type GenerateOptions = {
  scale: ScaleName;
  seed: number;
  asOf?: string;
  /** Days of module activity before the as-of date (learning: `--days 30`); 0 or absent: none. */
  days?: number;
};
export type SampleAccount = { role: string; label: string; phone: string };
export type GenerateResult = {
  scale: ScaleName;
  seed: number;
  asOf: string;
  orgs: number;
  people: number;
  memberships: number;
  accounts: number;
  grants: number;
  password: string;
  samples: SampleAccount[];
  seconds: { load: number; vacuum: number; total: number };
  databaseBytes: number;
};

/** A refusal the CLI prints as it is (Chinese first, then English). */
export class GenerateRefused extends Error {}

type Secretary = { personId: string; name: string; phone: string };

/**
 * Loads a city or province of realistic data in one transaction (all or nothing): orgs, people
 * (ID numbers and phones encrypted and hashed like any other write), memberships, accounts and
 * grants, then one 'data.generated' audit row, then VACUUM ANALYZE. Deterministic by seed and
 * as-of date, except ciphertexts (random IVs) and membership/grant row ids. Refuses in production
 * and on a database that already has organisations or people.
 */
export async function generateData(
  services: Services,
  opts: GenerateOptions,
  say: (m: string) => void = () => {},
): Promise<GenerateResult> {
  if (services.config.isProduction)
    throw new GenerateRefused('拒绝：生产环境不生成模拟数据 / refused: generated data is never loaded in production');
  const started = Date.now();
  const scale = SCALES[opts.scale];
  // Today in China, as every date the platform shows: between 16:00 and 24:00 UTC the UTC date is a day behind.
  const asOf = opts.asOf ?? todayInChina();
  await seedRegions(services.db);
  const divisions = await services.db
    .select({ code: regions.code, name: regions.name, level: regions.level, parentCode: regions.parentCode })
    .from(regions);
  const plan = planOrgs(scale, divisions, createRng(opts.seed));
  say(`planned ${plan.length} organisations for ${scale.name} (seed ${opts.seed}, as of ${asOf})`);

  const client = await services.pool.connect();
  let result: Omit<GenerateResult, 'seconds' | 'databaseBytes'>;
  try {
    await client.query('begin');
    const db = drizzle({ client }) as unknown as Db;
    await lockOrgTree(db, 'exclusive'); // nobody may create or move orgs while the tree is laid out
    const existing = await client.query<{ n: number }>(
      'select (select count(*) from orgs)::int + (select count(*) from people)::int as n',
    );
    if ((existing.rows[0]?.n ?? 0) > 0)
      throw new GenerateRefused(
        '拒绝：数据库中已有党组织或党员，请使用新的 DATA_DIR 或空数据库 / refused: the database already has organisations or people; use a fresh DATA_DIR or an empty database',
      );
    const ctx: TxCtx = { ...services, db, actor: null, requestId: 'generate', ip: null, lang: 'zh' };
    result = await load(client, ctx, plan, opts, asOf, say);
    await client.query('commit');
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
  // Each installed module adds its own data for the generated tree (its manifest's generate hook).
  for (const m of installedModules()) {
    if (m.generate) {
      say(`generating ${m.id} data…`);
      await m.generate(services, { scale: opts.scale, seed: opts.seed, days: opts.days ?? 0, asOf, say });
    }
  }
  const loaded = Date.now();
  say(`loaded in ${((loaded - started) / 1000).toFixed(1)} s; vacuum analyze…`);
  // Outside the transaction (VACUUM cannot run in one): sets the visibility map so counts can use
  // index-only scans, and gives the planner statistics for the new tables.
  await services.pool.query('vacuum (analyze) orgs, people, memberships, accounts, role_grants');
  const size = await services.pool.query<{ n: string }>('select pg_database_size(current_database())::text as n');
  const done = Date.now();
  return {
    ...result,
    seconds: { load: (loaded - started) / 1000, vacuum: (done - loaded) / 1000, total: (done - started) / 1000 },
    databaseBytes: Number(size.rows[0]?.n ?? 0),
  };
}

async function load(
  client: pg.PoolClient,
  ctx: TxCtx,
  plan: PlannedOrg[],
  opts: GenerateOptions,
  asOf: string,
  say: (m: string) => void,
) {
  const c = ctx.crypto.active;
  const rng = createRng(opts.seed + 1);
  const uniques = new Uniques();
  const pctx: PersonContext = { seed: opts.seed, asOf, uniques };
  const secretaryId = (o: PlannedOrg) => (o.secretary === null ? null : stableUuid(opts.seed, 'person', o.secretary));

  const orgCount = await copyRows(
    client,
    'orgs',
    [
      'id',
      'parent_id',
      'path',
      'depth',
      'name',
      'short_name',
      'type',
      'region_code',
      'secretary_person_id',
      'sort_order',
    ],
    plan.map((o) => [
      o.id,
      o.parentId,
      o.path,
      o.depth,
      o.name,
      o.shortName,
      o.type,
      o.regionCode,
      secretaryId(o),
      o.sortOrder,
    ]),
  );
  // COPY wrote explicit ids into the identity column; move its sequence past them.
  await client.query(`select setval(pg_get_serial_sequence('orgs', 'id'), (select max(id) from orgs))`);
  say(`orgs: ${orgCount}`);

  const secretaries = new Map<number, Secretary>();
  function* peopleRows(): Generator<Cell[]> {
    for (const o of plan) {
      for (let i = 0; i < o.size; i++) {
        const p = makePerson(rng, o, i, pctx);
        if (i === 0 && p.phone) secretaries.set(o.id, { personId: p.id, name: p.name, phone: p.phone });
        yield personCopyRow(c, p.id, { ...p, orgId: o.id, orgPath: o.path });
      }
    }
  }
  const t0 = Date.now();
  const peopleCount = await copyRows(client, 'people', PEOPLE_COPY_COLUMNS, peopleRows());
  say(`people: ${peopleCount} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  // Each member's opening membership, set-based: the rows are already in the table.
  const m = await client.query(`insert into memberships (person_id, org_id, from_date, opened_by)
    select id, org_id, join_date, 'register' from people`);
  say(`memberships: ${m.rowCount}`);

  const { accounts, grants, password, samples } = await loadAccounts(
    client,
    ctx,
    plan,
    secretaries,
    rng,
    uniques,
    opts.seed,
  );
  await appendAudit(ctx, {
    action: 'data.generated',
    orgId: plan[0]?.id ?? null,
    details: { scale: opts.scale, seed: opts.seed, asOf, orgs: orgCount, people: peopleCount, accounts, grants },
  });
  return {
    scale: opts.scale,
    seed: opts.seed,
    asOf,
    orgs: orgCount,
    people: peopleCount,
    memberships: m.rowCount ?? 0,
    accounts,
    grants,
    password,
    samples,
  };
}

/** A random password that passes both password policies (length, and three character classes for 等保). */
function generatedPassword(): string {
  return `Hy-${randomBytes(9).toString('base64url')}7a`;
}

async function loadAccounts(
  client: pg.PoolClient,
  ctx: TxCtx,
  plan: PlannedOrg[],
  secretaries: Map<number, Secretary>,
  rng: Rng,
  uniques: Uniques,
  seed: number,
) {
  const c = ctx.crypto.active;
  const password = generatedPassword();
  // One scrypt hash for every generated account. Hashing per account (~50 ms of scrypt each) would
  // take minutes for a city and an hour for a province. The price: every generated account shares
  // one salt and hash, so whoever reads the table sees they share a password and cracking one cracks
  // all. Acceptable only because these are throw-away benchmark/demo accounts: they are marked
  // is_demo (refused at sign-in in production) and the password is random per run.
  const passwordHash = await hashPassword(password);
  const rows: Cell[][] = [];
  const grantRows: Cell[][] = [];
  const samples: SampleAccount[] = [];
  const root = plan[0] as PlannedOrg;
  const add = (o: PlannedOrg, role: string, displayName: string, phone: string, personId: string | null) => {
    const id = stableUuid(seed, 'account', rows.length);
    rows.push([
      id,
      personId,
      displayName,
      c.lookupHash(phone),
      c.encrypt(phone),
      phone.slice(-4),
      passwordHash,
      false,
      true,
    ]);
    grantRows.push([id, role, o.id]);
    return phone;
  };
  const label = (o: PlannedOrg) => o.shortName ?? o.name;
  samples.push({
    role: 'party_office',
    label: `${label(root)}党建办`,
    phone: add(root, 'party_office', `${label(root)}党建办`, uniques.phone(rng), null),
  });
  // A few accounts to print at the end: the root, a county, a township and a village secretary.
  const sampleKind = (o: PlannedOrg): string | null => {
    const r = o.regionCode;
    if (o.type === 'committee' && o === root) return 'root';
    if (o.type === 'committee' && /[县区市]委$/.test(label(o)) && r.slice(6) === '000000' && r.slice(4, 6) !== '00')
      return 'county';
    if (o.type === 'committee' && /(党委|党工委)$/.test(label(o)) && r.slice(9) === '000' && r.slice(6, 9) !== '000')
      return 'township';
    if (o.type === 'branch' && (o.kind === 'village' || o.kind === 'community') && o.isLead) return o.kind;
    return null;
  };
  const sampled = new Set<string>();
  const maybeSample = (o: PlannedOrg, role: string, name: string, phone: string) => {
    const k = sampleKind(o);
    if (!k || sampled.has(k)) return;
    sampled.add(k);
    samples.push({ role, label: name, phone });
  };
  for (const o of plan) {
    if (o.type === 'committee') {
      const phone = add(o, 'org_admin', `${label(o)}组织管理员`, uniques.phone(rng), null);
      maybeSample(o, 'org_admin', label(o), phone);
    } else if (o.type === 'branch') {
      const s = secretaries.get(o.id);
      if (!s) continue;
      add(o, 'branch_secretary', s.name, s.phone, s.personId);
      maybeSample(o, 'branch_secretary', `${o.name} ${s.name}`, s.phone);
    }
  }
  await copyRows(
    client,
    'accounts',
    [
      'id',
      'person_id',
      'display_name',
      'phone_hash',
      'phone_enc',
      'phone_last4',
      'password_hash',
      'must_change_password',
      'is_demo',
    ],
    rows,
  );
  await copyRows(client, 'role_grants', ['account_id', 'role', 'org_id'], grantRows);
  return { accounts: rows.length, grants: grantRows.length, password, samples };
}
