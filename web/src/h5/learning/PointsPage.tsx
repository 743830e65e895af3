// 我的积分 on the phone: the totals in big figures, today's points rule by rule with the caps
// reached, the daily quiz rate over working days, my place (only where the org shows rankings),
// and the points record, twenty at a time.
import { Button, List, ProgressBar, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { LoadFailed, PageLoading } from '../shell/states.tsx';
import { type MyLearning, useMyLearning, useMyRanking, usePointsLedger } from './queries.ts';
import './learning.css';
import './strings.ts';

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

function Figures({ me }: { me: MyLearning }) {
  const { t } = useTranslation('learning');
  return (
    <section className="hy-m-card hy-learn-figures" aria-label={t('points.title')}>
      <div className="hy-learn-figure hy-learn-figure-main">
        <strong>{me.points.total}</strong>
        <span>{t('points.total')}</span>
      </div>
      <div className="hy-learn-figure">
        <strong>{me.points.today}</strong>
        <span>{t('points.today')}</span>
      </div>
      <div className="hy-learn-figure">
        <strong>{me.points.thisYear}</strong>
        <span>{t('points.year')}</span>
      </div>
    </section>
  );
}

function TodayByRule({ me }: { me: MyLearning }) {
  const { t } = useTranslation('learning');
  return (
    <List header={<h2 className="hy-m-list-title">{t('points.byRule')}</h2>} mode="card">
      {me.todayByRule.map((r) => (
        <List.Item
          key={r.action}
          description={
            r.dailyCap === null
              ? t('points.ruleNoCap', { unit: r.unit, points: r.points })
              : t('points.rule', { unit: r.unit, points: r.points, cap: r.dailyCap })
          }
          extra={
            !r.isEnabled ? (
              <Tag fill="outline">{t('points.off')}</Tag>
            ) : r.isCapReached ? (
              <Tag color="success">{t('points.capReached')}</Tag>
            ) : (
              <span className="hy-m-value">
                {r.dailyCap === null
                  ? t('points.earnedNoCap', { earned: r.earned })
                  : t('points.earned', { earned: r.earned, cap: r.dailyCap })}
              </span>
            )
          }
        >
          {r.label}
          {r.isEnabled && r.dailyCap !== null && (
            <ProgressBar className="hy-learn-rule-bar" percent={(100 * r.earned) / r.dailyCap} />
          )}
        </List.Item>
      ))}
    </List>
  );
}

function AnswerRate({ me }: { me: MyLearning }) {
  const { t } = useTranslation('learning');
  const { month, year } = me.answerRate;
  const row = (label: string, p: typeof month) => (
    <div className="hy-learn-rate">
      <span className="hy-learn-rate-label">{label}</span>
      <strong>{percent(p.rate)}</strong>
      <span className="hy-m-muted">
        {p.workingDays === 0 ? t('rate.none') : t('rate.days', { done: p.completedDays, work: p.workingDays })}
      </span>
    </div>
  );
  return (
    <section className="hy-m-card" aria-labelledby="hy-learn-rate">
      <h2 id="hy-learn-rate" className="hy-m-section-title">
        {t('rate.title')}
      </h2>
      {row(t('rate.month'), month)}
      {row(t('rate.year'), year)}
      {(month.isProvisional || year.isProvisional) && <p className="hy-m-note">{t('rate.provisional')}</p>}
    </section>
  );
}

function Ranking() {
  const { t } = useTranslation('learning');
  const ranking = useMyRanking(true);
  if (!ranking.data || ranking.data.places.length === 0) return null;
  return (
    <List header={<h2 className="hy-m-list-title">{t('ranking.title')}</h2>} mode="card">
      {ranking.data.places.map((p) => (
        <List.Item
          key={p.scope}
          extra={<span className="hy-m-value">{t('ranking.place', { rank: p.rank, of: p.of })}</span>}
        >
          {t(`ranking.${p.scope}`, { org: p.orgName })}
        </List.Item>
      ))}
      <List.Item>
        <span className="hy-m-muted">{t('ranking.note')}</span>
      </List.Item>
    </List>
  );
}

function Ledger() {
  const { t } = useTranslation('learning');
  const ledger = usePointsLedger();
  const rows = ledger.data?.pages.flatMap((p) => p.data) ?? [];
  if (ledger.isPending) return <PageLoading />;
  if (ledger.error) return <LoadFailed error={ledger.error} onRetry={() => ledger.refetch()} />;
  return (
    <>
      <List header={<h2 className="hy-m-list-title">{t('points.ledger')}</h2>} mode="card">
        {rows.length === 0 && (
          <List.Item>
            <span className="hy-m-note">{t('points.ledgerEmpty')}</span>
          </List.Item>
        )}
        {rows.map((r) => (
          <List.Item key={r.id} description={r.day} extra={<strong className="hy-learn-plus">+{r.points}</strong>}>
            {r.label}
            {r.isDelegated && (
              <Tag className="hy-learn-tag" color="warning" fill="outline">
                {t('points.delegated')}
              </Tag>
            )}
          </List.Item>
        ))}
      </List>
      {ledger.hasNextPage && (
        <Button block size="large" loading={ledger.isFetchingNextPage} onClick={() => void ledger.fetchNextPage()}>
          {t('points.more')}
        </Button>
      )}
    </>
  );
}

export function PointsPage() {
  const { t } = useTranslation('learning');
  const me = useMyLearning();
  if (me.isPending) return <PageLoading />;
  if (me.error) return <LoadFailed error={me.error} onRetry={() => me.refetch()} />;
  return (
    <div className="hy-m-page hy-learn">
      <h1 className="hy-m-page-title">{t('points.title')}</h1>
      <Figures me={me.data} />
      <TodayByRule me={me.data} />
      <AnswerRate me={me.data} />
      {me.data.rankingsEnabled && <Ranking />}
      <Ledger />
    </div>
  );
}

export { PointsPage as Component };
