// The choices of the module-switch table and what a save changes. A root organisation has no parent
// to inherit from, so it offers only 开通 / 关闭, and a root that sets nothing shows what it
// effectively has (the default) as its choice.
import type { ModuleName } from '@hongyun/contracts';

export type Choice = 'inherit' | 'on' | 'off';
export type ModuleRow = { module: ModuleName; setting: boolean | null; effective: boolean };

export const choicesFor = (isRoot: boolean): Choice[] => (isRoot ? ['on', 'off'] : ['inherit', 'on', 'off']);

/** What the table shows as chosen before any edit. */
export function savedChoice(m: ModuleRow, isRoot: boolean): Choice {
  if (m.setting === null) return isRoot ? (m.effective ? 'on' : 'off') : 'inherit';
  return m.setting ? 'on' : 'off';
}

const toSetting = (c: Choice): boolean | null => (c === 'inherit' ? null : c === 'on');

/** The request body of a save: only the modules whose choice differs from what is saved. */
export function changesOf(
  modules: readonly ModuleRow[],
  draft: Partial<Record<ModuleName, Choice>>,
  isRoot: boolean,
): Partial<Record<ModuleName, boolean | null>> {
  const out: Partial<Record<ModuleName, boolean | null>> = {};
  for (const m of modules) {
    const chosen = draft[m.module];
    if (chosen && chosen !== savedChoice(m, isRoot)) out[m.module] = toSetting(chosen);
  }
  return out;
}
