// An answer in ONE statement, the morning quiz peak's hot path: the paper row's update, the
// question's, the answer's event (and the completion's, for the last answer) and the
// Idempotency-Key's row, as data-modifying CTEs of one autocommit statement (atomic, no
// BEGIN/COMMIT round trips). The scoring happened before, in the process, from the cached paper.
//
// The paper row's update is the gate. Its WHERE holds only for a fresh answer to an open paper in
// time: the position not yet in answered_positions, not completed, before the deadline, not a
// challenge. A concurrent answer to the same paper waits on the row and re-checks that WHERE on
// the row it waited for (READ COMMITTED), so a position is answered once and the paper completes
// once. When the gate does not open, nothing is written and the caller takes the transactional
// path (answer-question.ts), which tells a replay, a different second answer, a late answer and a
// challenge apart.
import type { TxCtx } from '../../../platform/context.ts';
import { queryNamed } from '../../../platform/db/named-query.ts';
import { EVENT_INSERT_COLUMNS, eventSelectList, eventValues } from '../../../platform/events/record.ts';
import { pokeDispatchers } from '../../../platform/events/wake.ts';
import type { PaperFacts } from '../paper-cache.ts';
import type { PaperRow } from '../queries.ts';

export type IdempotencyClaim = { accountId: string; key: string; requestHash: string };

/** What a replay's key row holds: the reply is made again from the paper (answer-question.ts). */
export const REGENERATED_REPLY = { reply: 'regenerated-from-paper' };

const millis = (column: string) => `floor(extract(epoch from ${column}) * 1000)::float8`;

// The events' org is the paper row's; their other values are parameters after the answer's own.
export const answeredEvent = eventSelectList(9, { org_id: 'p.org_id', org_path: 'p.org_path' });
export const completedEvent = eventSelectList(9 + answeredEvent.count, {
  org_id: 'p.org_id',
  org_path: 'p.org_path',
  // The figures only the statement knows replace the placeholders the payload was checked with.
  data: (d) => `${d} || jsonb_build_object('correct', p.correct, 'score', p.score,
    'passed', case when p.pass_mark is null then null else p.score >= p.pass_mark end)`,
});

// $1 paper, $2 position, $3 right (bool), $4 now, $5 given (jsonb), $6–$8 the key's account, key and
// hash (null without a key), then the answer's event and the completion's.
export const ANSWER_SQL = `with p as (
    update quiz_papers set
      correct = correct + case when $3::boolean then 1 else 0 end,
      answered_positions = answered_positions || $2::smallint,
      completed_at = case when cardinality(answered_positions) + 1 >= total then $4::timestamptz end
    where id = $1::uuid and completed_at is null and kind <> 'challenge'
      and (deadline_at is null or deadline_at >= $4::timestamptz)
      and $2::smallint < total and not ($2::smallint = any(answered_positions))
    returning id, person_id, org_id, org_path, kind, day::text as day, total, correct, pass_mark,
      special_quiz_id, attempt, answered_positions, cardinality(answered_positions) as answered,
      ${millis('started_at')} as started_ms, ${millis('deadline_at')} as deadline_ms,
      ${millis('completed_at')} as completed_ms,
      case when total = 0 then 0 else round(100.0 * correct / total)::int end as score
  ),
  q as (
    update quiz_paper_questions set given = $5::jsonb, is_correct = $3::boolean, answered_at = $4::timestamptz
    from p where quiz_paper_questions.paper_id = p.id and quiz_paper_questions.position = $2::smallint
      and quiz_paper_questions.answered_at is null
  ),
  -- One insert, the answer's event first: an Append runs its branches in order, so the completion
  -- gets the later id, as it would in the transactional path.
  events_written as (
    insert into events ${EVENT_INSERT_COLUMNS}
    select ${answeredEvent.sql} from p
    union all
    select ${completedEvent.sql} from p where p.completed_ms is not null
  ),
  idempotency as (
    insert into idempotency_keys (account_id, key, request_hash, status, response, completed_at)
    select $6::uuid, $7::text, $8::text, 200, '${JSON.stringify(REGENERATED_REPLY)}'::jsonb, $4::timestamptz
    from p where $7::text is not null
  )
  select * from p`;

type Returned = Pick<PaperRow, 'id' | 'kind' | 'day' | 'total' | 'correct' | 'attempt'> & {
  person_id: string;
  org_id: number;
  org_path: string;
  pass_mark: number | null;
  special_quiz_id: string | null;
  answered_positions: number[];
  answered: number;
  started_ms: number;
  deadline_ms: number | null;
  completed_ms: number | null;
};

const toPaperRow = (r: Returned): PaperRow => ({
  id: r.id,
  personId: r.person_id,
  orgId: r.org_id,
  orgPath: r.org_path,
  kind: r.kind,
  day: r.day,
  total: r.total,
  correct: r.correct,
  answeredPositions: r.answered_positions,
  startedAt: new Date(r.started_ms),
  deadlineAt: r.deadline_ms === null ? null : new Date(r.deadline_ms),
  completedAt: r.completed_ms === null ? null : new Date(r.completed_ms),
  specialQuizId: r.special_quiz_id,
  attempt: r.attempt,
  passMark: r.pass_mark,
});

/**
 * Writes a fresh answer in one statement; null when the gate did not open (then nothing was
 * written). A key already taken by another request fails the statement (23505), also writing
 * nothing. `answered` is how many questions of the paper are now answered.
 */
export async function answerInOneStatement(
  ctx: TxCtx,
  facts: PaperFacts,
  a: { position: number; given: string[]; isCorrect: boolean; now: Date; claim: IdempotencyClaim | null },
): Promise<{ paper: PaperRow; answered: number } | null> {
  const q = facts.questions[a.position];
  if (!q) return null;
  const about = { personId: facts.personId, subjectType: 'quiz_paper', subjectId: facts.id } as const;
  const answered = eventValues(ctx, {
    ...about,
    type: 'quiz.question.answered',
    data: { paperId: facts.id, questionId: q.questionId, kind: facts.kind, isCorrect: a.isCorrect },
  });
  // The figures only the statement knows (correct, score, passed) replace these in SQL.
  const completed = eventValues(ctx, {
    ...about,
    type: 'quiz.paper.completed',
    data: {
      paperId: facts.id,
      kind: facts.kind,
      day: facts.day,
      correct: 0,
      total: facts.total,
      score: 0,
      passed: null,
    },
  });
  const rows = await queryNamed<Returned>(ctx.db, ANSWER_SQL, [
    facts.id,
    a.position,
    a.isCorrect,
    a.now.toISOString(),
    JSON.stringify(a.given),
    a.claim?.accountId ?? null,
    a.claim?.key ?? null,
    a.claim?.requestHash ?? null,
    ...answeredEvent.params(answered),
    ...completedEvent.params(completed),
  ]);
  const r = rows[0];
  if (!r) return null;
  pokeDispatchers();
  return { paper: toPaperRow(r), answered: r.answered };
}
