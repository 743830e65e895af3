// A paper on the phone, whatever its kind: its questions one at a time, a countdown where the
// server set a deadline (a special quiz's time limit; the week's end), and the result screen once
// it is finished (score, passed or not against the pass mark, or a challenge's streak).
import { Button, Result, Tag } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { LoadFailed, PageLoading } from '../shell/states.tsx';
import { Countdown, useTimeLeft } from './Countdown.tsx';
import { QuestionCard } from './QuestionCard.tsx';
import { type Paper, serverOffset, useOverview, usePaper } from './queries.ts';
import './quiz.css';

const DAY_MS = 86_400_000;

function PaperResult({ p }: { p: Paper }) {
  const { t } = useTranslation('h5');
  const navigate = useNavigate();
  const isChallenge = p.kind === 'challenge';
  const good = isChallenge ? p.correct >= 5 : (p.passed ?? p.score >= 60);
  return (
    <>
      <Result
        className="hy-m-card hy-quiz-result"
        status={good ? 'success' : 'info'}
        title={isChallenge ? t('quiz.streak', { n: p.correct }) : t('quiz.score', { score: p.score })}
        description={
          isChallenge
            ? t('quiz.challengeSummary', { total: p.answered })
            : t('quiz.summary', { correct: p.correct, total: p.total })
        }
      />
      {p.passMark !== null && (
        <p className="hy-quiz-pass">
          <Tag color={p.passed ? 'success' : 'danger'} className="hy-quiz-pass-tag">
            {p.passed ? t('quiz.passed') : t('quiz.notPassed')}
          </Tag>
          {t('quiz.passMark', { mark: p.passMark })}
        </p>
      )}
      {p.answered < p.total && !isChallenge && <p className="hy-m-note">{t('quiz.timeUpNote')}</p>}
      {isChallenge && (
        <Button block color="primary" size="large" onClick={() => navigate('/m/quiz/open/challenge')}>
          {t('quiz.challengeAgain')}
        </Button>
      )}
      <Button block size="large" className="hy-quiz-back" onClick={() => navigate('/m/quiz')}>
        {t('quiz.backToList')}
      </Button>
    </>
  );
}

export function PaperPage() {
  const { t } = useTranslation('h5');
  const { id = '' } = useParams();
  const paper = usePaper(id);
  const overview = useOverview();
  const [viewing, setViewing] = useState<number | null>(null);
  const p = paper.data;
  const leftMs = useTimeLeft(p && !p.completedAt ? p.deadlineAt : null, serverOffset(overview.data));
  const isTimeUp = leftMs === 0;
  // Time up: reread, and the server answers with the paper closed and scored.
  const { refetch } = paper;
  useEffect(() => {
    if (isTimeUp) void refetch();
  }, [isTimeUp, refetch]);

  if (paper.isPending) return <PageLoading />;
  if (paper.error || !p) return <LoadFailed error={paper.error} onRetry={() => paper.refetch()} />;
  const firstOpen = p.completedAt ? null : (p.questions.find((q) => q.given === null)?.position ?? null);
  const position = viewing ?? firstOpen;
  const q = position === null ? undefined : p.questions[position];

  return (
    <div className="hy-m-page">
      <h1 className="hy-m-page-title">{t(`quiz.kind.${p.kind}`)}</h1>
      {leftMs !== null && !p.completedAt && leftMs < DAY_MS && <Countdown leftMs={leftMs} />}
      {leftMs !== null && !p.completedAt && leftMs >= DAY_MS && p.deadlineAt && (
        <p className="hy-quiz-countdown">{t('quiz.until', { at: new Date(p.deadlineAt).toLocaleString() })}</p>
      )}
      {q ? (
        <QuestionCard
          key={q.position}
          paper={p}
          q={q}
          isLocked={isTimeUp}
          onAnswered={() => setViewing(q.position)}
          onNext={() => setViewing(q.position + 1 < p.questions.length ? q.position + 1 : null)}
        />
      ) : p.completedAt ? (
        <PaperResult p={p} />
      ) : (
        // A challenge's next question is on its way (the paper is being reread).
        <PageLoading />
      )}
    </div>
  );
}

export { PaperPage as Component };
