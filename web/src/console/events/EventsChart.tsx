// Events per day, stacked by type, computed from the loaded rows. Every day of the range gets a bar
// (zero included) so quiet days show as quiet rather than disappearing from the axis.
import { Empty } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n/index.ts';
import { EChart, type EChartOption } from '../../shared/charts/EChart.tsx';
import { EventTypeLabels } from './event-types.ts';
import type { EventRow } from './useEvents.ts';
import './strings.ts';

/** Types beyond this many are summed into one "other" series, so the legend stays readable. */
const MAX_SERIES = 6;

function daysBetween(fromDay: string, toDay: string): string[] {
  const days: string[] = [];
  const last = dayjs(toDay);
  for (let d = dayjs(fromDay); !d.isAfter(last, 'day') && days.length < 400; d = d.add(1, 'day')) {
    days.push(d.format('YYYY-MM-DD'));
  }
  return days;
}

export const typeLabel = (type: string) => (EventTypeLabels[type] ? pick(EventTypeLabels[type]) : type);

function buildOption(rows: EventRow[], days: string[], otherLabel: string): EChartOption {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.type, (totals.get(r.type) ?? 0) + 1);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([type]) => type);
  const shown = ranked.length > MAX_SERIES ? ranked.slice(0, MAX_SERIES - 1) : ranked;
  const seriesKey = (type: string) => (shown.includes(type) ? type : '__other');
  const keys = ranked.length > shown.length ? [...shown, '__other'] : shown;

  const dayIndex = new Map(days.map((d, i) => [d, i]));
  const counts = new Map(keys.map((k) => [k, new Array<number>(days.length).fill(0)]));
  for (const r of rows) {
    const i = dayIndex.get(dayjs(r.occurredAt).format('YYYY-MM-DD'));
    const series = counts.get(seriesKey(r.type));
    if (i !== undefined && series) series[i] = (series[i] ?? 0) + 1;
  }
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { type: 'plain', top: 0 },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: days.map((d) => d.slice(5)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: keys.map((k) => ({
      type: 'bar',
      stack: 'events',
      name: k === '__other' ? otherLabel : typeLabel(k),
      data: counts.get(k) ?? [],
      barMaxWidth: 28,
    })),
  };
}

type Props = { rows: EventRow[]; fromDay: string; toDay: string };

export function EventsChart({ rows, fromDay, toDay }: Props) {
  const { t } = useTranslation('events');
  const days = useMemo(() => daysBetween(fromDay, toDay), [fromDay, toDay]);
  const option = useMemo(() => buildOption(rows, days, t('chart.other')), [rows, days, t]);
  if (rows.length === 0) return <Empty description={t('common:state.empty')} />;
  return (
    <EChart option={option} height={300} aria-label={t('chart.aria', { from: fromDay, to: toDay, n: rows.length })} />
  );
}
