// Quiet hours in China time (UTC+8 all year, no daylight saving). A window may cross midnight
// (22:00–07:00); start = end means no quiet hours.

const CHINA_OFFSET_MIN = 8 * 60;

const minutesOf = (hhmm: string) => {
  const [h = '0', m = '0'] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
};

/** When a non-urgent delivery may go: `now`, or the end of the quiet hours `now` falls in. */
export function afterQuietHours(now: Date, window: { start: string; end: string } | null): Date {
  if (!window) return now;
  const start = minutesOf(window.start);
  const end = minutesOf(window.end);
  if (start === end) return now;
  const utcMin = now.getUTCHours() * 60 + now.getUTCMinutes();
  const m = (utcMin + CHINA_OFFSET_MIN) % 1440;
  const quiet = start < end ? m >= start && m < end : m >= start || m < end;
  if (!quiet) return now;
  const wait = (end - m + 1440) % 1440;
  const at = new Date(now);
  at.setUTCSeconds(0, 0);
  return new Date(at.getTime() + wait * 60_000);
}
