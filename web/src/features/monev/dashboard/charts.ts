import type { TFunction } from 'i18next';
import { AGE_GROUPS, QUARTERS, TARGET_GROUPS } from '../../../../../domain/monev/constants.ts';
import type { ChartOption } from '../../../components/EChart.tsx';
import { formatNumber } from '../../../components/format.ts';
import { formatRupiah, formatShare, shortRupiah } from '../../../components/money.ts';
import type { DashboardFigures, DashboardTrend, DashboardUnit } from './api.ts';

/**
 * Chart options of the monev dashboard. Amounts become numbers only to size the bars; every
 * figure a reader sees (tooltips, axis labels) is formatted the Indonesian way, money from the
 * exact strings. Each chart has a table beside it (ChartOrTable) with the same figures.
 */

const AXIS_LABEL = { color: '#595959' };
const SPLIT_LINE = { lineStyle: { color: '#f0f0f0' } };
const percentAxis = (v: number) => `${v.toLocaleString('id-ID')}%`;

export const SEX_COLORS = { P: '#b5367d', L: '#2f6fb3' } as const;
const STATUS_COLORS = {
  verified: '#389e0d',
  submitted: '#1677ff',
  returned: '#d48806',
  draft: '#bfbfbf',
  missing: '#f0f0f0',
} as const;

/** A grey pagu bar and a purple realised bar per row; tooltips read the exact strings of the same row. */
function paguRealisedBars(
  rows: readonly { pagu: string; realised: string; realisedShare: string | null }[],
  t: TFunction,
) {
  return [
    {
      type: 'bar' as const,
      name: t('monevDashboard.pagu'),
      data: rows.map((r) => Number(r.pagu)),
      color: '#bfbfbf',
      tooltip: { valueFormatter: (_v: unknown, i: number) => formatRupiah(rows[i]?.pagu) },
    },
    {
      type: 'bar' as const,
      name: t('monevDashboard.realised'),
      data: rows.map((r) => Number(r.realised)),
      color: '#6b4fa3',
      tooltip: {
        valueFormatter: (_v: unknown, i: number) =>
          `${formatRupiah(rows[i]?.realised)} (${formatShare(rows[i]?.realisedShare)})`,
      },
    },
  ];
}

/** Pagu against realisation per OPD or kab/kota, longest pagu on top. */
export function realisationOption(units: readonly DashboardUnit[], t: TFunction): ChartOption {
  const rows = [...units].sort((a, b) => Number(a.pagu) - Number(b.pagu));
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 8, bottom: 40, containLabel: true },
    xAxis: {
      type: 'value',
      axisLabel: { ...AXIS_LABEL, formatter: (v: number) => shortRupiah(v, t) },
      splitLine: SPLIT_LINE,
    },
    yAxis: {
      type: 'category',
      data: rows.map((u) => u.shortName || u.name),
      axisLabel: { ...AXIS_LABEL, width: 140, overflow: 'truncate' },
    },
    series: paguRealisedBars(rows, t),
  };
}

/** The rows of the beneficiaries chart and table: everyone, then each target group and age group counted. */
export function beneficiaryRows(figures: DashboardFigures, t: TFunction) {
  const b = figures.beneficiaries;
  return [
    { key: 'total', label: t('monevDashboard.allBeneficiaries'), P: b.P, L: b.L },
    ...TARGET_GROUPS.flatMap((g) =>
      b.group[g] ? [{ key: `group.${g}`, label: t(`monev.targetGroups.${g}`), ...b.group[g] }] : [],
    ),
    ...AGE_GROUPS.flatMap((g) =>
      b.age[g] ? [{ key: `age.${g}`, label: t(`monev.ageGroups.${g}`), ...b.age[g] }] : [],
    ),
  ];
}

/** Horizontal bars, so the groups' long names stay readable; the first row on top. */
export function beneficiariesOption(figures: DashboardFigures, t: TFunction): ChartOption {
  const rows = beneficiaryRows(figures, t).reverse();
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => formatNumber(Number(v)),
    },
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 8, bottom: 40, containLabel: true },
    xAxis: {
      type: 'value',
      axisLabel: { ...AXIS_LABEL, formatter: (v: number) => formatNumber(v) },
      splitLine: SPLIT_LINE,
    },
    yAxis: {
      type: 'category',
      data: rows.map((r) => r.label),
      axisLabel: { ...AXIS_LABEL, width: 150, overflow: 'truncate' },
    },
    series: (['P', 'L'] as const).map((sex) => ({
      type: 'bar' as const,
      name: t(`monev.sex.${sex}`),
      data: rows.map((r) => r[sex]),
      color: SEX_COLORS[sex],
    })),
  };
}

const STATUS_ORDER = ['verified', 'submitted', 'returned', 'draft', 'missing'] as const;

/** Each quarter's lines by report status, stacked; late reports said in the tooltip and the table. */
export function quartersOption(
  figures: DashboardFigures,
  t: TFunction,
  quarterLabel: (q: number) => string,
): ChartOption {
  const quarters = QUARTERS.map((q) => figures.quarters.find((c) => c.quarter === q));
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 16, bottom: 56, containLabel: true },
    xAxis: { type: 'category', data: QUARTERS.map(quarterLabel), axisLabel: AXIS_LABEL },
    yAxis: { type: 'value', minInterval: 1, axisLabel: AXIS_LABEL, splitLine: SPLIT_LINE },
    series: [
      ...STATUS_ORDER.map((status) => ({
        type: 'bar' as const,
        stack: 'status',
        name: t(`monevDashboard.status.${status}`),
        data: quarters.map((c) => c?.[status] ?? 0),
        color: STATUS_COLORS[status],
        itemStyle: status === 'missing' ? { borderColor: '#d9d9d9', borderType: 'dashed' as const } : {},
      })),
      {
        type: 'line' as const,
        name: t('monevDashboard.status.late'),
        data: quarters.map((c) => c?.late ?? 0),
        color: '#cf1322',
        symbolSize: 8,
      },
    ],
  };
}

/** Pagu and realisation of each year as bars, the realised share as a line on its own axis. */
export function trendOption(trend: DashboardTrend, t: TFunction): ChartOption {
  const points = [...trend].sort((a, b) => a.year - b.year);
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 24, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: points.map((p) => String(p.year)), axisLabel: AXIS_LABEL },
    yAxis: [
      {
        type: 'value',
        axisLabel: { ...AXIS_LABEL, formatter: (v: number) => shortRupiah(v, t) },
        splitLine: SPLIT_LINE,
      },
      {
        type: 'value',
        position: 'right',
        min: 0,
        max: (v: { max: number }) => Math.max(100, Math.ceil(v.max)),
        axisLabel: { ...AXIS_LABEL, formatter: percentAxis },
        splitLine: { show: false },
      },
    ],
    series: [
      ...paguRealisedBars(points, t),
      {
        type: 'line',
        name: t('monevDashboard.realisedShare'),
        yAxisIndex: 1,
        data: points.map((p) => (p.realisedShare === null ? null : Number(p.realisedShare))),
        color: '#b5367d',
        symbolSize: 8,
        tooltip: { valueFormatter: (_v: unknown, i: number) => formatShare(points[i]?.realisedShare) },
      },
    ],
  };
}
