// The morning peak of daily paper opens for a city, from the generator's model of the day
// (server/src/modules/learning/generate/simulate.ts, timeOfDay): 55 % of quizzes fall in a normal
// around 7:45 with σ 0.45 h. At the normal's top the density is share·members / (σ·√(2π)) opens per
// second; the fixed-rate bench runs at that times a safety factor.

import { QUIZ_MORNING_PEAK } from '../server/src/modules/learning/generate/simulate.ts';

export const MORNING_SHARE = QUIZ_MORNING_PEAK.share;
export const MORNING_SIGMA_HOURS = QUIZ_MORNING_PEAK.sdHours;
export const SAFETY_FACTOR = 10;
/** Members active a day in a generated city (61,878 of 170,010 people, see README): the peak's base. */
export const CITY_ACTIVE_MEMBERS = 60_000;
/** Seconds of each fixed-rate run: long enough for a stable p99 at the rates this gives. */
export const PEAK_RUN_SECONDS = 60;

export function morningPeak(members = CITY_ACTIVE_MEMBERS): {
  peakPerSecond: number;
  rate: number;
  derivation: string;
} {
  const sigmaSeconds = MORNING_SIGMA_HOURS * 3600;
  const peakPerSecond = (MORNING_SHARE * members) / (sigmaSeconds * Math.sqrt(2 * Math.PI));
  const rate = Math.ceil(peakPerSecond * SAFETY_FACTOR);
  const derivation =
    `peak ${MORNING_SHARE}·${members} / (${MORNING_SIGMA_HOURS} h·3600·√(2π)) = ${peakPerSecond.toFixed(2)} opens/s; ` +
    `× ${SAFETY_FACTOR} safety = ${rate} opens/s for ${PEAK_RUN_SECONDS} s`;
  return { peakPerSecond, rate, derivation };
}
