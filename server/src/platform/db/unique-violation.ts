/** True for a unique violation of the given index, however the driver error is wrapped. */
export function isUniqueViolation(e: unknown, constraint: string): boolean {
  for (let cur = e as { code?: string; constraint?: string; cause?: unknown } | undefined; cur; ) {
    if (cur.code === '23505' && cur.constraint === constraint) return true;
    cur = cur.cause as typeof cur;
  }
  return false;
}
