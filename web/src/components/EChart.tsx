import { useEffect, useRef, type CSSProperties } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';

// Only the parts the app draws are registered: the whole of ECharts would triple the chunk.
// A chart type only one page draws (the recap's pie) is registered by that page, with
// `registerCharts`, so its code stays in that page's chunk.
echarts.use([LineChart, BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export const registerCharts = echarts.use;

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

interface Props {
  option: ChartOption;
  height: number;
  /** What the chart shows, for screen readers (the table below it carries the numbers). */
  ariaLabel: string;
  style?: CSSProperties;
  'data-testid'?: string;
}

/**
 * One ECharts instance drawn as SVG (crisp when printed or zoomed, and testable in the DOM),
 * created on mount, updated when the option changes, resized with its box, disposed on unmount.
 */
export function EChart({ option, height, ariaLabel, style, 'data-testid': testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'svg' });
    chart.current = instance;
    // The sidebar folding or the window narrowing changes the box without a window resize.
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a series that disappears (a women-only indicator) must not linger.
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={box}
      role="img"
      aria-label={ariaLabel}
      data-testid={testId}
      style={{ width: '100%', height, ...style }}
    />
  );
}
