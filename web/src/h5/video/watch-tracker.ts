// Follows what the <video> element really plays and reports it: a stretch starts when playback
// starts, ends on pause, a seek or the end, and is sent every 15 s while playing, as
// { from, to } in media seconds. A seek closes the stretch at the last position played, so skipped
// media is never reported. The server merges and caps what it credits.

export const REPORT_EVERY_MS = 15_000;
/** A jump larger than this between two time updates is a seek, not playback. */
const SEEK_GAP_SECONDS = 2;

export type Stretch = { from: number; to: number; positionSeconds: number };

export function trackWatching(video: HTMLVideoElement, send: (s: Stretch) => void): () => void {
  let start: number | null = null;
  let last = 0;
  const flush = () => {
    if (start !== null && last > start + 0.2) send({ from: start, to: last, positionSeconds: last });
    start = video.paused || video.ended ? null : last;
  };
  const onTime = () => {
    const now = video.currentTime;
    if (start !== null && Math.abs(now - last) > SEEK_GAP_SECONDS) {
      flush();
      start = now;
    }
    last = now;
  };
  const onPlay = () => {
    last = video.currentTime;
    start = last;
  };
  const onSeeking = () => {
    flush();
    last = video.currentTime;
    if (!video.paused) start = last;
  };
  const timer = globalThis.setInterval(() => {
    if (!video.paused) flush();
  }, REPORT_EVERY_MS);
  const onStop = () => flush();
  video.addEventListener('timeupdate', onTime);
  video.addEventListener('playing', onPlay);
  video.addEventListener('seeking', onSeeking);
  video.addEventListener('pause', onStop);
  video.addEventListener('ended', onStop);
  return () => {
    flush();
    globalThis.clearInterval(timer);
    video.removeEventListener('timeupdate', onTime);
    video.removeEventListener('playing', onPlay);
    video.removeEventListener('seeking', onSeeking);
    video.removeEventListener('pause', onStop);
    video.removeEventListener('ended', onStop);
  };
}

type Connection = { effectiveType?: string; saveData?: boolean };

/** 流畅 on a slow or data-saving connection (2g/3g, Save-Data), else 标清. */
export function preferredQuality(nav: Navigator = navigator): 'small' | 'standard' {
  const c = (nav as Navigator & { connection?: Connection }).connection;
  if (!c) return 'standard';
  if (c.saveData) return 'small';
  return c.effectiveType && ['slow-2g', '2g', '3g'].includes(c.effectiveType) ? 'small' : 'standard';
}
