import type { TFunction } from 'i18next';
import { PieChart } from 'echarts/charts';
import { registerCharts, type ChartOption } from '../../components/EChart.tsx';
import { ARG_COLORS } from './arg.ts';
import type { ArgRecap } from './api-recap.ts';
import { formatRupiah, formatShare, shortRupiah } from '../../components/money.ts';

/**
 * Chart options of the ARG recap. Amounts become numbers only to size bars and slices;
 * every figure a reader sees (tooltips, labels) is formatted from the exact strings.
 */

// The pie is drawn on this page alone: registered here, it loads with this page, not with every chart.
registerCharts([PieChart]);

const AXIS_LABEL = { color: '#595959' };

/** The recap's pagu by ARG category (untagged lines as their own grey slice). */
export function categoryOption(recap: ArgRecap, t: TFunction): ChartOption {
  const data = recap.byCategory
    .filter((c) => c.count > 0)
    .map((c) => {
      const key = c.category;
      return {
        name: key === 'untagged' ? t('planning.sub.untagged') : t(`planning.argCategories.${key}.short`),
        value: Number(c.budget),
        itemStyle: { color: ARG_COLORS[key] },
        raw: c.budget,
        count: c.count,
      };
    });
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        const d = item.data as unknown as { raw: string; count: number };
        return `${item.name}<br/>${formatRupiah(d.raw)} · ${t('planning.recap.lines', { count: d.count })}`;
      },
    },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['42%', '66%'],
        center: ['50%', '42%'],
        avoidLabelOverlap: true,
        label: {
          formatter: (p) => `${(p.percent ?? 0).toLocaleString('id-ID', { maximumFractionDigits: 1 })}%`,
        },
        data,
      },
    ],
  };
}

/** Pagu vs ARG per year as bars, and the ARG share as a line on its own percent axis. */
export function trendOption(recap: ArgRecap, t: TFunction): ChartOption {
  const points = recap.trend.slice().sort((a, b) => a.year - b.year);
  const money = (key: 'budget' | 'responsive') => points.map((p) => Number(p[key]));
  // The tooltip reads the exact string of the same point, not the rounded number.
  const exact = (key: 'budget' | 'responsive') => (_v: unknown, i: number) => formatRupiah(points[i]?.[key]);
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 70, right: 56, top: 24, bottom: 48 },
    xAxis: { type: 'category', data: points.map((p) => String(p.year)), axisLabel: AXIS_LABEL },
    yAxis: [
      {
        type: 'value',
        axisLabel: { ...AXIS_LABEL, formatter: (v: number) => shortRupiah(v, t) },
        splitLine: { lineStyle: { color: '#f0f0f0' } },
      },
      {
        type: 'value',
        position: 'right',
        min: 0,
        axisLabel: { ...AXIS_LABEL, formatter: (v: number) => `${v.toLocaleString('id-ID')}%` },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        type: 'bar',
        name: t('planning.recap.totalBudget'),
        data: money('budget'),
        color: '#bfbfbf',
        tooltip: { valueFormatter: exact('budget') },
      },
      {
        type: 'bar',
        name: t('planning.recap.responsive'),
        data: money('responsive'),
        color: ARG_COLORS.khusus,
        tooltip: { valueFormatter: exact('responsive') },
      },
      {
        type: 'line',
        name: t('planning.recap.share'),
        yAxisIndex: 1,
        data: points.map((p) => (p.share === null ? null : Number(p.share))),
        color: '#6b4fa3',
        symbolSize: 8,
        lineStyle: { width: 3 },
        tooltip: {
          valueFormatter: (_v: unknown, i: number) => formatShare(points[i]?.share),
        },
      },
    ],
  };
}
