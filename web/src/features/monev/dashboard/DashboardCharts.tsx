import { Col, Row, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { QUARTERS } from '../../../../../domain/monev/constants.ts';
import { formatNumber } from '../../../components/format.ts';
import { formatRupiah, formatShare } from '../../../components/money.ts';
import { useQuarterLabel } from '../labels.tsx';
import type { DashboardFigures, DashboardTrend, DashboardUnit } from './api.ts';
import {
  beneficiariesOption,
  beneficiaryRows,
  quartersOption,
  realisationOption,
  trendOption,
} from './charts.ts';
import { ChartOrTable } from './ChartOrTable.tsx';

const right = 'right' as const;
type Money = { pagu: string; realised: string; realisedShare: string | null };

/** The dashboard's four charts, each with its table: realisation by unit, beneficiaries, reporting, trend. */
export function DashboardCharts({
  units,
  total,
  trend,
  unitTitle,
}: {
  units: DashboardUnit[];
  total: DashboardFigures;
  trend: DashboardTrend;
  unitTitle: string;
}) {
  const { t } = useTranslation();
  const quarter = useQuarterLabel();
  const money = (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatRupiah(v)}</span>;
  const count = (v: number) => formatNumber(v);
  // Pagu, realised and share: the same three columns in the per-unit and the per-year table.
  const moneyColumns = [
    {
      key: 'pagu',
      title: t('monevDashboard.pagu'),
      align: right,
      render: (_: unknown, r: Money) => money(r.pagu),
    },
    {
      key: 'realised',
      title: t('monevDashboard.realised'),
      align: right,
      render: (_: unknown, r: Money) => money(r.realised),
    },
    {
      key: 'share',
      title: t('monevDashboard.realisedShare'),
      align: right,
      render: (_: unknown, r: Money) => formatShare(r.realisedShare),
    },
  ];
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {units.length > 0 && (
        <Col xs={24} xl={12}>
          <ChartOrTable
            testId="monev-chart-realisation"
            title={t('monevDashboard.charts.realisation', { unit: unitTitle })}
            option={realisationOption(units, t)}
            height={Math.max(220, units.length * 44 + 60)}
            table={
              <Table<DashboardUnit>
                size="small"
                rowKey="key"
                pagination={false}
                dataSource={units}
                columns={[{ key: 'name', title: unitTitle, dataIndex: 'name' }, ...moneyColumns]}
              />
            }
          />
        </Col>
      )}
      <Col xs={24} xl={12}>
        <ChartOrTable
          testId="monev-chart-beneficiaries"
          title={t('monevDashboard.charts.beneficiaries')}
          option={beneficiariesOption(total, t)}
          height={Math.max(280, beneficiaryRows(total, t).length * 36 + 60)}
          table={
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={beneficiaryRows(total, t)}
              columns={[
                { key: 'label', title: t('monevDashboard.group'), dataIndex: 'label' },
                { key: 'P', title: t('monev.sex.P'), align: right, render: (_, r) => count(r.P) },
                { key: 'L', title: t('monev.sex.L'), align: right, render: (_, r) => count(r.L) },
                {
                  key: 'sum',
                  title: t('monevDashboard.sum'),
                  align: right,
                  render: (_, r) => count(r.P + r.L),
                },
              ]}
            />
          }
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartOrTable
          testId="monev-chart-quarters"
          title={t('monevDashboard.charts.quarters')}
          option={quartersOption(total, t, quarter.short)}
          height={280}
          table={
            <Table
              size="small"
              rowKey="quarter"
              pagination={false}
              dataSource={QUARTERS.map(
                (q) =>
                  total.quarters.find((c) => c.quarter === q) ?? {
                    quarter: q,
                    draft: 0,
                    submitted: 0,
                    returned: 0,
                    verified: 0,
                    missing: 0,
                    late: 0,
                  },
              )}
              columns={[
                { key: 'q', title: t('monevSettings.quarter'), render: (_, c) => quarter.long(c.quarter) },
                ...(['verified', 'submitted', 'returned', 'draft', 'missing', 'late'] as const).map((s) => ({
                  key: s,
                  title: t(`monevDashboard.status.${s}`),
                  align: right,
                  render: (_: unknown, c: DashboardFigures['quarters'][number]) => count(c[s]),
                })),
              ]}
            />
          }
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartOrTable
          testId="monev-chart-trend"
          title={t('monevDashboard.charts.trend')}
          option={trendOption(trend, t)}
          height={280}
          table={
            <Table
              size="small"
              rowKey="year"
              pagination={false}
              dataSource={trend}
              columns={[
                { key: 'year', title: t('monevDashboard.year'), dataIndex: 'year' },
                {
                  key: 'lines',
                  title: t('monevDashboard.lines'),
                  align: right,
                  render: (_, p) =>
                    t('monevDashboard.linesReported', { reported: p.reportedLines, lines: p.lines }),
                },
                ...moneyColumns,
                {
                  key: 'beneficiaries',
                  title: t('monevDashboard.beneficiaries'),
                  align: right,
                  render: (_, p) =>
                    t('monevDashboard.sexPair', {
                      P: formatNumber(p.beneficiaries.P),
                      L: formatNumber(p.beneficiaries.L),
                    }),
                },
              ]}
            />
          }
        />
      </Col>
    </Row>
  );
}
