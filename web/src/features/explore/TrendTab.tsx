import { useMemo } from 'react';
import { Alert, DatePicker, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFrozenFirstColumn } from '../../components/useNarrow.ts';
import { EChart } from '../../components/EChart.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { RefreshButton } from '../../components/RefreshButton.tsx';
import type { Indicator } from '../indicators/api.ts';
import { useTrend, type TrendPoint } from './api.ts';
import { trendOption } from './charts.ts';
import { ExportButtons } from './ExportButtons.tsx';
import { RateSetAsideNote } from './RateSetAsideNote.tsx';
import { formatAggregate, formatRatio, formatShare } from './format.ts';
import { sexColumns, useSeriesNames } from './labels.ts';

interface Props {
  regionCode: string;
  regionName: string;
  indicator: Indicator;
  indicatorName: string;
  from?: string;
  to?: string;
  onRange: (from: string | null, to: string | null) => void;
}

const num = (text: string) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{text}</span>;

/** P and L (and T) over the periods, the gap between them, and the same numbers as a table. */
export function TrendTab({ regionCode, regionName, indicator, indicatorName, from, to, onRange }: Props) {
  const { t } = useTranslation();
  const trend = useTrend(regionCode, indicator.code, from, to);
  const names = useSeriesNames();
  const frozen = useFrozenFirstColumn(90);
  const show = sexColumns(indicator);
  const d = indicator.decimals;
  const points = trend.data?.indicator.code === indicator.code ? trend.data.points : undefined;
  const { l: showL, t: showT } = show;
  const option = useMemo(
    () => trendOption(points ?? [], names, d, { l: showL, t: showT }),
    [points, names, d, showL, showT],
  );

  const columns: ColumnsType<TrendPoint> = [
    { title: t('data.period'), dataIndex: 'period', width: 110, ...frozen },
    {
      title: names.p,
      dataIndex: 'p',
      align: 'end',
      render: (v: number | null) => num(formatAggregate(v, d)),
    },
  ];
  if (show.l) {
    columns.push({
      title: names.l,
      dataIndex: 'l',
      align: 'end',
      render: (v: number | null) => num(formatAggregate(v, d)),
    });
  }
  if (show.t) {
    columns.push({
      title: names.t,
      dataIndex: 't',
      align: 'end',
      render: (v: number | null) => num(formatAggregate(v, d)),
    });
  }
  if (show.l) {
    columns.push(
      {
        title: names.diff,
        dataIndex: 'diff',
        align: 'end',
        render: (v: number | null) => num(formatAggregate(v, d)),
      },
      { title: names.ratio, dataIndex: 'ratio', align: 'end', render: (v: number | null) => formatRatio(v) },
      {
        title: t('explore.relative'),
        dataIndex: 'relative',
        align: 'end',
        render: (v: number | null) => formatShare(v),
      },
    );
  }

  const range: [dayjs.Dayjs, dayjs.Dayjs] | null =
    from && to ? [dayjs(`${from.slice(0, 4)}-01-01`), dayjs(`${to.slice(0, 4)}-01-01`)] : null;

  return (
    <>
      <Flex gap={12} wrap align="center" justify="space-between" style={{ marginBottom: 12 }}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text>{t('explore.range')}:</Typography.Text>
          <DatePicker.RangePicker
            picker="year"
            aria-label={t('explore.range')}
            data-testid="trend-range"
            value={range}
            allowClear
            placeholder={[t('explore.rangeFrom'), t('explore.rangeTo')]}
            onChange={(v) =>
              onRange(v?.[0] ? String(v[0].year()) : null, v?.[1] ? String(v[1].year()) : null)
            }
          />
          <RefreshButton query={trend} />
        </Flex>
        <ExportButtons filters={{ region: regionCode, indicator: indicator.code, from, to }} />
      </Flex>
      <ErrorAlert error={trend.error} onRetry={() => void trend.refetch()} />
      {points && points.length === 0 ? (
        <div data-testid="trend-empty" style={{ padding: 24 }}>
          <EmptyState>
            {from || to
              ? t('explore.noValuesInRange', { indicator: indicatorName, region: regionName })
              : t('explore.noValues', { indicator: indicatorName, region: regionName })}
          </EmptyState>
        </div>
      ) : (
        <>
          {!show.l && (
            <Alert type="info" showIcon title={t('explore.womenOnly')} style={{ marginBottom: 12 }} />
          )}
          <RateSetAsideNote
            items={(points ?? []).map((p) => ({ where: p.period, setAside: p.setAside }))}
            decimals={d}
          />
          <EChart
            option={option}
            height={show.l ? 440 : 320}
            ariaLabel={t('explore.trendChart', { indicator: indicatorName })}
            data-testid="trend-chart"
          />
          <Table<TrendPoint>
            data-testid="trend-table"
            rowKey="period"
            size="small"
            style={{ marginTop: 16 }}
            columns={columns}
            dataSource={points ?? []}
            loading={trend.isFetching}
            pagination={false}
            scroll={{ x: 720 }}
          />
        </>
      )}
    </>
  );
}
