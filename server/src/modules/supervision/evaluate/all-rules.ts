import { and, asc, eq, isNull } from 'drizzle-orm';
import { isWorkday } from '../../../core/calendar/index.ts';
import { chinaDay } from '../../../core/events/rollups.ts';
import { effectiveModules } from '../../../core/org/index.ts';
import type { Services } from '../../../platform/context.ts';
import { ensureBuiltInRules } from '../rules/built-in.ts';
import { supervisionRules } from '../schema.ts';
import { evaluateRule, type RunResult } from './run-rule.ts';

// The working evening's evaluation (cron supervision.evaluate): every enabled rule for today, one
// transaction each, as the system. On a day off it does nothing. A rule whose organisation has
// supervision switched off is skipped.

export async function evaluateAllRules(
  services: Services,
  day: string = chinaDay(),
  say: (msg: string) => void = () => {},
): Promise<RunResult[]> {
  await ensureBuiltInRules(services.db);
  if (!(await isWorkday(services.db, day))) {
    say(`supervision: ${day} is not a working day, nothing to evaluate`);
    return [];
  }
  const rules = await services.db
    .select()
    .from(supervisionRules)
    .where(and(eq(supervisionRules.isEnabled, true), isNull(supervisionRules.deletedAt)))
    .orderBy(asc(supervisionRules.orgPath));
  const ctx = { ...services, actor: null, requestId: 'cron:supervision.evaluate', ip: null, lang: 'zh' as const };
  const results: RunResult[] = [];
  for (const rule of rules) {
    if (!(await effectiveModules(services.db, rule.orgPath)).supervision) continue;
    const r = await evaluateRule(ctx, rule, day);
    say(
      `supervision: ${rule.name} — ${r.raised} raised, ${r.escalated} reported, ${r.unchanged} unchanged (${r.ms} ms)`,
    );
    results.push(r);
  }
  return results;
}
