import type { HTMLAttributes } from 'react';
import { Badge, Flex, Select, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRegion, useRegionSearch } from '../../app/region.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { formatDateTime, formatNumber } from '../../components/format.ts';
import { NationalLevelNotice } from '../../components/NationalLevelNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { RefreshButton } from '../../components/RefreshButton.tsx';
import { GAP_STATUSES, GAP_STATUS_COLORS } from '../planning/arg.ts';
import { formatRupiah } from '../../components/money.ts';
import { OpdSelect } from '../planning/OpdSelect.tsx';
import { usePlanningYears } from '../planning/api.ts';
import { useGapQueue, type GapListItem, type GapStatus } from './api.ts';
import { gapPath } from './access.ts';
import { queueState, useQueueFilters } from './navigation.ts';

const ALL = '';

/** /perencanaan/review — GAP documents of the region by status, "menunggu review" first. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const { region } = useRegion();
  const search = useRegionSearch();
  // Documents open with this queue's address, for the editor's back link.
  const backState = queueState(useLocation());
  const isNational = region.level === 'nasional';
  const years = usePlanningYears(region.code, !isNational);
  const state = useQueueFilters();
  const picked = state.filters;
  const setPicked = state.setFilters;
  // Until a year is chosen the latest budget year with sub-kegiatan is shown.
  const latest = years.data?.length ? Math.max(...years.data) : null;
  const year = picked.year === 'latest' ? latest : picked.year;
  const queue = useGapQueue(region.code, {
    year: year ?? undefined,
    status: picked.status || undefined,
    opdId: picked.opdId ?? undefined,
    page: state.page,
    pageSize: state.pageSize,
  });

  const header = (
    <PageHeader
      help="review-pprg"
      title={t('gap.queue.title')}
      subtitle={t('gap.queue.subtitle', { region: `${region.name} (${region.code})` })}
    />
  );
  if (isNational) return <NationalLevelNotice header={header} hint={t('gap.queue.nationalHint')} />;

  const columns: ColumnsType<GapListItem> = [
    {
      title: t('gap.queue.opd'),
      key: 'opd',
      width: 220,
      render: (_: unknown, row) => (
        <>
          <div>{row.opd.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.opd.shortName}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('gap.queue.subActivity'),
      key: 'sub',
      render: (_: unknown, row) => (
        <>
          <Link
            to={{ pathname: gapPath(row.id), search }}
            state={backState}
            aria-label={t('gap.queue.open', { name: row.subActivity.name })}
          >
            {row.subActivity.name}
          </Link>
          <div>
            <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
              {row.subActivity.code}
            </Typography.Text>
          </div>
        </>
      ),
    },
    {
      title: t('gap.queue.pagu'),
      key: 'pagu',
      align: 'right',
      width: 160,
      render: (_: unknown, row) => formatRupiah(row.subActivity.budget),
    },
    {
      title: t('gap.queue.status'),
      key: 'status',
      width: 150,
      render: (_: unknown, row) => (
        <Tag color={GAP_STATUS_COLORS[row.status]}>{t(`gap.statusLabel.${row.status}`)}</Tag>
      ),
    },
    {
      // The version is the submission count; a draft never submitted has none yet.
      title: t('gap.queue.submission'),
      key: 'submission',
      width: 90,
      align: 'right',
      render: (_: unknown, row) => (row.submission > 0 ? formatNumber(row.submission) : '—'),
    },
    {
      title: t('gap.queue.submittedAt'),
      key: 'submittedAt',
      width: 180,
      render: (_: unknown, row) => formatDateTime(row.submittedAt) || '—',
    },
    {
      title: t('gap.queue.openComments'),
      key: 'comments',
      width: 110,
      align: 'right',
      render: (_: unknown, row) =>
        row.openComments ? (
          <Badge count={row.openComments} color="blue" />
        ) : (
          <Typography.Text type="secondary">0</Typography.Text>
        ),
    },
  ];

  return (
    <>
      {header}
      <Flex
        gap={8}
        wrap
        align="center"
        style={{ marginBottom: 12 }}
        role="search"
        aria-label={t('gap.queue.filters')}
      >
        <Select<number | string>
          aria-label={t('gap.queue.year')}
          prefix={`${t('gap.queue.year')}:`}
          style={{ width: 190 }}
          loading={years.isPending}
          value={year ?? ALL}
          options={[
            { value: ALL, label: t('gap.queue.allYears') },
            ...(years.data ?? []).map((y) => ({ value: y, label: String(y) })),
          ]}
          onChange={(v) => setPicked({ ...picked, year: v === ALL ? null : Number(v) })}
        />
        <Select<GapStatus | ''>
          aria-label={t('gap.queue.status')}
          prefix={`${t('gap.queue.status')}:`}
          style={{ width: 260 }}
          value={picked.status}
          options={[
            { value: ALL, label: t('gap.queue.allStatuses') },
            ...GAP_STATUSES.map((s) => ({ value: s, label: t(`gap.statusLabel.${s}`) })),
          ]}
          onChange={(status) => setPicked({ ...picked, status })}
          data-testid="gap-queue-status"
        />
        <OpdSelect
          regionCode={region.code}
          value={picked.opdId}
          onChange={(opdId) => setPicked({ ...picked, opdId })}
          testId="gap-queue-opd"
        />
        <RefreshButton query={queue} />
      </Flex>
      <PagedTable<GapListItem>
        data-testid="gap-queue"
        query={queue}
        paging={state}
        columns={columns}
        size="middle"
        scroll={{ x: 1000 }}
        onRow={(row) =>
          ({ 'data-testid': `gap-queue-row-${row.opd.shortName}` }) as HTMLAttributes<HTMLElement>
        }
        emptyText={picked.status === 'submitted' ? t('gap.queue.emptySubmitted') : t('gap.queue.empty')}
      />
    </>
  );
}
