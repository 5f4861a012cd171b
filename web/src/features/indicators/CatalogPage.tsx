import { useMemo, useState } from 'react';
import { Button, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { DOMAIN_GROUPS } from '../../../../domain/indicators.ts';
import { useRegion } from '../../app/region.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ListToolbar } from '../../components/ListToolbar.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatNumber } from '../../components/format.ts';
import { useAssignments, useDimensionSets, useIndicatorCatalog, type Indicator } from './api.ts';
import {
  CatalogFilters,
  NO_CATALOG_FILTERS,
  UNASSIGNED,
  type CatalogFilterValues,
} from './CatalogFilters.tsx';
import { IndicatorDrawer } from './IndicatorDrawer.tsx';
import { useCatalogLabels } from './labels.ts';

const GROUP_ORDER = new Map<string, number>(DOMAIN_GROUPS.map((g, i) => [g, i]));

export function CatalogPage() {
  const { t } = useTranslation();
  const { region } = useRegion();
  const isNational = region.level === 'nasional';
  const catalog = useIndicatorCatalog(region.code);
  const sets = useDimensionSets(region.code);
  const assignments = useAssignments(region.code, !isNational);
  const labels = useCatalogLabels(sets.data);
  const [filters, setFilters] = useState<CatalogFilterValues>(NO_CATALOG_FILTERS);
  const [openCode, setOpenCode] = useState<string | null>(null);

  const opdOf = useMemo(
    () => new Map((assignments.data ?? []).map((a) => [a.indicatorCode, a])),
    [assignments.data],
  );

  const rows = useMemo(() => {
    const q = filters.q.toLowerCase();
    return (catalog.data ?? [])
      .filter(
        (ind) =>
          (!q || [ind.code, ind.nameId, ind.nameEn].some((s) => s.toLowerCase().includes(q))) &&
          (!filters.group || ind.domainGroup === filters.group) &&
          (!filters.unit || ind.unit === filters.unit) &&
          (!filters.source || ind.source === filters.source) &&
          (!filters.opd ||
            (filters.opd === UNASSIGNED ? !opdOf.has(ind.code) : opdOf.get(ind.code)?.opdId === filters.opd)),
      )
      .sort(
        (a, b) =>
          (GROUP_ORDER.get(a.domainGroup) ?? 99) - (GROUP_ORDER.get(b.domainGroup) ?? 99) ||
          a.code.localeCompare(b.code),
      );
  }, [catalog.data, filters, opdOf]);

  const filtered = Object.values(filters).some((v) => v !== '');
  const open = (catalog.data ?? []).find((i) => i.code === openCode) ?? null;

  const columns: ColumnsType<Indicator> = [
    {
      title: t('catalog.name'),
      key: 'name',
      render: (_: unknown, ind) => (
        <div>
          <Button
            type="link"
            style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
            aria-label={t('catalog.details', { code: ind.code })}
            onClick={() => setOpenCode(ind.code)}
          >
            {labels.name(ind)}
          </Button>
          <Typography.Text type="secondary" code style={{ display: 'block', fontSize: 12 }}>
            {ind.code}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('catalog.group'),
      dataIndex: 'domainGroup',
      width: 170,
      render: (g: string) => labels.group(g),
    },
    {
      title: t('catalog.unit'),
      key: 'unit',
      width: 130,
      render: (_: unknown, ind) => (
        <>
          <div>{labels.unit(ind.unit)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {labels.periodicity(ind.periodicity)}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('catalog.dimensions'),
      key: 'dimensions',
      width: 180,
      render: (_: unknown, ind) => (
        <>
          <div>{ind.sexes.map((s) => labels.sex(s)).join(', ')}</div>
          {ind.dimensions.map((d) => (
            <Tag key={d} style={{ marginTop: 4 }}>
              {labels.setName(d)}
            </Tag>
          ))}
        </>
      ),
    },
    {
      title: t('catalog.source'),
      dataIndex: 'source',
      width: 140,
      render: (s: string) => labels.source(s),
    },
  ];
  if (!isNational) {
    columns.push({
      title: t('catalog.opd'),
      key: 'opd',
      width: 190,
      render: (_: unknown, ind) =>
        opdOf.get(ind.code)?.opdName ?? (
          <Typography.Text type="secondary">{t('catalog.unassigned')}</Typography.Text>
        ),
    });
  }

  return (
    <>
      <PageHeader
        title={t('catalog.title')}
        subtitle={t('catalog.subtitle', { region: `${region.name} (${region.code})` })}
      />
      <ListToolbar
        search={{
          label: t('catalog.searchLabel'),
          placeholder: t('catalog.searchPlaceholder'),
          width: 220,
          value: filters.q,
          onSearch: (q) => setFilters({ ...filters, q }),
        }}
        filtered={filtered}
        onReset={() => setFilters(NO_CATALOG_FILTERS)}
        refresh={catalog}
      >
        <CatalogFilters
          value={filters}
          onChange={setFilters}
          labels={labels}
          assignments={isNational ? undefined : (assignments.data ?? [])}
        />
      </ListToolbar>
      <ErrorAlert error={catalog.error ?? assignments.error} onRetry={() => void catalog.refetch()} />
      <Table<Indicator>
        data-testid="catalog-table"
        rowKey="code"
        columns={columns}
        dataSource={rows}
        loading={catalog.isFetching}
        size="middle"
        scroll={{ x: 1000 }}
        locale={{
          emptyText: catalog.isPending ? (
            ' '
          ) : (
            <EmptyState>{filtered ? t('catalog.emptyFiltered') : t('catalog.empty')}</EmptyState>
          ),
        }}
        pagination={{
          defaultPageSize: 20,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => t('catalog.count', { count: total, n: formatNumber(total) }),
        }}
      />
      <IndicatorDrawer
        indicator={open}
        catalog={catalog.data ?? []}
        labels={labels}
        assignment={open ? (opdOf.get(open.code) ?? null) : null}
        regionCode={region.code}
        showOpd={!isNational}
        onClose={() => setOpenCode(null)}
      />
    </>
  );
}
