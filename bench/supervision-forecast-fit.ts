import { addDays, planLearning, simulateAll } from '../server/src/modules/learning/generate/city.ts';
import type { SimDay, SimPerson } from '../server/src/modules/learning/generate/simulate.ts';
import {
  type Features,
  type ForecastDay,
  LOOKBACK_WORKDAYS,
  logit,
  trendOf,
  WEIGHTS,
} from '../server/src/modules/supervision/forecast/model.ts';

// `npx tsx bench/supervision-forecast-fit.ts [seed]`: how the model's weights (forecast/model.ts)
// were found. Without a database: 40 days of the generator's learning for 3,000 leading cadres
// (weekday calendar, ending on a Sunday), features as of the last Monday, the truth by the rule over
// that week; a plain logistic regression by gradient descent. The benchmark then measures the
// weights on another seed through the database (bench/supervision-forecast.ts).

const seed = Number(process.argv[2] ?? 2);
const END = '2026-11-29'; // a Sunday
const days: SimDay[] = Array.from({ length: 40 }, (_, i) => addDays(END, i - 39)).map((day) => {
  const wd = new Date(`${day}T00:00:00Z`).getUTCDay();
  return { day, isWorkday: wd >= 1 && wd <= 5 };
});
const monday = addDays(END, -6);
const people: SimPerson[] = Array.from({ length: 3000 }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  orgId: 1,
  orgPath: '/1/',
  isLeader: true,
  isDelegated: false,
}));
const plan = planLearning(people, days, seed, 57);
const byPerson = new Map<string, ForecastDay[]>();
for (const d of simulateAll(plan, seed)) {
  const list = byPerson.get(d.personId) ?? [];
  list.push({ day: d.day, dailyCompleted: d.dailyCompleted, studySeconds: d.readSeconds + d.watchSeconds });
  byPerson.set(d.personId, list);
}
const workdays = days.filter((d) => d.isWorkday).map((d) => d.day);
const before = workdays.filter((w) => w < monday).slice(-LOOKBACK_WORKDAYS);
const week = workdays.filter((w) => w >= monday);

/** The rule over the week: does a streak reach 5 working days on one of its days (a new report)? */
function fires(list: ForecastDay[]): boolean {
  const done = new Set(list.filter((d) => d.dailyCompleted).map((d) => d.day));
  let streak = 0;
  for (const w of workdays) {
    streak = done.has(w) ? 0 : streak + 1;
    if (w >= monday && streak === 5) return true;
  }
  return false;
}

const keys = ['streak', 'missedLast5', 'missedRecent', 'rateDrop', 'studyDrop'] as const;
const rows = people.map((p) => {
  const list = byPerson.get(p.id) ?? [];
  const f = trendOf(before, list, 5);
  return {
    x: keys.map((k) => f[k]),
    y: fires(list) ? 1 : 0,
    f,
    skip: f.rawStreak >= 5 || week.length < 5 - f.rawStreak,
  };
});
const data = rows.filter((r) => !r.skip);
const w = new Array(keys.length + 1).fill(0);
for (let it = 0; it < 20_000; it++) {
  const g = new Array(w.length).fill(0);
  for (const r of data) {
    const z = w[0] + r.x.reduce((a, x, i) => a + x * w[i + 1], 0);
    const e = 1 / (1 + Math.exp(-z)) - r.y;
    g[0] += e;
    r.x.forEach((x, i) => {
      g[i + 1] += e * x;
    });
  }
  // A little L2 so weights of features that separate perfectly stay finite.
  for (let i = 0; i < w.length; i++) w[i] -= (0.5 * (g[i] + (i > 0 ? 0.5 * w[i] : 0))) / data.length;
}
const fitted = { intercept: w[0], ...Object.fromEntries(keys.map((k, i) => [k, w[i + 1]])) } as typeof WEIGHTS;
type Row = (typeof rows)[number];
const byScore = (weights: typeof WEIGHTS, threshold: number) => (r: Row) =>
  1 / (1 + Math.exp(-logit(r.f as Features, weights))) >= threshold;
const measure = (weights: typeof WEIGHTS, threshold: number) => count(byScore(weights, threshold));
/** Precision and recall of a way of picking people, among those the rule has not reported yet. */
const count = (pick: (r: Row) => boolean) => {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of rows) {
    const hit = !r.skip && pick(r);
    if (hit && r.y) tp++;
    else if (hit) fp++;
    else if (r.y) fn++;
  }
  return { tp, fp, fn, precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1) };
};
console.log(
  JSON.stringify(
    {
      seed,
      monday,
      people: rows.length,
      positives: rows.filter((r) => r.y).length,
      fitted: Object.fromEntries(Object.entries(fitted).map(([k, v]) => [k, Math.round(v * 100) / 100])),
      fittedAt05: measure(fitted, 0.5),
      shippedAt05: measure(WEIGHTS, 0.5),
      // What one would write without a model: a gap under way, or most of the last week missed.
      baselineGap2: count((r) => r.f.rawStreak >= 2),
      baselineMissed3of5: count((r) => r.f.missedLast5 >= 3),
    },
    null,
    2,
  ),
);
