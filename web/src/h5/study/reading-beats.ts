// Effective reading, measured on the phone and credited by the server: a start when the reader
// opens or its page becomes visible again, a beat every ContentLimits.heartbeatSeconds only while
// `document.visibilityState === 'visible'`, and "reached the end" once when the end scrolls into view.
import { ContentLimits } from '@hongyun/contracts';
import { type RefObject, useEffect } from 'react';
import { sendBeat } from './queries.ts';

export function useReadingBeats(id: string, endRef: RefObject<HTMLElement | null>, isReady: boolean) {
  useEffect(() => {
    if (!isReady) return;
    const visible = () => document.visibilityState === 'visible';
    if (visible()) void sendBeat(id, { isStart: true });
    const timer = window.setInterval(() => {
      if (visible()) void sendBeat(id, {});
    }, ContentLimits.heartbeatSeconds * 1000);
    const onVisibility = () => {
      if (visible()) void sendBeat(id, { isStart: true });
    };
    document.addEventListener('visibilitychange', onVisibility);
    let hasEnded = false;
    const observer = new IntersectionObserver((entries) => {
      if (hasEnded || !visible() || !entries.some((e) => e.isIntersecting)) return;
      hasEnded = true;
      void sendBeat(id, { reachedEnd: true });
    });
    if (endRef.current) observer.observe(endRef.current);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      observer.disconnect();
    };
  }, [id, endRef, isReady]);
}
