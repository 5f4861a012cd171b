import { Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QUARTERS } from '../../../../domain/monev/constants.ts';
import { opdShownTo } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { useRegion, useRegionSearch } from '../../app/region.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ListToolbar } from '../../components/ListToolbar.tsx';
import { NationalLevelNotice } from '../../components/NationalLevelNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatRupiah, formatShare, shareOf } from '../../components/money.ts';
import { planningAccessOf } from '../planning/access.ts';
import { ARG_TAG_COLORS } from '../planning/arg.ts';
import { OpdSelect } from '../planning/OpdSelect.tsx';
import { usePlanningParams, usePlanningYearChoice } from '../planning/params.ts';
import { YearSelect } from '../planning/YearSelect.tsx';
import { reportPath, useMonevList, type MonevListItem } from './api.ts';
import { FlagTags, StatusTag, useQuarterLabel } from './labels.tsx';

/** The latest quarter with a report: its cumulative budget is the year's realisation so far. */
function latestCumulative(item: MonevListItem): string | null {
  const reported = item.quarters.filter((q) => q.budgetCumulative !== null);
  return reported.length ? reported[reported.length - 1].budgetCumulative : null;
}

/** The region's search with the year: the planning page opens on the same year. */
function withYear(search: string, year: number | null): string {
  const params = new URLSearchParams(search);
  if (year !== null) params.set('year', String(year));
  return `?${params}`;
}

/** The year's gender-responsive sub-kegiatan with each quarter's report status and flags. */
export function MonevListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { region } = useRegion();
  const search = useRegionSearch();
  const quarter = useQuarterLabel();
  const isNational = region.level === 'nasional';
  const access = planningAccessOf(me, region.code);
  const params = usePlanningParams();
  const { year, options, query: years } = usePlanningYearChoice(region.code, !isNational, params.year);
  // Operators always see their own OPD (the server forces the same).
  const opdId = opdShownTo(me, region.code, params.opd);
  const list = useMonevList(region.code, year, opdId, !isNational);

  const header = (
    <PageHeader
      help="monev"
      title={t('monev.list.title')}
      subtitle={t('monev.list.subtitle', { region: `${region.name} (${region.code})` })}
    />
  );
  if (isNational) return <NationalLevelNotice header={header} hint={t('planning.nationalHint')} />;

  const columns: ColumnsType<MonevListItem> = [
    {
      key: 'line',
      title: t('monev.list.subActivity'),
      render: (_, item) => (
        <Flex vertical gap={2}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {item.code}
          </Typography.Text>
          <Typography.Text>{item.name}</Typography.Text>
          <Flex gap={4} wrap>
            {item.argCategory && (
              <Tag color={ARG_TAG_COLORS[item.argCategory as keyof typeof ARG_TAG_COLORS] ?? 'default'}>
                {t(`planning.argCategories.${item.argCategory}.short`)}
              </Tag>
            )}
            {item.gapStatus === 'approved' && <Tag color="success">{t('monev.list.gapApproved')}</Tag>}
          </Flex>
        </Flex>
      ),
    },
    ...(opdId === null
      ? [
          {
            key: 'opd',
            title: t('monev.list.opd'),
            width: 140,
            render: (_: unknown, item: MonevListItem) => item.opd.shortName || item.opd.name,
          },
        ]
      : []),
    {
      key: 'pagu',
      title: t('monev.list.pagu'),
      align: 'right',
      width: 150,
      render: (_, item) => <span style={{ whiteSpace: 'nowrap' }}>{formatRupiah(item.pagu)}</span>,
    },
    ...QUARTERS.map((q) => ({
      key: `q${q}`,
      title: quarter.short(q),
      width: 170,
      render: (_: unknown, item: MonevListItem) => {
        const cell = item.quarters.find((c) => c.quarter === q);
        return (
          <Flex vertical gap={4} align="flex-start" data-testid={`monev-cell-${item.code}-${q}`}>
            <Link
              to={{ pathname: reportPath(item.subActivityId, year ?? 0, q), search }}
              aria-label={t('monev.list.open', {
                quarter: quarter.long(q),
                name: `${item.code} ${item.name}`,
              })}
            >
              <StatusTag status={cell?.status ?? null} />
            </Link>
            <FlagTags flags={cell?.flags ?? []} />
          </Flex>
        );
      },
    })),
    {
      key: 'realised',
      title: t('monev.list.realised'),
      align: 'right',
      width: 170,
      render: (_, item) => {
        const cumulative = latestCumulative(item);
        if (cumulative === null) return '—';
        return (
          <Flex vertical align="flex-end">
            <span style={{ whiteSpace: 'nowrap' }}>{formatRupiah(cumulative)}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('monev.list.realisedOf', { share: formatShare(shareOf(cumulative, item.pagu)) })}
            </Typography.Text>
          </Flex>
        );
      },
    },
  ];

  return (
    <>
      {header}
      <ListToolbar
        refresh={list}
        filtered={access.pickOpd && opdId !== null}
        onReset={() => params.set({ opd: null })}
      >
        <YearSelect
          value={year}
          options={options}
          loading={years.isPending}
          onChange={(y) => params.set({ year: y })}
        />
        {access.pickOpd ? (
          <OpdSelect
            regionCode={region.code}
            value={opdId}
            onChange={(opd) => params.set({ opd, ...(year ? { year } : {}) })}
          />
        ) : (
          <Tag data-testid="monev-opd-fixed" style={{ padding: '4px 10px', fontSize: 14 }}>
            {t('monev.list.opdFixed', { name: me.opdName ?? '' })}
          </Tag>
        )}
      </ListToolbar>
      {list.error && <ErrorAlert error={list.error} />}
      <Typography.Paragraph type="secondary">{t('monev.list.legend')}</Typography.Paragraph>
      <Table<MonevListItem>
        data-testid="monev-table"
        rowKey="subActivityId"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 1100 }}
        locale={{
          emptyText: (
            <EmptyState>
              <Typography.Paragraph strong style={{ marginBottom: 4 }}>
                {t('monev.list.emptyTitle', { year })}
              </Typography.Paragraph>
              <Typography.Paragraph style={{ marginBottom: 4 }}>
                {t('monev.list.emptyBody')}
              </Typography.Paragraph>
              <Link to={{ pathname: '/perencanaan/sub-kegiatan', search: withYear(search, year) }}>
                {t('monev.list.emptyLink')}
              </Link>
            </EmptyState>
          ),
        }}
      />
    </>
  );
}
