import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';

// int8 and numeric come back as strings by default; counts and ids here fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
// Dates (no time) stay 'YYYY-MM-DD' strings: no time zone can shift a birth date.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export type Db = NodePgDatabase<Record<string, never>>;
/** A database handle or an open transaction: commands accept either. */
export type DbOrTx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

export type Database = { db: Db; pool: pg.Pool; close: () => Promise<void> };

export function connect(url: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'hongyun' });
  pool.on('error', () => {}); // idle client errors surface on the next query
  const db = drizzle({ client: pool }) as Db;
  return { db, pool, close: () => pool.end() };
}
