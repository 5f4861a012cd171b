/**
 * Trend charts of the Profil Gender, drawn by Apache ECharts' server-side SVG renderer (no
 * browser, no canvas) and embedded in the PDF as vector graphics, so they stay sharp in print.
 */
import * as echarts from 'echarts';
import { formatNumber } from './format.js';
import type { ProfilIndicator } from './model.js';

export const CHART_COLORS = { P: '#b0306b', L: '#1f5f99' } as const;

/**
 * P and L of an indicator over the years: lines for a trend, bars when only one year has
 * data (a line of one point says nothing). Returns null when there is nothing to draw.
 */
export function trendChartSvg(ind: ProfilIndicator, width: number, height: number): string | null {
  const rows = ind.rows.filter((r) => r.p !== null || r.l !== null);
  if (rows.length === 0) return null;
  const type = rows.length === 1 ? 'bar' : 'line';
  const series = [
    { sex: 'P', name: 'Perempuan', data: rows.map((r) => r.p) },
    { sex: 'L', name: 'Laki-laki', data: rows.map((r) => r.l) },
  ]
    .filter((s) => ind.sexes.includes(s.sex) && s.data.some((v) => v !== null))
    .map((s) => ({
      name: s.name,
      type,
      data: s.data,
      color: CHART_COLORS[s.sex as 'P' | 'L'],
      symbolSize: 5,
      barMaxWidth: 40,
      connectNulls: false,
      label: {
        show: rows.length <= 2,
        position: 'top',
        fontSize: 9,
        // The PDF's SVG renderer ignores paint-order, so a halo would paint over the digits.
        textBorderWidth: 0,
        formatter: (p: { value: unknown }) => formatNumber(p.value as number | null, ind.decimals),
      },
    }));

  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      // Animation would leave the first frame (empty series) in a one-shot SSR render.
      animation: false,
      textStyle: { fontFamily: 'Roboto', fontSize: 9, color: '#333' },
      grid: { left: 64, right: 16, top: 16, bottom: 44 },
      legend: { bottom: 0, itemWidth: 14, itemHeight: 8, textStyle: { fontSize: 9 } },
      xAxis: {
        type: 'category',
        data: rows.map((r) => String(r.year)),
        axisTick: { alignWithLabel: true },
        axisLabel: { fontSize: 9 },
      },
      yAxis: {
        type: 'value',
        scale: type === 'line',
        // Five ticks at most: a 170 pt tall chart has no room for more labels.
        splitNumber: 4,
        axisLabel: { fontSize: 9, formatter: (v: number) => formatNumber(v, axisDecimals(v, ind.decimals)) },
        splitLine: { lineStyle: { color: '#e5e5e5' } },
      },
      series,
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Axis ticks are round numbers: show decimals only where a tick has them. */
function axisDecimals(value: number, decimals: number): number {
  if (Number.isInteger(value)) return 0;
  return Math.min(Math.max(decimals, 1), 2);
}
