import { Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MONEV_FLAGS, QUARTERS } from '../../../../../domain/monev/constants.ts';
import { formatNumber } from '../../../components/format.ts';
import { formatRupiah, formatShare } from '../../../components/money.ts';
import { useQuarterLabel } from '../labels.tsx';
import type { DashboardFigures, DashboardUnit } from './api.ts';

const small = { fontSize: 12 } as const;

/** The figures' cells, shared by the rows and the total line. */
function useCells() {
  const { t } = useTranslation();
  return {
    realised: (f: DashboardFigures) => (
      <Flex vertical align="flex-end">
        <span style={{ whiteSpace: 'nowrap' }}>{formatRupiah(f.realised)}</span>
        <Typography.Text type="secondary" style={small}>
          {f.realisedShare === null
            ? '—'
            : t('monevDashboard.ofPagu', { share: formatShare(f.realisedShare) })}
        </Typography.Text>
      </Flex>
    ),
    physical: (f: DashboardFigures) =>
      f.physical.averageShare === null ? (
        '—'
      ) : (
        <Tooltip title={t('monevDashboard.physicalHelp', { count: f.physical.measured })}>
          <span>{formatShare(f.physical.averageShare)}</span>
        </Tooltip>
      ),
    beneficiaries: (f: DashboardFigures) => (
      <span style={{ whiteSpace: 'nowrap' }}>
        {t('monevDashboard.sexPair', {
          P: formatNumber(f.beneficiaries.P),
          L: formatNumber(f.beneficiaries.L),
        })}
      </span>
    ),
    indicators: (f: DashboardFigures) =>
      f.indicators.count === 0 ? (
        '—'
      ) : (
        <Flex vertical align="flex-end">
          <span>
            {t('monevDashboard.indicatorsMet', { met: f.indicators.met, measured: f.indicators.measured })}
          </span>
          <Typography.Text type="secondary" style={small}>
            {formatShare(f.indicators.averageAchievement)}
          </Typography.Text>
        </Flex>
      ),
    quarter: (f: DashboardFigures, q: number) => {
      const c = f.quarters.find((x) => x.quarter === q);
      if (!c) return '—';
      const reported = c.submitted + c.verified;
      return (
        <Flex vertical gap={2} align="flex-start">
          <span style={{ whiteSpace: 'nowrap' }}>
            {t('monevDashboard.reportedOf', { reported, lines: f.lines })}
          </span>
          {c.late > 0 && (
            <Tag color="red" style={{ marginInlineEnd: 0 }}>
              {t('monevDashboard.lateCount', { count: c.late })}
            </Tag>
          )}
          {c.returned > 0 && (
            <Tag color="warning" style={{ marginInlineEnd: 0 }}>
              {t('monevDashboard.returnedCount', { count: c.returned })}
            </Tag>
          )}
        </Flex>
      );
    },
    flags: (f: DashboardFigures) => {
      const shown = MONEV_FLAGS.filter((code) => f.flags[code] > 0);
      if (!shown.length) return '—';
      return (
        <Flex gap={4} wrap>
          {shown.map((code) => (
            <Tag key={code} color="orange" style={{ marginInlineEnd: 0 }}>
              {t(`monev.flags.${code}`)}: {formatNumber(f.flags[code])}
            </Tag>
          ))}
        </Flex>
      );
    },
  };
}

/**
 * The OPDs of a kab/kota, or the kab/kota of a province, side by side with the total as the
 * last line. A row's name drills down: to the OPD's monev list, or to the kab/kota's dashboard.
 */
export function UnitsTable({
  units,
  total,
  unitTitle,
  drillLabel,
}: {
  units: DashboardUnit[];
  total: DashboardFigures;
  unitTitle: string;
  drillLabel: (name: string) => string;
}) {
  const { t } = useTranslation();
  const quarter = useQuarterLabel();
  const cell = useCells();
  const columns: ColumnsType<DashboardUnit> = [
    {
      key: 'name',
      title: unitTitle,
      fixed: 'left',
      width: 220,
      sorter: (a, b) => a.name.localeCompare(b.name, 'id'),
      render: (_, u) => (
        <Flex vertical gap={2}>
          <Link to={u.link} aria-label={drillLabel(u.name)} data-testid={`monev-dashboard-drill-${u.key}`}>
            {u.name}
          </Link>
          <Typography.Text type="secondary" style={small}>
            {t('monevDashboard.linesReported', { reported: u.reportedLines, lines: u.lines })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'pagu',
      title: t('monevDashboard.pagu'),
      align: 'right',
      sorter: (a, b) => Number(a.pagu) - Number(b.pagu),
      render: (_, u) => <span style={{ whiteSpace: 'nowrap' }}>{formatRupiah(u.pagu)}</span>,
    },
    {
      key: 'realised',
      title: t('monevDashboard.realised'),
      align: 'right',
      sorter: (a, b) => Number(a.realisedShare ?? -1) - Number(b.realisedShare ?? -1),
      render: (_, u) => cell.realised(u),
    },
    {
      key: 'physical',
      title: t('monevDashboard.physical'),
      align: 'right',
      render: (_, u) => cell.physical(u),
    },
    {
      key: 'beneficiaries',
      title: t('monevDashboard.beneficiaries'),
      align: 'right',
      render: (_, u) => cell.beneficiaries(u),
    },
    {
      key: 'indicators',
      title: t('monevDashboard.indicators'),
      align: 'right',
      render: (_, u) => cell.indicators(u),
    },
    ...QUARTERS.map((q) => ({
      key: `q${q}`,
      title: quarter.short(q),
      render: (_: unknown, u: DashboardUnit) => cell.quarter(u, q),
    })),
    { key: 'flags', title: t('monevDashboard.flags'), width: 200, render: (_, u) => cell.flags(u) },
  ];
  return (
    <Table<DashboardUnit>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={units}
      pagination={false}
      scroll={{ x: 1400 }}
      data-testid="monev-dashboard-units"
      summary={() => (
        <Table.Summary fixed="bottom">
          <Table.Summary.Row data-testid="monev-dashboard-total-row">
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t('monevDashboard.total')}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
                {formatRupiah(total.pagu)}
              </Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {cell.realised(total)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              {cell.physical(total)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              {cell.beneficiaries(total)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              {cell.indicators(total)}
            </Table.Summary.Cell>
            {QUARTERS.map((q, i) => (
              <Table.Summary.Cell key={q} index={6 + i}>
                {cell.quarter(total, q)}
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={10}>{cell.flags(total)}</Table.Summary.Cell>
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
