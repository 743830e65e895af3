// 我的学时 on the phone: this year's study hours against the annual target as a big ring, what is
// left, and the hours by source as bars (reading, videos, and later meetings and lectures).
import { ProgressBar, ProgressCircle } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { LoadFailed, PageLoading } from '../shell/states.tsx';
import { useMyLearning } from './queries.ts';
import './learning.css';
import './strings.ts';

const one = (n: number) => Math.round(n * 10) / 10;

export function HoursPage() {
  const { t } = useTranslation('learning');
  const me = useMyLearning();
  if (me.isPending) return <PageLoading />;
  if (me.error) return <LoadFailed error={me.error} onRetry={() => me.refetch()} />;
  const h = me.data.studyHours;
  const share = h.targetHours > 0 ? Math.min(100, (100 * h.hours) / h.targetHours) : 100;
  const sources = [
    { key: 'reading', hours: h.bySource.reading },
    { key: 'watching', hours: h.bySource.watching },
    { key: 'other', hours: h.bySource.other },
  ];
  const biggest = Math.max(1, ...sources.map((s) => s.hours));

  return (
    <div className="hy-m-page hy-learn">
      <h1 className="hy-m-page-title">{t('hours.title')}</h1>
      <section className="hy-m-card hy-learn-ring-card" aria-labelledby="hy-learn-year">
        <h2 id="hy-learn-year" className="hy-m-section-title">
          {t('hours.year', { year: h.year })}
        </h2>
        <ProgressCircle
          percent={share}
          className="hy-learn-ring"
          // antd-mobile's own class sets these too: inline they win (a big ring for elderly eyes).
          style={{ '--size': '180px', '--track-width': '14px', '--fill-color': 'var(--hy-red)' } as React.CSSProperties}
          aria-label={t('hours.progress', { hours: h.hours, target: h.targetHours })}
        >
          <strong className="hy-learn-ring-value">{h.hours}</strong>
          <span className="hy-learn-ring-unit">/ {h.targetHours}</span>
        </ProgressCircle>
        <p className="hy-learn-ring-text">{t('hours.progress', { hours: h.hours, target: h.targetHours })}</p>
        <p className={h.hours >= h.targetHours ? 'hy-learn-done' : 'hy-m-muted'}>
          {h.hours >= h.targetHours ? t('hours.done') : t('hours.left', { hours: one(h.targetHours - h.hours) })}
        </p>
        <p className="hy-m-muted">
          {t('hours.target', { target: h.targetHours, who: t(h.isLeaderTarget ? 'hours.leader' : 'hours.member') })}
        </p>
      </section>
      <section className="hy-m-card" aria-labelledby="hy-learn-sources">
        <h2 id="hy-learn-sources" className="hy-m-section-title">
          {t('hours.bySource')}
        </h2>
        {sources.map((s) => (
          <div key={s.key} className="hy-learn-source">
            <div className="hy-learn-source-head">
              <span>{t(`hours.${s.key}`)}</span>
              <strong>{t('hours.unit', { hours: s.hours })}</strong>
            </div>
            <ProgressBar percent={(100 * s.hours) / biggest} />
          </div>
        ))}
        <p className="hy-m-muted">
          {me.data.lastStudiedOn ? t('hours.lastStudied', { day: me.data.lastStudiedOn }) : t('hours.never')}
        </p>
      </section>
      <p className="hy-m-note">{t('hours.note')}</p>
    </div>
  );
}

export { HoursPage as Component };
