// Blanks in a fill-in stem, as the server counts them (contracts/src/question-bank.ts): full- or
// half-width brackets holding only spaces, or three or more underscores. Kept here so the form
// needs no zod at run time.
const BLANK = /[（(][\s\u3000]*[）)]|_{3,}/g;

export const countBlanks = (stem: string): number => stem.match(BLANK)?.length ?? 0;

/** The stem cut at its blanks (each part with where it starts, a stable key), for the preview. */
export function splitAtBlanks(stem: string): { at: number; text: string }[] {
  const parts: { at: number; text: string }[] = [];
  let from = 0;
  for (const m of stem.matchAll(BLANK)) {
    parts.push({ at: from, text: stem.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  parts.push({ at: from, text: stem.slice(from) });
  return parts;
}
