import { useMemo } from 'react';
import { Flex, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useFrozenFirstColumn } from '../../components/useNarrow.ts';
import { EChart } from '../../components/EChart.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatNumber } from '../../components/format.ts';
import type { Indicator } from '../indicators/api.ts';
import { currentYear } from '../values/period.ts';
import { useComparison, useProvinceYears, type CompareRow } from './api.ts';
import { barsOption } from './charts.ts';
import { ExportButtons } from './ExportButtons.tsx';
import { RateSetAsideNote } from './RateSetAsideNote.tsx';
import { formatAggregate, formatRatio } from './format.ts';
import { sexColumns, useSeriesNames } from './labels.ts';

interface Props {
  province: string;
  indicator: Indicator;
  indicatorName: string;
  period?: string;
  onPeriod: (period: string) => void;
}

/** How many years back the comparison looks for values. */
const YEARS_BACK = 8;

/** The periods of one year an indicator of this periodicity has, latest first. */
function periodsOfYear(year: number, periodicity: string): string[] {
  if (periodicity === 'semester') return [`${year}-S2`, `${year}-S1`];
  if (periodicity === 'quarter') return [4, 3, 2, 1].map((q) => `${year}-Q${q}`);
  return [String(year)];
}

type Row = CompareRow & { key: string; label: string; diff: number | null; ratio: number | null };

function withGap(r: CompareRow): Row {
  const both = r.p !== null && r.l !== null;
  return {
    ...r,
    key: r.regionCode,
    label: r.name,
    diff: both ? r.p! - r.l! : null,
    ratio: both && r.l !== 0 ? r.p! / r.l! : null,
  };
}

/** Nulls sort last whichever way the column is sorted, so missing kab/kota never lead the table. */
function byNumber(key: 'p' | 'l' | 't' | 'diff' | 'ratio') {
  return (a: Row, b: Row, order?: 'ascend' | 'descend' | null) => {
    const x = a[key];
    const y = b[key];
    if (x === null || y === null) {
      if (x === y) return 0;
      return (x === null ? 1 : -1) * (order === 'descend' ? -1 : 1);
    }
    return x - y;
  };
}

/** Every kab/kota of the province side by side for one period, with the province's own figure. */
export function CompareTab({ province, indicator, indicatorName, period: asked, onPeriod }: Props) {
  const { t } = useTranslation();
  const names = useSeriesNames();
  const frozen = useFrozenFirstColumn(130);
  const show = sexColumns(indicator);
  const d = indicator.decimals;
  const now = currentYear();
  const candidates = useMemo(() => Array.from({ length: YEARS_BACK }, (_, i) => now - i), [now]);
  const years = useProvinceYears(province, indicator.code, candidates);
  const periods = (years ?? []).flatMap((y) => periodsOfYear(y, indicator.periodicity));
  const period = asked ?? periods[0] ?? null;
  const compare = useComparison(province, indicator.code, period);
  const data = compare.data?.indicator.code === indicator.code ? compare.data : undefined;
  const rows = useMemo(() => (data?.items ?? []).map(withGap), [data]);
  const showL = show.l;
  const option = useMemo(
    () => barsOption(rows, names, d, { l: showL, t: false }, true),
    [rows, names, d, showL],
  );

  if (years !== null && periods.length === 0 && !asked) {
    return (
      <div data-testid="compare-empty" style={{ padding: 24 }}>
        <EmptyState>
          {t('explore.compareNoValues', {
            indicator: indicatorName,
            from: candidates[candidates.length - 1],
            to: candidates[0],
          })}
        </EmptyState>
      </div>
    );
  }

  const numeric = (key: 'p' | 'l' | 't' | 'diff', title: string): ColumnsType<Row>[number] => ({
    title,
    dataIndex: key,
    align: 'end',
    sorter: byNumber(key),
    render: (v: number | null) => formatAggregate(v, d),
  });
  const columns: ColumnsType<Row> = [
    {
      title: t('explore.kabkota'),
      dataIndex: 'label',
      ...frozen,
      sorter: (a, b) => a.label.localeCompare(b.label),
    },
    numeric('p', names.p),
  ];
  if (show.l) columns.push(numeric('l', names.l));
  if (show.t) columns.push(numeric('t', names.t));
  if (show.l) {
    columns.push(numeric('diff', names.diff), {
      title: names.ratio,
      dataIndex: 'ratio',
      align: 'end',
      sorter: byNumber('ratio'),
      render: (v: number | null) => formatRatio(v),
    });
  }
  const provinceRow = data ? withGap(data.province) : null;
  const options = [...new Set([...(asked ? [asked] : []), ...periods])].map((p) => ({ value: p, label: p }));

  return (
    <>
      <Flex gap={12} wrap align="center" justify="space-between" style={{ marginBottom: 12 }}>
        <Select<string>
          aria-label={t('data.period')}
          data-testid="compare-period"
          prefix={`${t('data.period')}:`}
          value={period ?? undefined}
          loading={years === null}
          style={{ width: 170 }}
          options={options}
          onChange={onPeriod}
        />
        {period && (
          <ExportButtons
            filters={{
              region: province,
              descendants: 'true',
              indicator: indicator.code,
              from: period,
              to: period,
            }}
          />
        )}
      </Flex>
      <ErrorAlert error={compare.error} onRetry={() => void compare.refetch()} />
      {data && (
        <>
          <Typography.Paragraph type="secondary" data-testid="compare-reporting">
            {t('explore.reporting', {
              n: formatNumber(data.province.reporting),
              of: formatNumber(data.province.of),
              period: data.period,
            })}
          </Typography.Paragraph>
          <RateSetAsideNote
            items={rows.map((r) => ({ where: r.label, setAside: r.setAside }))}
            decimals={d}
          />
          <EChart
            option={option}
            height={Math.max(300, rows.length * 36 + 70)}
            ariaLabel={t('explore.compareChart', { indicator: indicatorName, period: data.period })}
            data-testid="compare-chart"
          />
          <Table<Row>
            data-testid="compare-table"
            size="small"
            style={{ marginTop: 16 }}
            columns={columns}
            dataSource={rows}
            loading={compare.isFetching}
            pagination={false}
            scroll={{ x: 760 }}
            summary={() =>
              provinceRow && (
                <Table.Summary fixed>
                  <Table.Summary.Row style={{ background: '#fafafa', fontWeight: 600 }}>
                    <Table.Summary.Cell index={0}>
                      {/* A sum over fewer than all kab/kota is not the province's figure: say so. */}
                      {data.province.reporting < data.province.of && indicator.aggregation !== 'none'
                        ? t('explore.provinceRowPartial', {
                            name: provinceRow.name,
                            n: formatNumber(data.province.reporting),
                            of: formatNumber(data.province.of),
                          })
                        : t('explore.provinceRow', { name: provinceRow.name })}
                    </Table.Summary.Cell>
                    {columns.slice(1).map((c, i) => {
                      const key = (c as { dataIndex: keyof Row }).dataIndex;
                      const v = provinceRow[key] as number | null;
                      return (
                        <Table.Summary.Cell key={String(key)} index={i + 1} align="right">
                          {key === 'ratio' ? formatRatio(v) : formatAggregate(v, d)}
                        </Table.Summary.Cell>
                      );
                    })}
                  </Table.Summary.Row>
                </Table.Summary>
              )
            }
          />
        </>
      )}
    </>
  );
}
