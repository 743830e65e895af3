import type { PgSession } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client.ts';

// Runs a statement written out once as text with `$1…$n` placeholders under a name of its own, so
// PostgreSQL parses and plans it once per connection (drizzle's execute() of raw SQL sends it
// unnamed: parsed and planned every time). For hot routes whose one statement is fixed text; the
// values are always parameters, so there is one text per call site and the names stay few.
//
// Rows come back as the driver gives them: timestamps as text (drizzle's session turns off pg's
// Date parsing), numbers, arrays and json parsed.

const statementNames = new Map<string, string>();
type WithSession = { _: { session: PgSession } };

export async function queryNamed<R>(db: DbOrTx, text: string, params: unknown[]): Promise<R[]> {
  let name = statementNames.get(text);
  if (!name) {
    name = `hy_named_${statementNames.size + 1}`;
    statementNames.set(text, name);
  }
  const session = (db as unknown as WithSession)._.session;
  const result = (await session.prepareQuery({ sql: text, params }, undefined, name, false).execute()) as {
    rows: R[];
  };
  return result.rows;
}
