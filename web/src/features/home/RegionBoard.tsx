import { Alert, Flex, Progress, Select, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { REGION_PARAM } from '../../app/region.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatNumber } from '../../components/format.ts';
import { formatRupiah, formatShare } from '../../components/money.ts';
import { RefreshButton } from '../../components/RefreshButton.tsx';
import { yearOptions } from '../values/period.ts';
import { useBoard, type Board, type BoardRow } from './api.ts';

const YEAR_PARAM = 'year';

/** A region's home, chosen through the region switcher's address parameter. */
const regionHome = (code: string) => ({
  pathname: '/',
  search: `?${REGION_PARAM}=${encodeURIComponent(code)}`,
});

const byNumber = (pick: (r: BoardRow) => number | null) => (a: BoardRow, b: BoardRow) =>
  (pick(a) ?? -1) - (pick(b) ?? -1);

/**
 * The board of a province (its kab/kota) or of the nation (its provinces) for one year:
 * completeness, statuses, ARG share and GAPs, who has not reported, and the total with how
 * many kab/kota it holds, so a partial sum never passes for the whole.
 */
export function RegionBoard({
  code,
  name,
  level,
}: {
  code: string;
  name: string;
  level: 'provinsi' | 'nasional';
}) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get(YEAR_PARAM));
  const year = Number.isInteger(asked) && asked >= 1990 && asked <= 2100 ? asked : null;
  const board = useBoard(code, year);
  const data = board.data;
  const shownYear = data?.year ?? year;
  const options = [...new Set([...(shownYear ? [shownYear] : []), ...yearOptions()])].sort((a, b) => b - a);

  const setYear = (next: number) =>
    setParams((prev) => {
      const copy = new URLSearchParams(prev);
      copy.set(YEAR_PARAM, String(next));
      return copy;
    });

  return (
    <section aria-labelledby="board-title" data-testid="region-board">
      <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 12 }}>
        <div>
          <Typography.Title level={4} id="board-title" style={{ margin: 0 }}>
            {level === 'nasional'
              ? t('home.board.titleNational')
              : t('home.board.titleProvince', { region: name })}
          </Typography.Title>
          <Typography.Text type="secondary">
            {level === 'nasional' ? t('home.board.subtitleNational') : t('home.board.subtitleProvince')}
          </Typography.Text>
        </div>
        <Flex gap={8} align="center">
          <Select<number>
            aria-label={t('home.board.year')}
            data-testid="board-year"
            prefix={`${t('home.board.year')}:`}
            value={shownYear ?? undefined}
            loading={board.isPending}
            style={{ width: 150 }}
            options={options.map((y) => ({ value: y, label: String(y) }))}
            onChange={setYear}
          />
          <RefreshButton query={board} />
        </Flex>
      </Flex>
      <ErrorAlert error={board.error} onRetry={() => void board.refetch()} />
      {data && <BoardBody data={data} loading={board.isFetching} />}
    </section>
  );
}

function BoardBody({ data, loading }: { data: Board; loading: boolean }) {
  const { t } = useTranslation();
  const counts = (a: number, b: number, c: number, d?: number) =>
    [a, b, c, ...(d === undefined ? [] : [d])].map(formatNumber).join(' / ');
  const notReported = data.items.filter((r) => r.reporting === 0);
  const partial = data.total.reporting < data.total.regions;
  const totalName = data.name;

  const columns: ColumnsType<BoardRow> = [
    {
      title: t('home.board.region'),
      key: 'name',
      fixed: 'left',
      sorter: (a, b) => a.name.localeCompare(b.name),
      render: (_: unknown, row) => (
        <Link to={regionHome(row.code)} aria-label={t('home.board.open', { name: row.name })}>
          {row.name} <Typography.Text type="secondary">({row.code})</Typography.Text>
        </Link>
      ),
    },
    {
      title: t('home.board.completeness'),
      key: 'completeness',
      width: 190,
      defaultSortOrder: 'descend',
      sorter: byNumber((r) => r.completeness),
      render: (_: unknown, row) =>
        row.completeness === null ? (
          t('home.board.none')
        ) : (
          <Tooltip
            title={t('home.board.completenessHint', {
              filled: formatNumber(row.filled),
              cells: formatNumber(row.cells),
            })}
          >
            <Progress
              percent={row.completeness}
              size="small"
              format={(p) => `${formatNumber(p ?? 0)}%`}
              aria-label={`${t('home.board.completeness')} ${formatNumber(row.completeness)}%`}
            />
          </Tooltip>
        ),
    },
    {
      title: t('home.board.statuses'),
      key: 'statuses',
      width: 170,
      align: 'right',
      sorter: byNumber((r) => r.verified),
      render: (_: unknown, row) => counts(row.draft, row.submitted, row.verified),
    },
    {
      title: t('home.board.reporting'),
      key: 'reporting',
      width: 170,
      sorter: byNumber((r) => r.reporting / Math.max(r.regions, 1)),
      render: (_: unknown, row) =>
        row.regions > 1 ? (
          t('home.board.kabkotaReporting', { n: formatNumber(row.reporting), of: formatNumber(row.regions) })
        ) : (
          <Tag color={row.reporting ? 'green' : 'red'}>
            {row.reporting ? t('home.board.reported') : t('home.board.notReported')}
          </Tag>
        ),
    },
    {
      title: t('home.board.argShare'),
      key: 'arg',
      width: 120,
      align: 'right',
      sorter: byNumber((r) => (r.argShare === null ? null : Number(r.argShare))),
      render: (_: unknown, row) =>
        row.argShare === null ? (
          t('home.board.none')
        ) : (
          <Tooltip title={t('home.board.argShareHint', { budget: formatRupiah(row.budget) })}>
            <span>{formatShare(row.argShare)}</span>
          </Tooltip>
        ),
    },
    {
      title: t('home.board.gaps'),
      key: 'gaps',
      width: 200,
      align: 'right',
      sorter: byNumber((r) => r.gaps.submitted),
      render: (_: unknown, row) =>
        counts(row.gaps.draft, row.gaps.submitted, row.gaps.revision, row.gaps.approved),
    },
  ];

  const total = data.total;
  return (
    <>
      <Alert
        type={partial ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 12 }}
        data-testid="board-total-note"
        title={
          partial
            ? t('home.board.partialTotal', {
                name: totalName,
                n: formatNumber(total.reporting),
                of: formatNumber(total.regions),
              })
            : t('home.board.fullTotal', { name: totalName, of: formatNumber(total.regions) })
        }
      />
      <Table<BoardRow>
        data-testid="board-table"
        size="small"
        rowKey="code"
        columns={columns}
        dataSource={data.items}
        loading={loading}
        pagination={false}
        scroll={{ x: 1040 }}
        summary={() => (
          <Table.Summary fixed>
            <Table.Summary.Row style={{ background: '#fafafa', fontWeight: 600 }}>
              <Table.Summary.Cell index={0}>
                {t('home.board.total', { name: totalName })}
                <br />
                <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
                  {t('home.board.kabkotaReporting', {
                    n: formatNumber(total.reporting),
                    of: formatNumber(total.regions),
                  })}
                </Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1}>
                {total.completeness === null ? t('home.board.none') : `${formatNumber(total.completeness)}%`}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {counts(total.draft, total.submitted, total.verified)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3}>
                {t('home.board.kabkotaReporting', {
                  n: formatNumber(total.reporting),
                  of: formatNumber(total.regions),
                })}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {formatShare(total.argShare)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                {counts(total.gaps.draft, total.gaps.submitted, total.gaps.revision, total.gaps.approved)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          </Table.Summary>
        )}
      />
      <section
        aria-labelledby="board-missing-title"
        style={{ marginTop: 16 }}
        data-testid="board-not-reported"
      >
        <Typography.Title level={5} id="board-missing-title">
          {t('home.board.notReportedTitle', { year: data.year })}
        </Typography.Title>
        {notReported.length === 0 ? (
          <Typography.Text type="secondary">
            {t('home.board.notReportedAll', { year: data.year })}
          </Typography.Text>
        ) : (
          <Typography.Paragraph>
            {notReported.map((r, i) => (
              <span key={r.code}>
                {i > 0 && ', '}
                <Link to={regionHome(r.code)}>{r.name}</Link>
              </span>
            ))}
          </Typography.Paragraph>
        )}
      </section>
    </>
  );
}
