// How many people fall in each risk band this week, as bars in the bands' colours.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartOption } from '../../shared/charts/EChart.tsx';
import type { ForecastList } from './api.ts';
import './strings.ts';

export const BAND_COLORS = { high: '#c8161d', medium: '#f0a020', watch: '#2f6fb0' } as const;

export function BandChart({ bands, height = 200 }: { bands: ForecastList['bands']; height?: number }) {
  const { t } = useTranslation('forecast');
  const option = useMemo<EChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: bands.map((b) => b.label) },
      yAxis: { type: 'value', minInterval: 1, name: t('people') },
      series: [
        {
          type: 'bar',
          name: t('people'),
          barMaxWidth: 48,
          label: { show: true, position: 'top' },
          data: bands.map((b) => ({ value: b.count, itemStyle: { color: BAND_COLORS[b.band] } })),
        },
      ],
    }),
    [bands, t],
  );
  const text = bands.map((b) => `${b.label} ${b.count}`).join('，');
  return <EChart option={option} height={height} aria-label={t('bandsAria', { text })} />;
}
