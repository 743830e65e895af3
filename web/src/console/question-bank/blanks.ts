// Blanks in a fill-in stem, as the server counts them (contracts/src/question-bank.ts): full- or
// half-width brackets holding only spaces, or three or more underscores. Kept here so the form
// needs no zod at run time.
const BLANK = /[（(][\s\u3000]*[）)]|_{3,}/g;

export const countBlanks = (stem: string): number => stem.match(BLANK)?.length ?? 0;

/** The stem cut at its blanks, for the preview to draw an input in each gap. */
export const splitAtBlanks = (stem: string): string[] => stem.split(BLANK);
