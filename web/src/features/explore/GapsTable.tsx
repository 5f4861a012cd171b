import type { ReactNode } from 'react';
import { Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.tsx';
import type { Indicator } from '../indicators/api.ts';
import type { CatalogLabels } from '../indicators/labels.ts';
import type { GapItem, GapSort } from './api.ts';
import { formatAggregate, formatRatio, formatShare, formatSigned } from './format.ts';
import { exploreLink } from './params.ts';
import { useFrozenFirstColumn } from '../../components/useNarrow.ts';

interface Props {
  items: GapItem[] | undefined;
  loading: boolean;
  sort: GapSort;
  onSort: (sort: GapSort) => void;
  catalog: Indicator[] | undefined;
  labels: CatalogLabels;
  regionSearch: string;
  emptyText: ReactNode;
}

/** A change of the relative gap smaller than this per period (0.1 point) reads as steady. */
const STEADY = 0.001;

function TrendCell({ trend }: { trend: number | null }) {
  const { t } = useTranslation();
  if (trend === null) return <Typography.Text type="secondary">{t('gaps.trendUnknown')}</Typography.Text>;
  const points = formatSigned(trend * 100, 1);
  if (Math.abs(trend) < STEADY) {
    return (
      <Typography.Text type="secondary">
        <MinusOutlined /> {t('gaps.steady', { points })}
      </Typography.Text>
    );
  }
  const widening = trend > 0;
  const words = t(widening ? 'gaps.widening' : 'gaps.narrowing', { points });
  return (
    <Tooltip title={`${words}. ${t('gaps.trendHint')}`}>
      <span aria-label={words} style={{ color: widening ? '#cf1322' : '#237804', whiteSpace: 'nowrap' }}>
        {widening ? <ArrowUpOutlined /> : <ArrowDownOutlined />} {t('gaps.perPeriod', { points })}
      </span>
    </Tooltip>
  );
}

/**
 * The ranking itself. Sorting is the server's (it ranks by the latest relative gap or by its
 * slope), so the two sortable headers only switch which ranking is asked for.
 */
export function GapsTable(props: Props) {
  const { items, loading, sort, onSort, catalog, labels, regionSearch, emptyText } = props;
  const { t } = useTranslation();
  const decimalsOf = new Map((catalog ?? []).map((i) => [i.code, i.decimals]));
  const dec = (code: string) => decimalsOf.get(code) ?? 2;
  const frozen = useFrozenFirstColumn(150);

  const columns: ColumnsType<GapItem> = [
    { title: '#', key: 'rank', width: 48, fixed: frozen.fixed, render: (_: unknown, __, i) => i + 1 },
    {
      title: t('gaps.indicator'),
      key: 'indicator',
      ...frozen,
      render: (_: unknown, g) => (
        <div>
          <Link to={exploreLink(g.indicatorCode, regionSearch)}>{labels.name(g)}</Link>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {labels.group(g.domainGroup)} · {labels.unit(g.unit)} · {g.latest.period}
          </Typography.Text>
        </div>
      ),
    },
    ...(['p', 'l', 'diff'] as const).map((key) => ({
      title: t(`gaps.${key}`),
      key,
      align: 'end' as const,
      width: 100,
      render: (_: unknown, g: GapItem) => formatAggregate(g.latest[key], dec(g.indicatorCode)),
    })),
    {
      title: t('explore.ratio'),
      key: 'ratio',
      align: 'end',
      width: 86,
      render: (_: unknown, g) => formatRatio(g.latest.ratio),
    },
    {
      title: <Tooltip title={t('gaps.relativeHint')}>{t('explore.relative')}</Tooltip>,
      key: 'widest',
      align: 'end',
      width: 120,
      sorter: true,
      sortOrder: sort === 'widest' ? 'descend' : null,
      sortDirections: ['descend'],
      render: (_: unknown, g) => <strong>{formatShare(g.latest.relative)}</strong>,
    },
    {
      title: t('gaps.trend'),
      key: 'widening',
      width: 170,
      sorter: true,
      sortOrder: sort === 'widening' ? 'descend' : null,
      sortDirections: ['descend'],
      render: (_: unknown, g) => <TrendCell trend={g.trend} />,
    },
  ];

  return (
    <Table<GapItem>
      data-testid="gaps-table"
      rowKey="indicatorCode"
      size="middle"
      columns={columns}
      dataSource={items ?? []}
      loading={loading}
      scroll={{ x: 960 }}
      showSorterTooltip={false}
      locale={{ emptyText: items === undefined ? ' ' : <EmptyState>{emptyText}</EmptyState> }}
      pagination={{ defaultPageSize: 50, hideOnSinglePage: true, pageSizeOptions: [20, 50, 100] }}
      onChange={(_, __, sorter) => {
        const s = Array.isArray(sorter) ? sorter[0] : sorter;
        // A click on the active header would clear it; a ranking always has an order.
        if (s?.columnKey === 'widest' || s?.columnKey === 'widening') onSort(s.columnKey);
      }}
    />
  );
}
