import { Space, Table, Tag, Tooltip, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ColumnsType } from 'antd/es/table';
import { useRegionSearch } from '../../app/region.tsx';
import { formatNumber } from '../../components/format.ts';
import { GAP_STATUS_COLORS, GAP_STATUSES } from './arg.ts';
import type { ArgRecap, RecapOpd } from './api-recap.ts';
import { formatRupiah, formatShare, shareOf, toSen } from '../../components/money.ts';
import { useFrozenFirstColumn } from '../../components/useNarrow.ts';

/** Money strings compared exactly (as sen), for sortable columns. */
const byMoney = (a: string | null, b: string | null) => {
  const x = toSen(a ?? '0') ?? 0n;
  const y = toSen(b ?? '0') ?? 0n;
  return x < y ? -1 : x > y ? 1 : 0;
};

const money = (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatRupiah(v)}</span>;

/** Pagu and ARG amount, as both recap tables show them (largest ARG first). */
function moneyColumns<T extends { budget: string; responsive: string }>(t: TFunction): ColumnsType<T> {
  return [
    {
      title: t('planning.sub.budget'),
      dataIndex: 'budget',
      align: 'right',
      sorter: (a, b) => byMoney(a.budget, b.budget),
      render: money,
    },
    {
      title: t('planning.recap.responsive'),
      dataIndex: 'responsive',
      align: 'right',
      defaultSortOrder: 'descend',
      sorter: (a, b) => byMoney(a.responsive, b.responsive),
      render: money,
    },
  ];
}

/** The address of one OPD's sub-kegiatan in the recap's year, keeping the chosen region. */
export function opdLines(regionSearch: string, opdId: string, year: number) {
  const params = new URLSearchParams(regionSearch);
  params.set('year', String(year));
  params.set('opd', opdId);
  return { pathname: '/perencanaan/sub-kegiatan', search: `?${params.toString()}` };
}

export function RecapOpdTable({ recap }: { recap: ArgRecap }) {
  const { t } = useTranslation();
  const regionSearch = useRegionSearch();
  const linkTo = (opdId: string, year: number) => opdLines(regionSearch, opdId, year);
  const frozen = useFrozenFirstColumn(150);
  return (
    <Table<RecapOpd>
      size="small"
      rowKey="opdId"
      data-testid="recap-opd-table"
      dataSource={recap.byOpd}
      pagination={false}
      scroll={{ x: 1000 }}
      columns={[
        {
          title: t('planning.opd'),
          dataIndex: 'opdName',
          ...frozen,
          sorter: (a, b) => a.opdName.localeCompare(b.opdName),
          render: (name: string, row) => (
            <Space size={6} wrap>
              <Link to={linkTo(row.opdId, recap.year)}>{name}</Link>
              {!row.submitted && (
                <Tooltip title={t('planning.recap.notSubmittedHint')}>
                  <Tag color="warning" icon={<WarningOutlined />}>
                    {t('planning.recap.notSubmittedTag')}
                  </Tag>
                </Tooltip>
              )}
            </Space>
          ),
        },
        ...moneyColumns<RecapOpd>(t),
        {
          title: t('planning.recap.share'),
          dataIndex: 'share',
          align: 'right',
          width: 90,
          sorter: (a, b) => byMoney(a.share, b.share),
          render: (s: string | null) => formatShare(s),
        },
        {
          title: t('planning.recap.tagged'),
          key: 'tagged',
          align: 'right',
          width: 110,
          sorter: (a, b) => a.tagged / Math.max(a.subActivities, 1) - b.tagged / Math.max(b.subActivities, 1),
          render: (_: unknown, r) => `${formatNumber(r.tagged)} / ${formatNumber(r.subActivities)}`,
        },
        {
          title: t('planning.recap.gaps'),
          key: 'gaps',
          width: 260,
          render: (_: unknown, r) => (
            <Space size={2} wrap>
              {GAP_STATUSES.filter((s) => r.gaps[s] > 0).map((s) => (
                <Tag key={s} color={GAP_STATUS_COLORS[s]}>
                  {t(`planning.gapStatus.${s}`)}: {formatNumber(r.gaps[s])}
                </Tag>
              ))}
              {GAP_STATUSES.every((s) => !r.gaps[s]) && (
                <Typography.Text type="secondary">{t('planning.gapStatus.none')}</Typography.Text>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}

type ProgramRow = ArgRecap['byProgram'][number];

export function RecapProgramTable({ recap }: { recap: ArgRecap }) {
  const { t } = useTranslation();
  const frozen = useFrozenFirstColumn(170);
  return (
    <Table<ProgramRow>
      size="small"
      rowKey="code"
      data-testid="recap-program-table"
      dataSource={recap.byProgram}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 800 }}
      columns={[
        {
          title: t('planning.recap.program'),
          dataIndex: 'code',
          ...frozen,
          sorter: (a, b) => a.code.localeCompare(b.code),
          render: (code: string, r) => (
            <>
              <Typography.Text code className="setara-code">
                {code}
              </Typography.Text>{' '}
              {r.name ?? ''}
            </>
          ),
        },
        ...moneyColumns<ProgramRow>(t),
        {
          title: t('planning.recap.share'),
          key: 'share',
          align: 'right',
          width: 90,
          render: (_: unknown, r) => formatShare(shareOf(r.responsive, r.budget)),
        },
      ]}
    />
  );
}
