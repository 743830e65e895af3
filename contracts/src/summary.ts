// Readable one-line summaries for the behaviour record and the audit log. Templates name their
// slots in braces ("{actor} 将 {subject} 转接到 {toOrg}"); the server fills them with resolved
// names in the reader's language, so screens show sentences, not JSON and account IDs.

export type Lang = 'zh' | 'en';
export type Bilingual = { zh: string; en: string };

/** What a summary may name: org, person and account IDs are resolved by the caller in one lookup each. */
export type RefKind = 'org' | 'person' | 'account';
/** A slot filled with the name of the org, person or account whose ID sits in a payload field. */
export type Ref = { kind: RefKind; field: string };

/** Names the caller resolved; a missing name falls back to a short ID so nothing is hidden. */
export type NameLookup = (kind: RefKind, id: string) => string | undefined;

const fallback: Record<Lang, { someone: string; system: string }> = {
  zh: { someone: '（未知）', system: '系统' },
  en: { someone: '(unknown)', system: 'System' },
};

/** Fills `{slot}`s; a slot without a value shows as "(unknown)" rather than as a raw brace. */
export function fillTemplate(template: string, vars: Record<string, string | undefined>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => vars[slot] ?? fallback[lang].someone);
}

export function nameOf(names: NameLookup, kind: RefKind, id: unknown): string | undefined {
  if (id === null || id === undefined || id === '') return undefined;
  const key = String(id);
  return names(kind, key) ?? (kind === 'org' ? `#${key}` : key.slice(0, 8));
}

export function actorLabel(names: NameLookup, accountId: string | null, lang: Lang): string {
  return accountId ? (nameOf(names, 'account', accountId) ?? fallback[lang].someone) : fallback[lang].system;
}

/** Fills the slots named by `refs` from a payload. */
export function refVars(refs: Record<string, Ref> | undefined, data: Record<string, unknown>, names: NameLookup) {
  const vars: Record<string, string | undefined> = {};
  for (const [slot, ref] of Object.entries(refs ?? {})) vars[slot] = nameOf(names, ref.kind, data[ref.field]);
  return vars;
}

/** The subject's name when it is an org, person or account; other subjects (jobs) have none. */
export function subjectName(names: NameLookup, subjectType: string | null, subjectId: string | null) {
  if (subjectType === 'org' || subjectType === 'person' || subjectType === 'account') {
    return nameOf(names, subjectType, subjectId);
  }
  return undefined;
}
