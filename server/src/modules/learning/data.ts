import type { Services } from '../../platform/context.ts';

// Demo learning history for `npm start`, and city-scale learning days for `generate --days`.
export async function seedLearningDemo(_services: Services, _say: (msg: string) => void): Promise<void> {}
export async function generateLearningData(
  _services: Services,
  _input: { scale: string; seed: number },
): Promise<void> {}
