// One of my reminders on the phone (/m/supervision/:id, where notifications link): what it says,
// the rule, the working days missed on a calendar, what happened so far, and 说明情况 while I may
// still explain; afterwards my explanation (changeable while the server allows) and, once closed,
// the outcome.
import { Button, NavBar, Tag } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AlertTimeline } from '../../shared/supervision/AlertTimeline.tsx';
import { useAlert } from '../../shared/supervision/api.ts';
import { DayCalendar } from '../../shared/supervision/DayCalendar.tsx';
import { outcomeText, statusText } from '../../shared/supervision/labels.ts';
import { LoadFailed, PageLoading } from '../shell/states.tsx';
import { ExplainForm } from './ExplainForm.tsx';
import { statusTone } from './MyAlertsPage.tsx';
import '../../shared/supervision/strings.ts';
import './supervision.css';

export function Component() {
  const { t } = useTranslation('supervision');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const alert = useAlert(id);
  // An explanation already sent shows as sent; the person may still change it while the alert is open.
  const [amending, setAmending] = useState(false);
  const a = alert.data;
  const back = (
    <NavBar back={t('h5.back')} onBack={() => navigate('/m/supervision')} className="hy-svm-nav">
      {t('h5.detail')}
    </NavBar>
  );
  if (alert.isPending) return <PageLoading />;
  if (!a) {
    return (
      <>
        {back}
        <LoadFailed error={alert.error} onRetry={() => void alert.refetch()} />
      </>
    );
  }
  return (
    <>
      {back}
      <div className="hy-m-page hy-svm-page">
        <section className="hy-m-card">
          <Tag color={statusTone[a.status]} fill="outline" className="hy-svm-tag">
            {statusText(a.status)}
          </Tag>
          <h1 className="hy-svm-headline">{a.headline}</h1>
          <p className="hy-svm-rule">
            <span className="hy-m-muted">{t('h5.rule')}</span>
            {a.evidence.ruleSummary}
          </p>
        </section>
        {a.can.explain && (!a.explanation || amending) ? (
          <section className="hy-m-card" aria-labelledby="hy-svm-explain">
            <h2 id="hy-svm-explain" className="hy-m-section-title">
              {t('explain.title')}
            </h2>
            <ExplainForm alertId={a.id} initial={a.explanation ?? ''} onDone={() => setAmending(false)} />
          </section>
        ) : (
          <section className="hy-m-card">
            <h2 className="hy-m-section-title">{t('explain.yours')}</h2>
            {a.explanation ? (
              <blockquote className="hy-sv-explanation">{a.explanation}</blockquote>
            ) : (
              <p className="hy-m-note">{t('explain.none')}</p>
            )}
            {a.explanation && a.status !== 'closed' && <p className="hy-m-note">{t('h5.answered')}</p>}
            {a.can.explain && (
              <Button block size="large" onClick={() => setAmending(true)}>
                {t('explain.amend')}
              </Button>
            )}
            {a.outcome && (
              <p className="hy-svm-outcome">
                <span className="hy-m-muted">{t('h5.outcome')}</span>
                {outcomeText(a.outcome)}
                {a.outcomeNote && <span className="hy-svm-outcome-note">{a.outcomeNote}</span>}
              </p>
            )}
          </section>
        )}
        <section className="hy-m-card">
          <h2 className="hy-m-section-title">{t('days.title')}</h2>
          <DayCalendar evidence={a.evidence} />
        </section>
        <section className="hy-m-card">
          <h2 className="hy-m-section-title">{t('timeline.title')}</h2>
          <AlertTimeline alert={a} />
        </section>
      </div>
    </>
  );
}
