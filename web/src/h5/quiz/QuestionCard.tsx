// One question on the phone: big tappable options (many members are elderly), the verdict with
// the right answer and its explanation as soon as the answer is sent (the server only then tells
// it), and the progress. A challenge shows its streak instead of "question n of total".
import { Button, ProgressBar } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../shell/states.tsx';
import { type Paper, useAnswer } from './queries.ts';

type Question = Paper['questions'][number];

const newKey = () => `answer-${crypto.randomUUID()}`;

export function QuestionCard(props: {
  paper: Paper;
  q: Question;
  isLocked: boolean;
  onAnswered: () => void;
  onNext: () => void;
}) {
  const { paper, q, isLocked, onAnswered, onNext } = props;
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
  const isChallenge = paper.kind === 'challenge';
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
  const isDone = (reply?.paper.completedAt ?? paper.completedAt) !== null;
  const disabled = isAnswered || isLocked || answer.isPending;

  return (
    <section className="hy-m-card hy-quiz-card" aria-live="polite">
      <p className="hy-quiz-progress">
        {isChallenge
          ? t('quiz.challengeProgress', { n: q.position + 1, streak: reply?.paper.correct ?? paper.correct })
          : t('quiz.progress', { n: q.position + 1, total: paper.total })}{' '}
        · {t(`quiz.type.${q.type}`)}
      </p>
      {!isChallenge && <ProgressBar percent={(100 * (q.position + 1)) / paper.total} />}
      <h2 className="hy-quiz-stem">{q.stem}</h2>
      {q.type === 'fill' ? (
        <input
          className="hy-quiz-fill"
          value={q.given ? q.given.join('，') : fill}
          disabled={disabled}
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
                disabled={disabled}
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
      {!isAnswered && !isLocked && (q.type === 'multiple' || q.type === 'fill') && (
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
            {isDone ? t('quiz.finish') : t('quiz.next')}
          </Button>
        </div>
      )}
    </section>
  );
}
