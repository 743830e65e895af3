// The figures at a glance: distinct participants today / this week / this month, then the period's
// answer and participation rates, study-hour progress, study time, points and the delegated share.
import { Card, Col, Progress, Row, Statistic, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Dashboard, percent } from './api.ts';
import './strings.ts';

function Kpi({ title, value, note, rate }: { title: string; value: string; note?: string; rate?: number | null }) {
  return (
    <Card size="small" className="hy-ld-kpi">
      <Statistic title={title} value={value} />
      {rate !== undefined && (
        <Progress
          percent={rate === null ? 0 : Math.round(rate * 1000) / 10}
          showInfo={false}
          size="small"
          strokeColor="#c8161d"
        />
      )}
      {note && (
        <Typography.Text type="secondary" className="hy-ld-kpi-note">
          {note}
        </Typography.Text>
      )}
    </Card>
  );
}

const num = (n: number) => n.toLocaleString('zh-CN');
/** Minutes up to ten hours, then hours: a city's month is thousands of hours, not a wrapped number. */
const studyTime = (minutes: number) =>
  minutes < 600
    ? { key: 'kpi.minutesValue', n: num(minutes) }
    : { key: 'kpi.hoursValueShort', n: num(Math.round(minutes / 60)) };

export function KpiCards({ d }: { d: Dashboard }) {
  const { t } = useTranslation('learningDashboard');
  const members = d.totals.members;
  const part = (k: 'today' | 'week' | 'month') => (
    <Kpi
      title={t(`kpi.${k}`)}
      value={percent(d.participation[k].rate)}
      rate={d.participation[k].rate}
      note={t('kpi.people', { people: d.participation[k].people, members })}
    />
  );
  const h = d.studyHours;
  const time = studyTime(d.totals.readMinutes + d.totals.watchMinutes);
  return (
    <div className="hy-ld-kpis">
      <Row gutter={[12, 12]}>
        <Col xs={24} sm={8}>
          {part('today')}
        </Col>
        <Col xs={12} sm={8}>
          {part('week')}
        </Col>
        <Col xs={12} sm={8}>
          {part('month')}
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Kpi
            title={t('kpi.answerRate')}
            value={percent(d.totals.answerRate)}
            rate={d.totals.answerRate}
            note={t('kpi.completed', { n: d.totals.dailyCompleted })}
          />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Kpi
            title={t('kpi.participation')}
            value={percent(d.totals.participationRate)}
            rate={d.totals.participationRate}
            note={t('kpi.activeDays', { n: d.totals.activePersonDays })}
          />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Tooltip
            title={t('kpi.hoursHint', {
              member: h.memberTargetHours,
              leader: h.leaderTargetHours,
              share: percent(h.yearShare, 0),
              avg: h.averageHours.toFixed(1),
            })}
          >
            <div>
              <Kpi
                title={t('kpi.hours')}
                value={percent(h.onTrackRate)}
                rate={h.onTrackRate}
                note={t('kpi.hoursValue', { onTrack: h.onTrack, members })}
              />
            </div>
          </Tooltip>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Kpi
            title={t('kpi.minutes')}
            value={t(time.key, { n: time.n })}
            note={t('kpi.minutesSplit', { read: num(d.totals.readMinutes), watch: num(d.totals.watchMinutes) })}
          />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Kpi
            title={t('kpi.points')}
            value={num(d.totals.points)}
            note={t('kpi.correct', { rate: percent(d.totals.correctRate) })}
          />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Kpi
            title={t('kpi.delegated')}
            value={percent(d.totals.delegated.timeShare)}
            note={t('kpi.delegatedHint', { days: d.totals.delegated.personDays, answers: d.totals.delegated.answers })}
          />
        </Col>
      </Row>
    </div>
  );
}
