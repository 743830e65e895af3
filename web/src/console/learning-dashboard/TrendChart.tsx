// Daily participation and answer rate of the subtree as two lines; days off are drawn grey on the
// axis, so a dip on a weekend or a holiday reads as what it is.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartOption } from '../../shared/charts/EChart.tsx';
import type { Dashboard } from './api.ts';
import './strings.ts';

const pct = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);

export function TrendChart({ dashboard, height = 280 }: { dashboard: Dashboard; height?: number }) {
  const { t } = useTranslation('learningDashboard');
  const option = useMemo<EChartOption>(() => {
    const s = dashboard.series;
    return {
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v) => (v === null || v === undefined ? '—' : `${v}%`),
      },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: {
        type: 'category',
        data: s.map((d) => (d.isWorkday ? d.day.slice(5) : `${d.day.slice(5)}${t('trend.offDay')}`)),
        axisLabel: {
          formatter: (v: string) => v.slice(0, 5),
          color: (_v?: string | number, i?: number) => (s[i ?? 0]?.isWorkday ? '#555' : '#bbb'),
        },
      },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          type: 'line',
          name: t('trend.participation'),
          data: s.map((d) => pct(d.participationRate)),
          smooth: true,
          symbolSize: 6,
        },
        {
          type: 'line',
          name: t('trend.answerRate'),
          data: s.map((d) => pct(d.answerRate)),
          smooth: true,
          symbolSize: 6,
        },
      ],
    };
  }, [dashboard, t]);
  return (
    <EChart option={option} height={height} aria-label={t('trend.aria', { from: dashboard.from, to: dashboard.to })} />
  );
}
