import type pg from 'pg';

// The two database roles (README, "Database roles"). The owner holds the tables and runs the
// migrations; the application role reads and writes rows and nothing more: no DDL, no superuser, and
// on the audit log only INSERT and SELECT, so neither a bug nor an injected statement in the API can
// rewrite history, switch the audit triggers off (session_replication_role) or run programs on the
// server (COPY ... FROM PROGRAM). The little DDL the running system needs is done by functions the
// owner defines as SECURITY DEFINER: next months' event partitions, and pg-boss's queue partitions.

type Queryable = Pick<pg.Client, 'query'>;

/** A SQL string literal (for statements that take no parameters, such as ALTER ROLE … PASSWORD). */
export const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;
const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Creates the application role if missing and makes sure it can log in with `password` and do no more. */
export async function ensureAppRole(client: Queryable, role: string, password: string): Promise<void> {
  const found = await client.query('select 1 from pg_roles where rolname = $1', [role]);
  const attrs = 'login nosuperuser nocreatedb nocreaterole noreplication nobypassrls noinherit';
  if (found.rowCount === 0) await client.query(`create role ${ident(role)} ${attrs} password ${literal(password)}`);
  else await client.query(`alter role ${ident(role)} ${attrs} password ${literal(password)}`);
}

/**
 * Grants `role` what the application needs on everything the migrations made; run by the owner after
 * every migration, so tables added later are covered too. Idempotent.
 */
export async function grantAppRights(client: Queryable, role: string): Promise<void> {
  const r = ident(role);
  const hasMaintain = Number((await client.query('show server_version_num')).rows[0].server_version_num) >= 170000;
  const statements = [
    `grant usage on schema public to ${r}`,
    `grant select, insert, update, delete on all tables in schema public to ${r}`,
    `grant usage, select, update on all sequences in schema public to ${r}`,
    `alter default privileges in schema public grant select, insert, update, delete on tables to ${r}`,
    `alter default privileges in schema public grant usage, select, update on sequences to ${r}`,
    // The audit log is append-only for the application; the trigger stays as a second guard.
    `revoke update, delete, truncate, references, trigger on audit_log from ${r}`,
    // The generator's VACUUM ANALYZE and the tests' ANALYZE (PostgreSQL 17+: MAINTAIN, not ownership).
    ...(hasMaintain ? [`grant maintain on all tables in schema public to ${r}`] : []),
    `alter function ensure_event_partitions(timestamptz, integer) security definer set search_path = public, pg_catalog`,
    // Which migrations ran: read when a process starts without the owner's URL.
    `grant usage on schema drizzle to ${r}`,
    `grant select on all tables in schema drizzle to ${r}`,
    // pg-boss keeps its jobs in its own schema; creating a queue adds a partition, as the owner.
    `grant usage on schema pgboss to ${r}`,
    `grant select, insert, update, delete on all tables in schema pgboss to ${r}`,
    `grant usage, select, update on all sequences in schema pgboss to ${r}`,
    `alter default privileges in schema pgboss grant select, insert, update, delete on tables to ${r}`,
    `alter function pgboss.create_queue(text, json) security definer set search_path = pgboss, pg_catalog`,
    `alter function pgboss.delete_queue(text) security definer set search_path = pgboss, pg_catalog`,
  ];
  for (const s of statements) await client.query(s);
  // Before PostgreSQL 15 everyone could create tables in `public`; the owner of the schema takes that back.
  await client.query(`do $$ begin
    revoke create on schema public from public;
  exception when insufficient_privilege then null; end $$`);
}

export type RoleCheck = { role: string; isSuperuser: boolean; ownsTables: boolean };

/** Whether the connection's role is a superuser or owns (or may act as the owner of) our tables. */
export async function checkConnectionRole(pool: Pick<pg.Pool, 'query'>): Promise<RoleCheck> {
  const { rows } = await pool.query<{ role: string; super: boolean; owns: boolean }>(`
    select current_user as role,
      (select rolsuper from pg_roles where rolname = current_user) as super,
      exists (
        select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and pg_has_role(current_user, c.relowner, 'USAGE')
      ) as owns`);
  const row = rows[0] ?? { role: '?', super: false, owns: false };
  return { role: row.role, isSuperuser: row.super, ownsTables: row.owns };
}

/** The warning `npm start` prints in production when the application connects with too many rights. */
export function roleWarning(check: RoleCheck): string | null {
  if (!check.isSuperuser && !check.ownsTables) return null;
  const what = check.isSuperuser ? 'a superuser' : 'the owner of the tables';
  return (
    `WARNING: DATABASE_URL connects as ${what} (role "${check.role}"). Connect the application as a role ` +
    'with only row rights and put the owner in DATABASE_OWNER_URL (README, "Database roles") / ' +
    `警告：应用以${check.isSuperuser ? '超级用户' : '表的属主'}连接数据库，请改用仅有行权限的角色，属主角色放在 DATABASE_OWNER_URL`
  );
}
