import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { PieChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type { PieSeriesOption } from 'echarts/charts';
import type { LegendComponentOption, TooltipComponentOption } from 'echarts/components';

// The shared EChart registers lines and bars only; the pie is needed here alone, so it is
// registered with this page's chunk rather than weighing on every chart of the app.
echarts.use([PieChart, LegendComponent, TooltipComponent, SVGRenderer]);

export type DonutOption = ComposeOption<PieSeriesOption | LegendComponentOption | TooltipComponentOption>;

interface Props {
  option: DonutOption;
  height: number;
  ariaLabel: string;
  'data-testid'?: string;
}

/** A pie/donut drawn as SVG, with the same life cycle as components/EChart. */
export function DonutChart({ option, height, ariaLabel, 'data-testid': testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div ref={box} role="img" aria-label={ariaLabel} data-testid={testId} style={{ width: '100%', height }} />
  );
}
