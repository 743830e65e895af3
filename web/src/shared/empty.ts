// What an empty table cell shows: a dash, never a blank that reads as "not loaded yet".
export const EMPTY_CELL = '—';

/** The value, or the dash when it is missing or blank. */
export function orDash<T>(value: T | null | undefined | ''): T | typeof EMPTY_CELL {
  return value === null || value === undefined || value === '' ? EMPTY_CELL : value;
}
