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

export const formatLeft = (ms: number) => {
  const s = Math.ceil(ms / 1000);
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
