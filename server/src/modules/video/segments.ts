// The arithmetic of watching: played stretches of media as disjoint, sorted [from, to] pairs. A new
// report adds only what is not yet covered (re-watching counts once, a skipped part never counts),
// and no more than the wall clock allows since the previous report (a player cannot claim an hour
// of viewing in a minute).

export type Segment = [number, number];

/** Seconds a first report may claim (the player reports every 15 s, on pause and at the end). */
export const FIRST_REPORT_MAX_SECONDS = 20;
/**
 * Slack for network jitter between two reports, as a share of the time between them (a fixed
 * number of seconds per report would let a flood of tiny reports add up).
 */
export const WALL_CLOCK_SLACK = 0.1;

export const totalOf = (segments: readonly Segment[]) => segments.reduce((n, [a, b]) => n + (b - a), 0);

/** The parts of [from, to] no segment covers yet, in order. */
export function uncovered(segments: readonly Segment[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let cursor = from;
  for (const [a, b] of segments) {
    if (b <= cursor) continue;
    if (a >= to) break;
    if (a > cursor) out.push([cursor, Math.min(a, to)]);
    cursor = Math.max(cursor, b);
    if (cursor >= to) break;
  }
  if (cursor < to) out.push([cursor, to]);
  return out;
}

/** Segments with `added` merged in (touching or overlapping pairs join). */
export function merge(segments: readonly Segment[], added: readonly Segment[]): Segment[] {
  const all = [...segments, ...added].filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: Segment[] = [];
  for (const [a, b] of all) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/**
 * Adds one report to the segments: the new seconds, clipped to the video's length and capped at
 * `allowedSeconds` (taken from the start of the report's uncovered parts).
 */
export function addReport(
  segments: readonly Segment[],
  report: { from: number; to: number },
  durationSeconds: number,
  allowedSeconds: number,
): { segments: Segment[]; newSeconds: number } {
  const from = Math.min(Math.max(0, report.from), durationSeconds);
  const to = Math.min(Math.max(from, report.to), durationSeconds);
  let budget = Math.max(0, allowedSeconds);
  const taken: Segment[] = [];
  for (const [a, b] of uncovered(segments, from, to)) {
    if (budget <= 0) break;
    const end = Math.min(b, a + budget);
    taken.push([a, end]);
    budget -= end - a;
  }
  return { segments: merge(segments, taken), newSeconds: totalOf(taken) };
}

/** What the wall clock allows a report to add, given when the previous one came. */
export function allowedByClock(lastReportAt: Date | null, now: Date): number {
  if (!lastReportAt) return FIRST_REPORT_MAX_SECONDS;
  return Math.max(0, (now.getTime() - lastReportAt.getTime()) / 1000) * (1 + WALL_CLOCK_SLACK);
}
