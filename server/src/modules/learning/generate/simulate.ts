import { createHash } from 'node:crypto';
import { DefaultPointRules } from '@hongyun/contracts';

// The learning a member does day by day, simulated without the database (pure, deterministic by
// seed and person id, so the order people are read in changes nothing). Used by the city
// generator (`generate --days N`) and the demo seed. What a day holds follows the rows the
// learning subscriber writes: reading, watching, the daily quiz, and the points they earn.

/** Leading cadres (领导干部): county/division rank (县处级) or above. */
export const LEADING_RANKS: readonly string[] = ['provincial', 'department', 'county'];

/**
 * How many leading cadres go five working days without the daily quiz: the number the supervision
 * article reports for a city (57). Smaller data keeps at most a quarter of its leading cadres.
 */
export const CITY_LAGGARDS = 57;
export const laggardCount = (leaders: number) => Math.min(CITY_LAGGARDS, Math.floor(leaders / 4));

/**
 * The point schedule the generator awards: the built-in default rules (contracts' DefaultPointRules,
 * which the subscriber applies too), by action. Reading and watching minutes count whole minutes.
 */
const rule = (action: string) => {
  const r = DefaultPointRules.find((x) => x.action === action);
  if (!r || r.dailyCap === null) throw new Error(`no capped default rule for ${action}`);
  return { points: r.points, cap: r.dailyCap };
};
export const GENERATED_POINTS = {
  'article.read': rule('article.read'),
  'reading.minutes': { ...rule('reading.minutes'), per: 60 },
  'video.watched': rule('video.watched'),
  'watching.minutes': { ...rule('watching.minutes'), per: 60 },
  'quiz.daily.correct': rule('quiz.daily.correct'),
} as const;
export type GeneratedAction = keyof typeof GENERATED_POINTS;

export type SimPerson = {
  id: string;
  orgId: number;
  orgPath: string;
  isLeader: boolean;
  /** A relative learns for them (an elderly member with a delegation): everything counts as delegated. */
  isDelegated: boolean;
  /** A fixed chance of learning on a day instead of a drawn habit (the demo's sign-in members). */
  habit?: number;
};
export type SimDay = { day: string; isWorkday: boolean };
export type Award = { action: GeneratedAction; points: number /** timestamptz text, China time */; at: string };
export type PersonDay = {
  personId: string;
  day: string;
  orgId: number;
  orgPath: string;
  readSeconds: number;
  watchSeconds: number;
  articlesRead: number;
  videosWatched: number;
  answers: number;
  correct: number;
  dailyCompleted: boolean;
  points: number;
  delegatedSeconds: number;
  delegatedAnswers: number;
  /** One per action that day: the day's awards of that action summed (see write.ts). */
  awards: Award[];
};

export const QUESTIONS_PER_PAPER = 5;

/** A mulberry32 stream seeded from a string (md5 of it), so each person has their own. */
export function rngFor(key: string): () => number {
  let a = createHash('md5').update(key).digest().readUInt32LE(0);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const between = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

/** Leading cadres who stop taking the quiz: the first `count` in a seeded order of their ids. */
export function pickLaggards(leaders: readonly string[], count: number, seed: number, what = 'laggard'): Set<string> {
  const key = (id: string) => createHash('md5').update(`${seed}:${what}:${id}`).digest('hex');
  const order = leaders.map((id) => [key(id), id] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return new Set(order.slice(0, count).map(([, id]) => id));
}

/**
 * A member's habit: the chance of any learning on a day. About 20 % learn nearly daily, 30 %
 * regularly, 25 % now and then and 25 % hardly ever: ~0.36 × members active a day (a city of
 * 170,000 has ~60,000 daily active). Leading cadres are expected to study daily.
 */
function habit(r: () => number, p: SimPerson): number {
  const x = r();
  if (p.habit !== undefined) return p.habit;
  if (p.isLeader) return 0.93;
  return x < 0.2 ? 0.95 : x < 0.5 ? 0.45 : x < 0.75 ? 0.12 : 0.01;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The morning peak of daily quizzes: its share of the day's quizzes, centre and spread (hours). */
export const QUIZ_MORNING_PEAK = { share: 0.55, meanHours: 7.75, sdHours: 0.45 } as const;

/**
 * A China time of day for an activity, as a timestamptz literal in China time (COPY reads it as
 * is; formatted by hand because a Date per award is most of the simulation's time): the morning
 * peak (7:00–9:00, around 7:45, before work and with the daily quiz), the evening peak
 * (19:30–22:00), a noon bump and a thin background through the waking day.
 */
export function timeOfDay(r: () => number, day: string, kind: 'quiz' | 'study'): string {
  const x = r();
  const normal = (mean: number, sd: number) => mean + sd * ((r() + r() + r() + r() - 2) / 0.8165);
  let hours: number;
  const morning = kind === 'quiz' ? QUIZ_MORNING_PEAK.share : 0.35;
  if (x < morning) hours = normal(QUIZ_MORNING_PEAK.meanHours, QUIZ_MORNING_PEAK.sdHours);
  else if (x < morning + 0.35) hours = normal(20.6, 0.7);
  else if (x < morning + 0.45) hours = normal(12.6, 0.4);
  else hours = 6.5 + r() * 16;
  const s = Math.floor(Math.min(23.9, Math.max(6, hours)) * 3600);
  return `${day} ${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}+08`;
}

/**
 * How a leading cadre's habit bends over some working days (1: as usual, lower: weaker). A
 * laggard's drift falls from 1 to `BEND_LOW` over the working days before their gap: the quiz
 * skipped more often, reading shorter, as a habit fades in life. A wobbler's dip falls as far and
 * recovers, with a quiz forced after four working days without one, so it never reaches five.
 */
export type HabitBend = ReadonlyMap<string, number>;
export const BEND_LOW = 0.2;

/**
 * Every day of `days` with learning, for one person. A laggard (a leading cadre picked to lag)
 * takes no quiz from `lagFrom` on, after a drift (`bend`); a wobbler's `bend` dips and recovers;
 * any other leading cadre never lets three working days pass without a quiz (four in a bend), so
 * only laggards reach five. People without a bend draw exactly what they drew before bends existed.
 */
export function* simulatePerson(
  p: SimPerson,
  days: readonly SimDay[],
  seed: number,
  opts: { lagFrom?: string; bend?: HabitBend } = {},
): Generator<PersonDay> {
  const r = rngFor(`${seed}:learning:${p.id}`);
  const chance = habit(r, p);
  const accuracy = 0.6 + r() * 0.35;
  const quizLover = p.isLeader ? 0.9 : 0.5 + r() * 0.4;
  let workdaysWithoutQuiz = 0;
  for (const d of days) {
    const dayFactor = d.isWorkday ? 1.03 : 0.92;
    const lagging = opts.lagFrom !== undefined && d.day >= opts.lagFrom;
    const strength = opts.bend?.get(d.day) ?? 1;
    const patience = strength < 1 ? 4 : 3;
    const mustQuiz = p.isLeader && !lagging && d.isWorkday && workdaysWithoutQuiz >= patience;
    // A weaker habit also means fewer days with any learning (half the fall), never more.
    const active = mustQuiz || r() < chance * dayFactor * (0.5 + 0.5 * strength);
    if (!active) {
      if (d.isWorkday) workdaysWithoutQuiz++;
      continue;
    }
    const pd: PersonDay = {
      personId: p.id,
      day: d.day,
      orgId: p.orgId,
      orgPath: p.orgPath,
      readSeconds: 0,
      watchSeconds: 0,
      articlesRead: 0,
      videosWatched: 0,
      answers: 0,
      correct: 0,
      dailyCompleted: false,
      points: 0,
      delegatedSeconds: 0,
      delegatedAnswers: 0,
      awards: [],
    };
    const award = (action: GeneratedAction, units: number, kind: 'quiz' | 'study') => {
      const rule = GENERATED_POINTS[action];
      const points = Math.min(rule.cap, units * rule.points);
      if (points <= 0) return;
      pd.awards.push({ action, points, at: timeOfDay(r, d.day, kind) });
      pd.points += points;
    };
    const doesQuiz = !lagging && (mustQuiz || r() < quizLover * strength);
    if (doesQuiz) {
      // Most finish the paper; a few stop after some questions (never a leading cadre catching up).
      pd.answers = mustQuiz || r() < 0.94 ? QUESTIONS_PER_PAPER : between(r, 1, QUESTIONS_PER_PAPER - 1);
      for (let i = 0; i < pd.answers; i++) if (r() < accuracy) pd.correct++;
      pd.dailyCompleted = pd.answers === QUESTIONS_PER_PAPER;
      award('quiz.daily.correct', pd.correct, 'quiz');
    }
    if (r() < 0.75 || !doesQuiz) {
      pd.articlesRead = between(r, 1, 6);
      for (let i = 0; i < pd.articlesRead; i++) pd.readSeconds += Math.round(between(r, 60, 420) * strength);
      award('article.read', pd.articlesRead, 'study');
      award('reading.minutes', Math.floor(pd.readSeconds / GENERATED_POINTS['reading.minutes'].per), 'study');
    }
    if (r() < 0.45) {
      pd.videosWatched = between(r, 1, 3);
      for (let i = 0; i < pd.videosWatched; i++) pd.watchSeconds += Math.round(between(r, 120, 900) * strength);
      award('video.watched', pd.videosWatched, 'study');
      award('watching.minutes', Math.floor(pd.watchSeconds / GENERATED_POINTS['watching.minutes'].per), 'study');
    }
    if (p.isDelegated) {
      pd.delegatedSeconds = pd.readSeconds + pd.watchSeconds;
      pd.delegatedAnswers = pd.answers;
    }
    if (d.isWorkday) workdaysWithoutQuiz = pd.dailyCompleted ? 0 : workdaysWithoutQuiz + 1;
    yield pd;
  }
}
