import { useMemo, useState } from 'react';
import { Alert, Flex, Segmented, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatNumber } from '../../components/format.ts';
import { useFrozenFirstColumn } from '../../components/useNarrow.ts';
import type { Indicator } from '../indicators/api.ts';
import { currentYear } from '../values/period.ts';
import { useProvinceYears, useRegionFigures, type RegionFigureRow, type RegionFiguresScope } from './api.ts';
import { formatAggregate, formatRatio, formatSigned, NO_VALUE } from './format.ts';
import { sexColumns, useSeriesNames } from './labels.ts';

interface Props {
  province: string;
  /** The actor reads the nation too (superadmin): the national views are offered. */
  national: boolean;
  indicator: Indicator;
  indicatorName: string;
}

/** How many years back the year picker offers. */
const YEARS_BACK = 10;

type Row = RegionFigureRow & { key: string };
type NumberKey = 'rank' | 'female' | 'male' | 'total' | 'gap' | 'ratio' | 'previousTotal' | 'change';

/** Nulls sort last whichever way the column is sorted, so regions without a value never lead. */
function byNumber(key: NumberKey) {
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

/**
 * Perbandingan wilayah: the regions of a scope ranked on one indicator and year, with the
 * change since the year before and the scope rolled up from them beside its stored value
 * (GET /api/explore/regions).
 */
export function RegionsTab({ province, national, indicator, indicatorName }: Props) {
  const { t } = useTranslation();
  const names = useSeriesNames();
  const frozen = useFrozenFirstColumn(160);
  const show = sexColumns(indicator);
  const d = indicator.decimals;
  const years = useMemo(() => {
    const now = currentYear();
    return Array.from({ length: YEARS_BACK }, (_, i) => now - i);
  }, []);
  // The latest year in which the province's kab/kota have a value opens first.
  const withValues = useProvinceYears(province, indicator.code, years);
  const [asked, setYear] = useState<number | null>(null);
  const year = asked ?? withValues?.[0] ?? years[1];
  const [scope, setScope] = useState<RegionFiguresScope>({ scope: province, level: 'kabkota' });
  const figures = useRegionFigures(indicator.code, year, scope, asked !== null || withValues !== null);
  const data = figures.data?.indicator.code === indicator.code ? figures.data : undefined;
  const rows = useMemo<Row[]>(() => (data?.rows ?? []).map((r) => ({ ...r, key: r.regionCode })), [data]);
  const withValue = rows.filter((r) => r.source !== null).length;

  const scopeOptions = [
    { value: 'province', label: t('explore.regions.scopeProvince') },
    ...(national
      ? [
          { value: 'national-provinsi', label: t('explore.regions.scopeNationalProvinces') },
          { value: 'national-kabkota', label: t('explore.regions.scopeNationalKabkota') },
        ]
      : []),
  ];
  const scopeKey = scope.scope === 'national' ? `national-${scope.level}` : 'province';

  const numeric = (key: NumberKey, title: string, signed = false): ColumnsType<Row>[number] => ({
    title,
    dataIndex: key,
    align: 'end',
    sorter: byNumber(key),
    render: (v: number | null) => (signed ? formatSigned(v, d) : formatAggregate(v, d)),
  });
  const columns: ColumnsType<Row> = [
    {
      title: t('explore.regions.rank'),
      dataIndex: 'rank',
      width: 90,
      align: 'end',
      sorter: byNumber('rank'),
      defaultSortOrder: 'ascend',
      render: (v: number | null) => (v === null ? NO_VALUE : formatNumber(v)),
    },
    {
      title: t('explore.regions.region'),
      dataIndex: 'regionName',
      ...frozen,
      sorter: (a, b) => a.regionName.localeCompare(b.regionName),
    },
    numeric('female', names.p),
  ];
  if (show.l) columns.push(numeric('male', names.l));
  if (show.t) columns.push(numeric('total', names.t));
  if (show.l) {
    columns.push(numeric('gap', names.diff, true), {
      title: names.ratio,
      dataIndex: 'ratio',
      align: 'end',
      sorter: byNumber('ratio'),
      render: (v: number | null) => formatRatio(v),
    });
  }
  columns.push(
    numeric('previousTotal', t('explore.regions.previous', { year: year - 1 })),
    numeric('change', t('explore.regions.change'), true),
    {
      title: t('explore.regions.source'),
      dataIndex: 'source',
      render: (v: Row['source']) =>
        v === null ? (
          NO_VALUE
        ) : (
          <Tag color={v === 'stored' ? 'blue' : 'gold'}>
            {t(v === 'stored' ? 'explore.regions.sourceStored' : 'explore.regions.sourceRolledUp')}
          </Tag>
        ),
    },
  );

  const figure = data?.scopeFigure;
  const scopeName = data?.scope.name ?? '';

  return (
    <>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        {scopeOptions.length > 1 && (
          <Segmented
            data-testid="regions-scope"
            value={scopeKey}
            options={scopeOptions}
            onChange={(key) =>
              setScope(
                key === 'province'
                  ? { scope: province, level: 'kabkota' }
                  : { scope: 'national', level: key === 'national-provinsi' ? 'provinsi' : 'kabkota' },
              )
            }
          />
        )}
        <Select<number>
          aria-label={t('explore.regions.year')}
          data-testid="regions-year"
          prefix={`${t('explore.regions.year')}:`}
          value={year}
          style={{ width: 150 }}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          onChange={setYear}
        />
      </Flex>
      <ErrorAlert error={figures.error} onRetry={() => void figures.refetch()} />
      {data && withValue === 0 ? (
        <div data-testid="regions-empty" style={{ padding: 24 }}>
          <EmptyState>
            {t('explore.regions.empty', { indicator: indicatorName, year, scope: scopeName })}
          </EmptyState>
        </div>
      ) : (
        data &&
        figure && (
          <>
            <Typography.Paragraph type="secondary" data-testid="regions-reporting">
              {t('explore.regions.reporting', {
                n: formatNumber(withValue),
                of: formatNumber(rows.length),
                year,
              })}
            </Typography.Paragraph>
            {figure.rolledUp === null ? (
              <Alert
                type="info"
                showIcon
                data-testid="regions-rollup"
                title={t('explore.regions.noRollup', {
                  scope: scopeName,
                  stored: formatAggregate(figure.stored.total ?? figure.stored.female, d),
                })}
              />
            ) : (
              <Alert
                type={figure.difference.total !== null && figure.difference.total !== 0 ? 'warning' : 'info'}
                showIcon
                data-testid="regions-rollup"
                title={t('explore.regions.rollup', {
                  scope: scopeName,
                  rolledUp: formatAggregate(figure.rolledUp.total, d),
                  n: formatNumber(figure.reporting),
                  of: formatNumber(figure.of),
                })}
                description={
                  figure.stored.total === null
                    ? t('explore.regions.noStored', { scope: scopeName })
                    : t('explore.regions.stored', {
                        stored: formatAggregate(figure.stored.total, d),
                        difference: formatSigned(figure.difference.total, d),
                      })
                }
              />
            )}
            <Table<Row>
              data-testid="regions-table"
              size="small"
              style={{ marginTop: 16 }}
              columns={columns}
              dataSource={rows}
              loading={figures.isFetching}
              pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
              scroll={{ x: 1000 }}
            />
          </>
        )
      )}
    </>
  );
}
