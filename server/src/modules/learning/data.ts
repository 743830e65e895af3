import type { GenerateInput } from '../../core/kernel/index.ts';
import type { Services } from '../../platform/context.ts';
import { generateLearningDays } from './generate/city.ts';

// Demo learning history for `npm start`, and city-scale learning days for `generate --days`.
export { seedLearningDemo } from './generate/demo.ts';

export async function generateLearningData(services: Services, input: GenerateInput): Promise<void> {
  const r = await generateLearningDays(services, input);
  if (!r) return;
  input.say(
    `learning: ${r.days} days, ${r.personDays} person-days (${Math.round(r.personDays / r.days)} active a day), ` +
      `${r.ledger} ledger rows, ${r.orgDays} org-days, ${r.personYears} person-years; ` +
      `${r.laggards} leading cadres 5+ working days without the daily quiz; in ${r.seconds.toFixed(1)} s`,
  );
}
