import { randomInt } from 'node:crypto';
import type { Role } from '@hongyun/contracts';
import { eq, sql } from 'drizzle-orm';
import { hashPassword } from '../core/auth/password-hash.ts';
import { accounts, roleGrants } from '../core/auth/schema.ts';
import { createSession, SESSION_COOKIE } from '../core/auth/sessions.ts';
import { type OrgType, orgs } from '../core/org/schema.ts';
import { memberships, people } from '../core/people/schema.ts';
import type { Services } from '../platform/context.ts';

// Test factories: build what a test needs, creating missing parents, straight into the database.
// Each test builds its own organisations so tests never collide.

type S = Pick<Services, 'db' | 'crypto' | 'config'>;
export type OrgRow = typeof orgs.$inferSelect;
export type PersonRow = typeof people.$inferSelect;

let counter = 0;
const next = () => ++counter;

let idCounter = 0;
/** A distinct birth date per call (2,100 before repeating), so generated ID numbers never collide. */
function nextBirthDate(): string {
  const n = ++idCounter;
  return `${1950 + (n % 50)}${String(1 + (n % 12)).padStart(2, '0')}${String(1 + (n % 28)).padStart(2, '0')}`;
}

/** A valid GB 11643 ID number for the given region and birth date (YYYYMMDD). */
export function makeIdNumber(region = '520102', birth = nextBirthDate(), seq = randomInt(100, 999)): string {
  const body = `${region}${birth}${String(seq).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (weights[i] ?? 0), 0);
  return body + '10X98765432'[sum % 11];
}

export const makePhone = () => `139${String(randomInt(0, 1e8)).padStart(8, '0')}`;

export async function createOrg(
  s: S,
  input: { parent?: OrgRow; name?: string; type?: OrgType; regionCode?: string | null } = {},
): Promise<OrgRow> {
  const n = next();
  return s.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(orgs)
      .values({
        parentId: input.parent?.id ?? null,
        path: 'pending',
        depth: (input.parent?.depth ?? -1) + 1,
        name: input.name ?? `测试党组织${n}`,
        type: input.type ?? (input.parent ? 'branch' : 'committee'),
        regionCode: input.regionCode ?? null,
      })
      .returning();
    if (!row) throw new Error('org insert failed');
    const path = `${input.parent?.path ?? '/'}${row.id}/`;
    const [done] = await tx.update(orgs).set({ path }).where(eq(orgs.id, row.id)).returning();
    return done as OrgRow;
  });
}

export async function createPerson(
  s: S,
  input: Partial<Omit<PersonRow, 'idNumberEnc' | 'phoneEnc'>> & {
    org?: OrgRow;
    idNumber?: string;
    phone?: string;
  } = {},
): Promise<PersonRow & { idNumberPlain: string; phonePlain: string }> {
  const org = input.org ?? (await createOrg(s));
  const idNumber = input.idNumber ?? makeIdNumber();
  const phone = input.phone ?? makePhone();
  const { org: _o, idNumber: _i, phone: _p, ...rest } = input;
  const c = s.crypto.active;
  const [row] = await s.db
    .insert(people)
    .values({
      name: `测试党员${next()}`,
      gender: 'M',
      partyStatus: 'full',
      joinDate: '2010-07-01',
      birthDate: '1980-01-01',
      ...rest,
      idNumberEnc: c.encrypt(idNumber),
      idNumberHash: c.lookupHash(idNumber),
      idNumberLast4: idNumber.slice(-4),
      phoneEnc: c.encrypt(phone),
      phoneHash: c.lookupHash(phone),
      phoneLast4: phone.slice(-4),
      orgId: org.id,
      orgPath: org.path,
    })
    .returning();
  if (!row) throw new Error('person insert failed');
  await s.db
    .insert(memberships)
    .values({ personId: row.id, orgId: org.id, fromDate: row.joinDate ?? '2010-07-01', openedBy: 'register' });
  return { ...row, idNumberPlain: idNumber, phonePlain: phone };
}

export type TestAccount = {
  id: string;
  phone: string;
  password: string;
  token: string;
  personId: string | null;
  /** Headers that sign a fastify inject() request in as this account. */
  headers: Record<string, string>;
  cookie: Record<string, string>;
};

export async function createAccount(
  s: S,
  input: {
    grants?: { role: Role; org: OrgRow }[];
    person?: PersonRow | null;
    password?: string;
    mustChangePassword?: boolean;
    withSession?: boolean;
  } = {},
): Promise<TestAccount> {
  const phone = makePhone();
  const password = input.password ?? 'Hongyun#2026pass';
  const c = s.crypto.active;
  const [acc] = await s.db
    .insert(accounts)
    .values({
      personId: input.person?.id ?? null,
      displayName: input.person?.name ?? `测试账号${next()}`,
      phoneHash: c.lookupHash(phone),
      phoneEnc: c.encrypt(phone),
      phoneLast4: phone.slice(-4),
      passwordHash: await hashPassword(password),
      mustChangePassword: input.mustChangePassword ?? false,
    })
    .returning();
  if (!acc) throw new Error('account insert failed');
  for (const g of input.grants ?? []) {
    await s.db.insert(roleGrants).values({ accountId: acc.id, role: g.role, orgId: g.org.id });
  }
  let token = '';
  if (input.withSession !== false) {
    token = (await createSession(s.db, s.config, { accountId: acc.id, kind: 'bearer', stage: 'active' })).token;
  }
  return {
    id: acc.id,
    phone,
    password,
    token,
    personId: acc.personId,
    headers: { authorization: `Bearer ${token}` },
    cookie: { [SESSION_COOKIE]: token },
  };
}

/** Runs raw SQL as the superuser, e.g. to tamper with the audit log the way an attacker would. */
export async function superSql(s: Pick<Services, 'db'>, query: string) {
  return s.db.execute(sql.raw(query));
}

/** A multipart/form-data body with one file field, for inject()ing uploads. */
export function multipartFile(
  content: Buffer,
  filename = 'upload.xlsx',
  contentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  field = 'file',
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----hongyun${randomInt(1e9)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
