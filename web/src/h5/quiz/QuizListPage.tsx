// 答题: every quiz a member can take, in large type: today's and this week's papers (how far they
// are), the special quizzes open to them with their window, attempts and time left (by the
// server's clock), and the challenge with the best streak. Each card opens its quiz.
import { Tag } from 'antd-mobile';
import { RightOutline } from 'antd-mobile-icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadFailed, PageLoading } from '../shell/states.tsx';
import { formatLeft, useTimeLeft } from './Countdown.tsx';
import { type Overview, serverOffset, useOverview } from './queries.ts';
import './quiz.css';

function Card(props: { to: string; title: string; tag?: ReactNode; lines: ReactNode[]; action: string }) {
  return (
    <Link to={props.to} className="hy-m-card hy-quiz-entry">
      <div className="hy-quiz-entry-head">
        <h2>{props.title}</h2>
        {props.tag}
      </div>
      {props.lines.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: fixed lines of one card
        <p key={i}>{l}</p>
      ))}
      <span className="hy-quiz-entry-action">
        {props.action} <RightOutline />
      </span>
    </Link>
  );
}

type PaperState = Overview['daily'];

function PaperCard({ kind, s }: { kind: 'daily' | 'weekly'; s: PaperState }) {
  const { t } = useTranslation('h5');
  const done = s.completedAt !== null;
  const started = s.paperId !== null && !done;
  return (
    <Card
      to={s.paperId ? `/m/quiz/papers/${s.paperId}` : `/m/quiz/open/${kind}`}
      title={t(`quiz.kind.${kind}`)}
      tag={done ? <Tag color="success">{t('quiz.done')}</Tag> : null}
      lines={[
        done
          ? t('quiz.score', { score: s.score })
          : started
            ? t('quiz.answeredOf', { n: s.answered, total: s.total })
            : t(kind === 'daily' ? 'quiz.dailyHint' : 'quiz.weeklyHint'),
      ]}
      action={done ? t('quiz.review') : started ? t('quiz.continue') : t('quiz.start')}
    />
  );
}

function SpecialCard({ q, offset }: { q: Overview['specials'][number]; offset: number }) {
  const { t } = useTranslation('h5');
  const left = useTimeLeft(q.closesAt, offset) ?? 0;
  const notYet = Date.parse(q.opensAt) > Date.now() + offset;
  const attemptsLeft = q.attemptsAllowed - q.attemptsUsed;
  const fmt = (iso: string) => new Date(iso).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' });
  const tag = q.passed ? (
    <Tag color="success">{t('quiz.passed')}</Tag>
  ) : notYet ? (
    <Tag color="default">{t('quiz.notYet')}</Tag>
  ) : null;
  return (
    <Card
      to={q.openPaperId ? `/m/quiz/papers/${q.openPaperId}` : `/m/quiz/special/${q.id}`}
      title={q.title}
      tag={tag}
      lines={[
        ...(q.description ? [q.description] : []),
        t('quiz.window', { from: fmt(q.opensAt), to: fmt(q.closesAt) }),
        [
          t('quiz.questions', { n: q.questionCount }),
          q.timeLimitMinutes ? t('quiz.limit', { n: q.timeLimitMinutes }) : null,
          t('quiz.passMark', { mark: q.passMark }),
        ]
          .filter(Boolean)
          .join(' · '),
        t('quiz.attempts', { used: q.attemptsUsed, allowed: q.attemptsAllowed }) +
          (q.bestScore !== null ? ` · ${t('quiz.best', { score: q.bestScore })}` : ''),
        ...(notYet
          ? []
          : [
              <strong key="left" className="hy-quiz-entry-left">
                {t('quiz.closesIn', { left: formatLeft(left, (days, hours) => t('quiz.daysHours', { days, hours })) })}
              </strong>,
            ]),
      ]}
      action={
        q.openPaperId ? t('quiz.continue') : attemptsLeft > 0 && !notYet ? t('quiz.start') : t('quiz.noMoreAttempts')
      }
    />
  );
}

export function QuizListPage() {
  const { t } = useTranslation('h5');
  const overview = useOverview();
  if (overview.isPending) return <PageLoading />;
  if (overview.error) return <LoadFailed error={overview.error} onRetry={() => overview.refetch()} />;
  const o = overview.data;
  const offset = serverOffset(o);
  return (
    <div className="hy-m-page">
      <h1 className="hy-m-page-title">{t('quiz.title')}</h1>
      <PaperCard kind="daily" s={o.daily} />
      <PaperCard kind="weekly" s={o.weekly} />
      <h2 className="hy-quiz-section">{t('quiz.kind.special')}</h2>
      {o.specials.length === 0 && <p className="hy-m-note">{t('quiz.noSpecials')}</p>}
      {o.specials.map((q) => (
        <SpecialCard key={q.id} q={q} offset={offset} />
      ))}
      <h2 className="hy-quiz-section">{t('quiz.kind.challenge')}</h2>
      <Card
        to={o.challenge.openPaperId ? `/m/quiz/papers/${o.challenge.openPaperId}` : '/m/quiz/open/challenge'}
        title={t('quiz.kind.challenge')}
        lines={[t('quiz.challengeHint', { max: o.challenge.max }), t('quiz.bestStreak', { n: o.challenge.best })]}
        action={o.challenge.openPaperId ? t('quiz.continue') : t('quiz.start')}
      />
    </div>
  );
}

export { QuizListPage as Component };
