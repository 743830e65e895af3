import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from './client.ts';

// COPY … FROM STDIN in PostgreSQL's text format: tab-separated, \N for NULL, and backslash,
// tab, newline and carriage return escaped. Rows are produced by a generator and sent in chunks
// of about 256 kB, pausing when the socket is full, so no table is ever held in memory whole.

export type Cell = string | number | boolean | null | undefined;

const SPECIAL = /[\\\t\n\r]/g;
const HAS_SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function cell(v: Cell): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number') return String(v);
  return HAS_SPECIAL.test(v) ? v.replace(SPECIAL, (c) => ESCAPES[c] as string) : v;
}

export const copyLine = (cells: readonly Cell[]) => `${cells.map(cell).join('\t')}\n`;

const CHUNK = 256 * 1024;

async function* chunked(rows: Iterable<readonly Cell[]> | AsyncIterable<readonly Cell[]>): AsyncGenerator<string> {
  let buf = '';
  for await (const r of rows) {
    buf += copyLine(r);
    if (buf.length >= CHUNK) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

/** Streams rows into `table (columns)` on this client (inside the caller's transaction); returns the row count. */
export async function copyRows(
  client: pg.PoolClient,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly Cell[]> | AsyncIterable<readonly Cell[]>,
): Promise<number> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(chunked(rows)), stream);
  return stream.rowCount;
}

/**
 * Runs fn in a transaction on one dedicated pool client, giving it both a Drizzle handle and the raw
 * client (COPY needs the raw client; Drizzle's own transaction does not expose it). Commits when fn
 * returns, rolls back when it throws.
 */
export async function withClientTransaction<T>(
  pool: pg.Pool,
  fn: (db: Db, client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await fn(drizzle({ client }) as unknown as Db, client);
    await client.query('commit');
    return result;
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}
