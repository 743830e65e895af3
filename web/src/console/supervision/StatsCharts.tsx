// The 统计 tab's two charts: alerts per week as stacked bars (still at "person reminded" / reported),
// and the outcomes of closed alerts as a donut. ECharts through the shared wrapper.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartOption } from '../../shared/charts/EChart.tsx';
import type { AlertStats } from '../../shared/supervision/api.ts';
import { stageText } from '../../shared/supervision/labels.ts';
import './strings.ts';
import { everyWeek } from './weeks.ts';

export function WeekChart({ stats }: { stats: AlertStats }) {
  const { t } = useTranslation('supervisionAdmin');
  const option = useMemo<EChartOption>(() => {
    const weeks = everyWeek(stats.from, stats.to, stats.byWeek);
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: weeks.map((w) => w.week.slice(5)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          stack: 'alerts',
          name: stageText('reminded'),
          data: weeks.map((w) => w.reminded),
          barMaxWidth: 32,
          itemStyle: { color: '#f0a020' },
        },
        {
          type: 'bar',
          stack: 'alerts',
          name: stageText('reported'),
          data: weeks.map((w) => w.reported),
          barMaxWidth: 32,
          itemStyle: { color: '#c8161d' },
        },
      ],
    };
  }, [stats]);
  return <EChart option={option} height={260} aria-label={t('stats.byWeekAria', { from: stats.from, to: stats.to })} />;
}

export function OutcomeChart({ stats }: { stats: AlertStats }) {
  const { t } = useTranslation('supervisionAdmin');
  const option = useMemo<EChartOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['40%', '62%'],
          center: ['50%', '45%'],
          // Counts on the ring, names in the legend: long names (误报（请假、病休等）) would be cut at the edge.
          label: { formatter: '{c}（{d}%）' },
          data: stats.byOutcome.filter((o) => o.count > 0).map((o) => ({ name: o.label, value: o.count })),
        },
      ],
    }),
    [stats],
  );
  return <EChart option={option} height={260} aria-label={t('stats.byOutcomeAria')} />;
}
