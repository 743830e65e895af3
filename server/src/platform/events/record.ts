import { EventCatalogue, type EventPayload, type EventType, isEventType } from '@hongyun/contracts';
import { and, desc, eq, gte, lt, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { ActorOf as Actor, TxCtx } from '../context.ts';
import type { DbOrTx } from '../db/client.ts';
import { type Cell, copyRows } from '../db/copy.ts';
import { queryNamed } from '../db/named-query.ts';
import { inScope } from '../db/path-scope.ts';
import { events } from './table.ts';
import { pokeDispatchers } from './wake.ts';

// An event type whose payload is empty needs no `data`; any other requires it, typed by the type.
// (An empty strict object's input type is Record<string, never>, whose keys are all strings.)
type DataOf<T extends EventType> = string extends keyof EventPayload<T>
  ? { data?: EventPayload<T> }
  : { data: EventPayload<T> };

export type EventInput<T extends EventType = EventType> = {
  /** A type from the closed catalogue in contracts/src/events.ts, e.g. 'people.person.transferred'. */
  type: T;
  orgId?: number | null;
  orgPath?: string | null;
  /** The person whose behaviour this is; defaults to the actor (or the person they act for). */
  personId?: string | null;
  subjectType?: string;
  subjectId?: string | number;
} & DataOf<T>;

/** Thrown for a payload that does not match its type's schema: a programming error, never user input. */
export class EventPayloadError extends Error {
  constructor(type: string, issues: string) {
    super(`event ${type}: payload refused (${issues})`);
    this.name = 'EventPayloadError';
  }
}

/** The events row for `input`, its payload checked against the catalogue (throws EventPayloadError). */
function eventRow<T extends EventType>(ctx: TxCtx, input: EventInput<T>): typeof events.$inferInsert {
  // Checked at run time too: payloads built from variables (facts, diffs) escape literal type checks.
  if (!isEventType(input.type)) throw new EventPayloadError(input.type, 'unknown type');
  const parsed = EventCatalogue[input.type].payload.safeParse(input.data ?? {});
  if (!parsed.success) {
    throw new EventPayloadError(
      input.type,
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  }
  const actor: Actor | null = ctx.actor;
  const personId =
    input.personId !== undefined ? input.personId : (actor?.actingFor?.personId ?? actor?.personId ?? null);
  return {
    type: input.type,
    occurredAt: new Date(),
    actorAccountId: actor?.accountId ?? null,
    personId,
    actingForPersonId: actor?.actingFor?.personId ?? null,
    delegationId: actor?.actingFor?.delegationId ?? null,
    orgId: input.orgId ?? null,
    orgPath: input.orgPath ?? null,
    subjectType: input.subjectType ?? null,
    subjectId: input.subjectId === undefined ? null : String(input.subjectId),
    data: { ...(parsed.data as Record<string, unknown>), ...(ctx.requestId ? { requestId: ctx.requestId } : {}) },
  } as typeof events.$inferInsert;
}

/**
 * Appends a behaviour event. Call it with the same transaction as the change it records, so the
 * record and the change commit or fail together. When the actor acts for someone through a
 * delegation, the event names both the delegate's account and the delegation.
 */
export async function recordEvent<T extends EventType>(ctx: TxCtx, input: EventInput<T>): Promise<void> {
  await ctx.db.insert(events).values(eventRow(ctx, input));
  // A hint only: the dispatcher reads what has committed by then and polls for the rest.
  pokeDispatchers();
}

/** Appends several events in one INSERT per thousand, each checked as recordEvent checks it (an evaluation's alerts). */
export async function recordEvents(ctx: TxCtx, inputs: readonly EventInput[]): Promise<void> {
  for (let i = 0; i < inputs.length; i += 1000) {
    await ctx.db.insert(events).values(inputs.slice(i, i + 1000).map((input) => eventRow(ctx, input)));
  }
  if (inputs.length > 0) pokeDispatchers();
}

const EVENT_COPY_COLUMNS = [
  'type',
  'occurred_at',
  'actor_account_id',
  'person_id',
  'acting_for_person_id',
  'delegation_id',
  'org_id',
  'org_path',
  'subject_type',
  'subject_id',
  'data',
] as const;

/**
 * Appends many events through COPY on the caller's raw client, inside its transaction (see
 * withClientTransaction): for bulk writers such as the organisation import, where one INSERT per
 * event would be most of the time. Each payload is checked as recordEvent checks it.
 */
export async function copyEvents(client: pg.PoolClient, ctx: TxCtx, inputs: Iterable<EventInput>): Promise<number> {
  function* rows(): Generator<Cell[]> {
    for (const input of inputs) {
      const e = eventRow(ctx, input);
      yield [
        e.type,
        (e.occurredAt as Date).toISOString(),
        e.actorAccountId ?? null,
        e.personId ?? null,
        e.actingForPersonId ?? null,
        e.delegationId ?? null,
        e.orgId ?? null,
        e.orgPath ?? null,
        e.subjectType ?? null,
        e.subjectId ?? null,
        JSON.stringify(e.data),
      ];
    }
  }
  const n = await copyRows(client, 'events', EVENT_COPY_COLUMNS, rows());
  pokeDispatchers();
  return n;
}

/** The events table's columns, in the order of eventValues(). */
export const EVENT_INSERT_COLUMNS =
  '(type, occurred_at, actor_account_id, person_id, acting_for_person_id, delegation_id, org_id, org_path, subject_type, subject_id, data)';

/**
 * One event's values for EVENT_INSERT_COLUMNS, its payload checked as recordEvent checks it: for a
 * statement that writes its events itself (an INSERT … SELECT from the rows it changed).
 */
export function eventValues<T extends EventType>(ctx: TxCtx, input: EventInput<T>): unknown[] {
  const e = eventRow(ctx, input);
  return [
    e.type,
    (e.occurredAt as Date).toISOString(),
    e.actorAccountId,
    e.personId,
    e.actingForPersonId,
    e.delegationId,
    e.orgId,
    e.orgPath,
    e.subjectType,
    e.subjectId,
    JSON.stringify(e.data),
  ];
}

const EVENT_CASTS = ['text', 'timestamptz', 'uuid', 'uuid', 'uuid', 'uuid', 'int', 'text', 'text', 'text', 'jsonb'];
const EVENT_COLUMN_INDEX = { org_id: 6, org_path: 7, data: 10 } as const;

/**
 * The select list of an event for EVENT_INSERT_COLUMNS, its values as parameters from `$first`,
 * each cast. `columns` writes some in SQL over the statement's own rows: a string replaces the
 * value (`{ org_path: 'p.org_path' }`: the row's current org), and its parameter is not sent (an
 * unused parameter has no type); a function wraps the parameter (`(d) => `${d} || …``).
 * `params` picks the values to send from eventValues(); `count` is how many.
 */
export function eventSelectList(
  first: number,
  columns: Partial<Record<keyof typeof EVENT_COLUMN_INDEX, string | ((param: string) => string)>> = {},
) {
  const how = new Map<number, string | ((param: string) => string)>();
  for (const [name, at] of Object.entries(EVENT_COLUMN_INDEX)) {
    const given = columns[name as keyof typeof EVENT_COLUMN_INDEX];
    if (given) how.set(at, given);
  }
  let n = first;
  const list = EVENT_CASTS.map((cast, i) => {
    const h = how.get(i);
    if (typeof h === 'string') return h;
    const param = `$${n++}::${cast}`;
    return h ? h(param) : param;
  }).join(', ');
  return {
    sql: list,
    count: n - first,
    params: (values: unknown[]) => values.filter((_, i) => typeof how.get(i) !== 'string'),
  };
}

const dialect = new PgDialect();

/**
 * A change written out once as text with `$1…$n` placeholders, and its values: the statement is
 * then built once per process, with no query building per call (a hot route's write).
 */
export type ChangeText = { text: string; params: unknown[] };

/**
 * Runs one data-changing statement and appends its event in ONE statement: `WITH change AS
 * (<change>) INSERT INTO events …`. A single statement is atomic on its own (PostgreSQL runs a
 * data-modifying WITH exactly once, in the same snapshot and transaction as the insert), so the
 * change and its event commit or fail together without the BEGIN/COMMIT round trips of a
 * transaction; inside one (ctx.db a transaction) it is simply part of it. The event is written
 * whether or not the change matched a row, as with recordEvent after the change.
 *
 * The insert is written out by hand (the events table's columns do not change shape): building it
 * through drizzle's query builder was most of the server's time on a one-field write. Times go as
 * ISO strings (pg's own Date formatting is slower).
 */
export async function changeWithEvent<T extends EventType>(
  ctx: TxCtx,
  change: SQLWrapper | ChangeText,
  input: EventInput<T>,
): Promise<void> {
  const values = eventValues(ctx, input);
  const query =
    'text' in change
      ? { sql: withEventInsert(change.text, change.params.length), params: [...change.params, ...values] }
      : dialect.sqlToQuery(sql`with change as (${change.getSQL()})
    insert into events (type, occurred_at, actor_account_id, person_id, acting_for_person_id, delegation_id,
                        org_id, org_path, subject_type, subject_id, data)
    values (${values[0]}, ${values[1]}::timestamptz, ${values[2]}::uuid, ${values[3]}::uuid,
            ${values[4]}::uuid, ${values[5]}::uuid, ${values[6]}::int, ${values[7]}::text,
            ${values[8]}::text, ${values[9]}::text, ${values[10]}::jsonb)`);
  await queryNamed(ctx.db, query.sql, query.params);
  pokeDispatchers();
}

/** The whole statement for a change text with `n` placeholders of its own (built once per text). */
const eventInserts = new Map<string, string>();
function withEventInsert(changeText: string, n: number): string {
  let text = eventInserts.get(changeText);
  if (!text) {
    text = `with change as (${changeText}) insert into events ${EVENT_INSERT_COLUMNS} values (${eventSelectList(n + 1).sql})`;
    eventInserts.set(changeText, text);
  }
  return text;
}

export type EventQuery = {
  /** Scope roots from scopeToOrgs(), or 'all' for a person's own record. */
  roots: string[] | 'all';
  orgPath?: string;
  personId?: string;
  type?: string;
  from?: Date;
  to?: Date;
  limit: number;
  before?: { occurredAt: Date; id: number };
};

/** Scoped, newest-first, keyset-paginated read of events. `roots` come from scopeToOrgs(). */
export async function queryEvents(db: DbOrTx, q: EventQuery) {
  const where: (SQL | undefined)[] = [q.roots === 'all' ? undefined : inScope(events.orgPath, q.roots)];
  if (q.orgPath) where.push(inScope(events.orgPath, [q.orgPath]));
  if (q.personId) where.push(eq(events.personId, q.personId));
  if (q.type) where.push(eq(events.type, q.type));
  if (q.from) where.push(gte(events.occurredAt, q.from));
  if (q.to) where.push(lt(events.occurredAt, q.to));
  if (q.before) where.push(sql`(${events.occurredAt}, ${events.id}) < (${q.before.occurredAt}, ${q.before.id})`);
  return db
    .select()
    .from(events)
    .where(and(...where))
    .orderBy(desc(events.occurredAt), desc(events.id))
    .limit(q.limit);
}
