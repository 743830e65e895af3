// One small React wrapper for every chart in the console. It pulls ECharts from `echarts/core` and
// registers only the series and components the screens use, so the chart chunk stays small; pages
// that draw charts are lazily loaded routes, which keeps ECharts out of the main bundle.

import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import type {
  DatasetComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { DatasetComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { type ComposeOption, type EChartsType, init, registerTheme, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { type CSSProperties, useEffect, useRef } from 'react';
import { theme } from '../theme.ts';

use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  DatasetComponent,
  CanvasRenderer,
]);

/** The options our registered charts understand; anything else would need registering above. */
export type EChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | DatasetComponentOption
>;

/** Party red first, then calm colours that stay distinguishable for the next series. */
export const chartPalette = ['#c8161d', '#f0a020', '#2f6fb0', '#3a9a5b', '#8e5bb5', '#1a9aa0', '#d9622b', '#7a7a7a'];

// Canvas text does not inherit CSS: without a CJK family Chinese labels draw as boxes on Linux.
const THEME = 'hongyun';
registerTheme(THEME, {
  color: chartPalette,
  textStyle: { fontFamily: theme.token?.fontFamily },
});

export type EChartProps = {
  option: EChartOption;
  /** What the chart shows, read by screen readers (the canvas itself says nothing). */
  'aria-label': string;
  height?: number;
  style?: CSSProperties;
};

export function EChart({ option, height = 300, style, ...rest }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  // One instance per mounted element: resized with its container, disposed on unmount.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = init(el, THEME, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  // notMerge: a new option replaces the old one, so series that went away do not linger.
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} role="img" aria-label={rest['aria-label']} style={{ width: '100%', height, ...style }} />;
}
