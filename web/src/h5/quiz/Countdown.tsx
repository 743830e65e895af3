// The time left on a paper, counted from the server's deadline with the server's clock (the
// phone's own clock may be off): minutes and seconds in large type, red in the last minute.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function useTimeLeft(deadlineAt: string | null, offsetMs: number): number | null {
  const [now, setNow] = useState(() => Date.now() + offsetMs);
  useEffect(() => {
    if (!deadlineAt) return;
    const timer = setInterval(() => setNow(Date.now() + offsetMs), 1000);
    return () => clearInterval(timer);
  }, [deadlineAt, offsetMs]);
  return deadlineAt ? Math.max(0, Date.parse(deadlineAt) - now) : null;
}

/** 14:56 or 1:02:03 under a day; whole days and hours beyond (the list's "closes in"). */
export const formatLeft = (ms: number, dayWord?: (days: number, hours: number) => string) => {
  const s = Math.ceil(ms / 1000);
  if (dayWord && s >= 86_400) return dayWord(Math.floor(s / 86_400), Math.floor((s % 86_400) / 3600));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
};

export function Countdown({ leftMs }: { leftMs: number }) {
  const { t } = useTranslation('h5');
  return (
    <p className={`hy-quiz-countdown ${leftMs < 60_000 ? 'urgent' : ''}`} role="timer" aria-live="off">
      {t('quiz.timeLeft')} <strong>{formatLeft(leftMs)}</strong>
    </p>
  );
}
