import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Screenshots of key pages (and of every failed test) from the last run; git-ignored. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../screenshots/tmp', import.meta.url));
/** The platform's log of the last run; git-ignored. */
export const RESULTS_DIR = fileURLToPath(new URL('../../test-results', import.meta.url));
