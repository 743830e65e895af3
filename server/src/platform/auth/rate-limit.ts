// A small in-memory fixed-window limiter for the login route (per IP). It protects one process;
// several API processes each keep their own count, which still bounds an attacker per process,
// while the per-account lockout in the database bounds guesses against any one account.
export type RateLimiter = { hit(key: string): { allowed: boolean; retryAfterSeconds: number } };

export function createRateLimiter(opts: { limit: number; windowMs: number }): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = Date.now();
  return {
    hit(key) {
      const now = Date.now();
      // Drop finished windows now and then so a scan from many addresses cannot grow the map forever.
      if (now - lastSweep > opts.windowMs) {
        for (const [k, w] of windows) if (now - w.start >= opts.windowMs) windows.delete(k);
        lastSweep = now;
      }
      let w = windows.get(key);
      if (!w || now - w.start >= opts.windowMs) {
        w = { start: now, count: 0 };
        windows.set(key, w);
      }
      w.count += 1;
      const retryAfterSeconds = Math.ceil((w.start + opts.windowMs - now) / 1000);
      return { allowed: w.count <= opts.limit, retryAfterSeconds };
    },
  };
}
