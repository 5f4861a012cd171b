import type { ChartOption } from '../../components/EChart.tsx';
import type { SexRow, TrendPoint } from './api.ts';
import { formatAggregate, formatRatio } from './format.ts';

/** Women, men, total: the same colours in every chart of the app. */
export const SEX_COLORS = { p: '#b5367d', l: '#2f6fb3', t: '#8c8c8c' } as const;
const GAP_COLOR = '#e8913a';
const RATIO_COLOR = '#6b4fa3';

export interface SeriesNames {
  p: string;
  l: string;
  t: string;
  diff: string;
  ratio: string;
}

type YAxis = Extract<NonNullable<ChartOption['yAxis']>, unknown[]>[number];

const AXIS_LABEL = { color: '#595959' };
const SPLIT_LINE = { lineStyle: { color: '#f0f0f0' } };

/** The series a chart draws: P always, L and the total where the indicator has them. */
function shownSexes(show: { l: boolean; t: boolean }): ('p' | 'l' | 't')[] {
  return ['p', ...(show.l ? (['l'] as const) : []), ...(show.t ? (['t'] as const) : [])];
}

/**
 * The trend chart: P, L (and T) on top, on one axis — a second axis for T would let lines
 * cross where the numbers do not — and, when both sexes exist, the gap below: P − L as bars
 * on the left axis and P/L on the right axis, sharing the periods.
 */
export function trendOption(
  points: TrendPoint[],
  names: SeriesNames,
  decimals: number,
  show: { l: boolean; t: boolean },
): ChartOption {
  const gap = show.l;
  const fmt = (v: unknown) => formatAggregate(typeof v === 'number' ? v : null, decimals);
  const ratioFmt = (v: unknown) => formatRatio(typeof v === 'number' ? v : null);
  const axisNumber = (v: number) => formatAggregate(v, decimals > 0 ? 1 : 0);

  const yAxis: YAxis[] = [];
  /** Adds a value axis and answers its index. Lines may zoom in on their range; bars and the
   * ratio start at zero, where a small change would otherwise look like a large one. */
  const axis = (gridIndex: number, right: boolean, zoom: boolean, formatter: (v: number) => string) => {
    yAxis.push({
      type: 'value',
      gridIndex,
      position: right ? 'right' : 'left',
      scale: zoom,
      splitLine: right ? { show: false } : SPLIT_LINE,
      axisLabel: { ...AXIS_LABEL, formatter },
    });
    return yAxis.length - 1;
  };
  const sexAxis = axis(0, false, true, axisNumber);

  const line = (
    name: string,
    color: string,
    data: (number | null)[],
    yAxisIndex: number,
    dashed = false,
  ) => ({
    type: 'line' as const,
    name,
    data,
    color,
    symbolSize: 7,
    lineStyle: { width: dashed ? 2 : 3, type: dashed ? ('dashed' as const) : ('solid' as const) },
    xAxisIndex: 0,
    yAxisIndex,
    tooltip: { valueFormatter: fmt },
  });
  const series: NonNullable<ChartOption['series']> = shownSexes(show).map((k) =>
    line(
      names[k],
      SEX_COLORS[k],
      points.map((x) => x[k]),
      sexAxis,
      k === 't',
    ),
  );
  if (gap) {
    const diffAxis = axis(1, false, false, axisNumber);
    const ratioAxis = axis(1, true, false, formatRatio);
    series.push(
      {
        type: 'bar',
        name: names.diff,
        data: points.map((x) => x.diff),
        color: GAP_COLOR,
        barMaxWidth: 28,
        xAxisIndex: 1,
        yAxisIndex: diffAxis,
        tooltip: { valueFormatter: fmt },
      },
      {
        type: 'line',
        name: names.ratio,
        data: points.map((x) => x.ratio),
        color: RATIO_COLOR,
        symbolSize: 6,
        xAxisIndex: 1,
        yAxisIndex: ratioAxis,
        tooltip: { valueFormatter: ratioFmt },
      },
    );
  }
  const categoryAxis = (gridIndex: number) => ({
    type: 'category' as const,
    gridIndex,
    data: points.map((x) => x.period),
    axisLabel: AXIS_LABEL,
    axisTick: { alignWithLabel: true },
  });
  const side = { left: 80, right: gap ? 80 : 30 };
  return {
    animation: false,
    legend: { top: 0, textStyle: { color: '#262626' } },
    tooltip: { trigger: 'axis' },
    grid: gap
      ? [
          { top: 40, ...side, height: '46%' },
          { top: '67%', ...side, bottom: 30 },
        ]
      : [{ top: 40, ...side, bottom: 30 }],
    xAxis: gap ? [categoryAxis(0), categoryAxis(1)] : [categoryAxis(0)],
    yAxis,
    series,
  };
}

/**
 * Grouped bars: one group per row (a dimension member or a kab/kota), one bar per sex.
 * Long names (kab/kota) turn the chart on its side so every label stays readable.
 */
export function barsOption(
  rows: (SexRow & { label: string })[],
  names: Pick<SeriesNames, 'p' | 'l' | 't'>,
  decimals: number,
  show: { l: boolean; t: boolean },
  horizontal: boolean,
): ChartOption {
  const fmt = (v: unknown) => formatAggregate(typeof v === 'number' ? v : null, decimals);
  const bar = (name: string, color: string, data: (number | null)[]) => ({
    type: 'bar' as const,
    name,
    data,
    color,
    barMaxWidth: 22,
    tooltip: { valueFormatter: fmt },
  });
  const series = shownSexes(show).map((k) =>
    bar(
      names[k],
      SEX_COLORS[k],
      rows.map((r) => r[k]),
    ),
  );
  const category = {
    type: 'category' as const,
    data: rows.map((r) => r.label),
    axisLabel: { ...AXIS_LABEL, interval: 0, width: horizontal ? 170 : 90, overflow: 'truncate' as const },
    inverse: horizontal,
  };
  const value = {
    type: 'value' as const,
    splitLine: SPLIT_LINE,
    axisLabel: { ...AXIS_LABEL, formatter: (v: number) => formatAggregate(v, decimals > 0 ? 1 : 0) },
  };
  return {
    animation: false,
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: horizontal
      ? { top: 36, left: 180, right: 30, bottom: 30 }
      : { top: 40, left: 70, right: 30, bottom: 40 },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series,
  };
}
