import { useMemo } from 'react';
import { Flex, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useFrozenFirstColumn } from '../../components/useNarrow.ts';
import { EChart } from '../../components/EChart.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { Indicator } from '../indicators/api.ts';
import type { CatalogLabels } from '../indicators/labels.ts';
import { useBreakdown, useTrend, type BreakdownItem } from './api.ts';
import { barsOption } from './charts.ts';
import { ExportButtons } from './ExportButtons.tsx';
import { formatAggregate } from './format.ts';
import { sexColumns, useSeriesNames } from './labels.ts';

interface Props {
  regionCode: string;
  regionName: string;
  indicator: Indicator;
  indicatorName: string;
  labels: CatalogLabels;
  period?: string;
  dimension?: string;
  onChange: (patch: { period?: string; dimension?: string }) => void;
}

type Row = BreakdownItem & { label: string };

/** One period of the indicator by the members of one of its dimensions, women beside men. */
export function BreakdownTab(props: Props) {
  const { regionCode, regionName, indicator, indicatorName, labels, onChange } = props;
  const { t, i18n } = useTranslation();
  const names = useSeriesNames();
  const frozen = useFrozenFirstColumn(140);
  const show = sexColumns(indicator);
  const d = indicator.decimals;
  // The periods with values come from the (cached) full trend of the indicator.
  const trend = useTrend(regionCode, indicator.code);
  const periods = (trend.data?.indicator.code === indicator.code ? trend.data.points : [])
    .filter((x) => x.p !== null || x.l !== null)
    .map((x) => x.period)
    .reverse();
  const period = props.period ?? periods[0] ?? null;
  const dimension =
    props.dimension && indicator.dimensions.includes(props.dimension)
      ? props.dimension
      : (indicator.dimensions[0] ?? null);
  const breakdown = useBreakdown(regionCode, indicator.code, period, dimension);
  const en = i18n.language === 'en';
  const rows = useMemo<Row[]>(
    () => (breakdown.data ?? []).map((x) => ({ ...x, label: en ? x.labelEn : x.labelId })),
    [breakdown.data, en],
  );
  const { l: showL, t: showT } = show;
  const option = useMemo(
    () => barsOption(rows, names, d, { l: showL, t: false }, rows.length > 8),
    [rows, names, d, showL],
  );

  if (indicator.dimensions.length === 0) {
    return (
      <div data-testid="breakdown-none" style={{ padding: 24 }}>
        <EmptyState>{t('explore.noDimensions')}</EmptyState>
      </div>
    );
  }
  if (trend.data && periods.length === 0) {
    return (
      <div style={{ padding: 24 }}>
        <EmptyState>{t('explore.noValues', { indicator: indicatorName, region: regionName })}</EmptyState>
      </div>
    );
  }

  const numeric = (key: 'p' | 'l' | 't', title: string) => ({
    title,
    dataIndex: key,
    align: 'end' as const,
    render: (v: number | null) => formatAggregate(v, d),
  });
  const columns: ColumnsType<Row> = [
    { title: dimension ? labels.setName(dimension) : '', dataIndex: 'label', ...frozen },
    numeric('p', names.p),
  ];
  if (showL) columns.push(numeric('l', names.l));
  if (showT) columns.push(numeric('t', names.t));
  if (showL) {
    columns.push({
      title: names.diff,
      key: 'diff',
      align: 'end',
      render: (_: unknown, r) => formatAggregate(r.p !== null && r.l !== null ? r.p - r.l : null, d),
    });
  }

  return (
    <>
      <Flex gap={12} wrap align="center" justify="space-between" style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap>
          <Select<string>
            aria-label={t('data.period')}
            data-testid="breakdown-period"
            prefix={`${t('data.period')}:`}
            value={period ?? undefined}
            loading={trend.isPending}
            style={{ width: 170 }}
            options={periods.map((p) => ({ value: p, label: p }))}
            onChange={(p) => onChange({ period: p })}
          />
          <Select<string>
            aria-label={t('explore.dimension')}
            data-testid="breakdown-dimension"
            prefix={`${t('explore.dimension')}:`}
            value={dimension ?? undefined}
            style={{ width: 380 }}
            popupMatchSelectWidth={false}
            options={indicator.dimensions.map((s) => ({ value: s, label: labels.setName(s) }))}
            onChange={(s) => onChange({ dimension: s })}
          />
        </Flex>
        {period && (
          <ExportButtons
            filters={{ region: regionCode, indicator: indicator.code, from: period, to: period }}
          />
        )}
      </Flex>
      <ErrorAlert error={breakdown.error} onRetry={() => void breakdown.refetch()} />
      {!breakdown.isError && (
        <>
          <EChart
            option={option}
            height={rows.length > 8 ? Math.max(320, rows.length * 34 + 70) : 360}
            ariaLabel={t('explore.breakdownChart', { indicator: indicatorName, period: period ?? '' })}
            data-testid="breakdown-chart"
          />
          <Table<Row>
            data-testid="breakdown-table"
            rowKey="member"
            size="small"
            style={{ marginTop: 16 }}
            columns={columns}
            dataSource={rows}
            loading={breakdown.isFetching}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
        </>
      )}
    </>
  );
}
