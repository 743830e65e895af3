// 每日答题 on the phone: one question at a time with big tappable options (many members are
// elderly), the verdict with the right answer and its explanation as soon as an answer is sent,
// progress (第 2/5 题), and the score at the end. Reopening the day's quiz continues where it was.
import { Button, ProgressBar, Result } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LoadFailed, PageLoading } from '../shell/states.tsx';
import { type DailyPaper, useAnswer, useDailyPaper } from './queries.ts';
import './quiz.css';

type Question = DailyPaper['questions'][number];

const newKey = () => `answer-${crypto.randomUUID()}`;

function QuestionCard(props: { paper: DailyPaper; q: Question; onAnswered: () => void; onNext: () => void }) {
  const { paper, q, onAnswered, onNext } = props;
  const { t } = useTranslation('h5');
  const [picked, setPicked] = useState<string[]>([]);
  const [fill, setFill] = useState('');
  const [key] = useState(newKey);
  const answer = useAnswer(paper.id);
  // The reply shows at once; the paper's reread (which also carries it) may come a moment later.
  const reply = answer.data;
  const isAnswered = q.given !== null || reply !== undefined;
  const isCorrect = reply?.isCorrect ?? q.isCorrect;
  const explanation = reply?.explanation ?? q.explanation;
  const choices =
    q.type === 'judge'
      ? [
          { key: 'true', text: t('quiz.true') },
          { key: 'false', text: t('quiz.false') },
        ]
      : q.options;
  const toggle = (k: string) =>
    setPicked((p) => (q.type === 'multiple' ? (p.includes(k) ? p.filter((x) => x !== k) : [...p, k]) : [k]));
  const send = (given: string[]) => {
    onAnswered();
    answer.mutate({ position: q.position, answer: given, key });
  };
  const given = q.given ?? picked;
  const right = reply?.correctAnswer ?? q.correctAnswer ?? [];

  return (
    <section className="hy-m-card hy-quiz-card" aria-live="polite">
      <p className="hy-quiz-progress">
        {t('quiz.progress', { n: q.position + 1, total: paper.total })} · {t(`quiz.type.${q.type}`)}
      </p>
      <ProgressBar percent={(100 * (q.position + 1)) / paper.total} />
      <h2 className="hy-quiz-stem">{q.stem}</h2>
      {q.type === 'fill' ? (
        <input
          className="hy-quiz-fill"
          value={q.given ? q.given.join('，') : fill}
          disabled={isAnswered}
          onChange={(e) => setFill(e.target.value)}
          aria-label={t('quiz.fillLabel')}
        />
      ) : (
        <div className="hy-quiz-options">
          {choices.map((o) => {
            const state = isAnswered
              ? right.includes(o.key)
                ? 'right'
                : given.includes(o.key)
                  ? 'wrong'
                  : ''
              : given.includes(o.key)
                ? 'picked'
                : '';
            return (
              <button
                type="button"
                key={o.key}
                className={`hy-quiz-option ${state}`}
                disabled={isAnswered || answer.isPending}
                aria-pressed={given.includes(o.key)}
                onClick={() => {
                  toggle(o.key);
                  if (q.type !== 'multiple') send([o.key]);
                }}
              >
                {q.type !== 'judge' && <span className="hy-quiz-key">{o.key}</span>}
                <span>{o.text}</span>
              </button>
            );
          })}
        </div>
      )}
      {!isAnswered && (q.type === 'multiple' || q.type === 'fill') && (
        <Button
          block
          color="primary"
          size="large"
          loading={answer.isPending}
          disabled={q.type === 'multiple' ? picked.length === 0 : fill.trim() === ''}
          onClick={() => send(q.type === 'multiple' ? picked : [fill])}
        >
          {t('quiz.submit')}
        </Button>
      )}
      {answer.error ? <LoadFailed error={answer.error} /> : null}
      {isAnswered && (
        <div className={`hy-quiz-verdict ${isCorrect ? 'right' : 'wrong'}`} role="status">
          <strong>{isCorrect ? t('quiz.right') : t('quiz.wrong')}</strong>
          {!isCorrect && (
            <p>
              {t('quiz.rightAnswer')}
              {q.type === 'judge'
                ? right.map((k) => t(`quiz.${k}`)).join('')
                : right.join(q.type === 'fill' ? '，' : '')}
            </p>
          )}
          {explanation && (
            <p>
              {t('quiz.explanation')}
              {explanation}
            </p>
          )}
          <Button block color="primary" size="large" onClick={onNext}>
            {q.position + 1 < paper.total ? t('quiz.next') : t('quiz.finish')}
          </Button>
        </div>
      )}
    </section>
  );
}

export function DailyQuizPage() {
  const { t } = useTranslation('h5');
  const navigate = useNavigate();
  const paper = useDailyPaper();
  const [viewing, setViewing] = useState<number | null>(null);
  if (paper.isPending) return <PageLoading />;
  if (paper.error) return <LoadFailed error={paper.error} onRetry={() => paper.refetch()} />;
  const p = paper.data;
  const firstOpen = p.questions.find((q) => q.given === null)?.position ?? null;
  const position = viewing ?? firstOpen;
  const q = position === null ? undefined : p.questions[position];

  return (
    <div className="hy-m-page">
      <h1 className="hy-m-page-title">{t('quiz.daily')}</h1>
      {q ? (
        <QuestionCard
          key={q.position}
          paper={p}
          q={q}
          onAnswered={() => setViewing(q.position)}
          onNext={() => setViewing(q.position + 1 < p.total ? q.position + 1 : null)}
        />
      ) : (
        <Result
          className="hy-m-card"
          status={p.score >= 60 ? 'success' : 'info'}
          title={t('quiz.score', { score: p.score })}
          description={t('quiz.summary', { correct: p.correct, total: p.total })}
        />
      )}
      {!q && (
        <Button block size="large" onClick={() => navigate('/m')}>
          {t('quiz.home')}
        </Button>
      )}
    </div>
  );
}

export { DailyQuizPage as Component };
