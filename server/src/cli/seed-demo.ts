import type { Services } from '../platform/context.ts';

export type DemoSummary = { accounts: { role: string; label: string; phone: string; password: string; org: string }[] };

// Placeholder until the demo seed lands: returns null when nothing was seeded.
export async function seedDemoIfEmpty(_services: Services, _say: (m: string) => void): Promise<DemoSummary | null> {
  return null;
}
