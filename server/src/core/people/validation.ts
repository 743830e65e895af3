// ID-number (GB 11643-1999) and mobile-phone checks. The pure functions live in @hongyun/contracts so
// the web's forms and the server agree; this file is the server-side entry point (the Excel importer
// and the demo seeder import from here) and adds the helpers that only the server needs.
import { checkIdNumber, normalizeIdNumber } from '@hongyun/contracts';

export {
  checkIdNumber,
  crossFieldProblems,
  type IdNumberProblem,
  idNumberFacts,
  isPlausibleDate,
  normalizeIdNumber,
  parseMobilePhone as normalizePhone,
  todayInChina,
} from '@hongyun/contracts';

/** The normalised ID number when it is valid, otherwise null (for importers that collect row errors). */
export function validIdNumber(raw: string): string | null {
  return checkIdNumber(raw).length === 0 ? normalizeIdNumber(raw) : null;
}

/** Masked forms built only from the stored last four characters, so masking never needs a decrypt. */
export const maskIdNumber = (last4: string | null): string | null => (last4 ? `${'*'.repeat(14)}${last4}` : null);
export const maskPhone = (last4: string | null): string | null => (last4 ? `1*******${last4}` : null);
