import { Descriptions, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../../components/money.ts';
import { formatNumber } from '../../../components/format.ts';
import type { OpdResult } from './api.ts';
import { points } from './points.ts';

/** How one OPD's score was reached: each criterion's value, weight, contribution and loss, and the facts behind them. */
export function Breakdown({ row }: { row: OpdResult }) {
  const { t } = useTranslation();
  const f = row.facts;
  return (
    <div data-testid={`monev-results-breakdown-${row.opd.shortName}`}>
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={row.criteria}
        style={{ marginBottom: 12 }}
        columns={[
          { key: 'label', title: t('monevResults.criterion'), dataIndex: 'label' },
          {
            key: 'value',
            title: t('monevResults.value'),
            align: 'right',
            render: (_, c) =>
              c.excluded ? (
                <Tag>{t('monevResults.excluded')}</Tag>
              ) : (
                <>
                  {points(c.value)}
                  {c.capped && (
                    <Typography.Text type="secondary"> {t('monevResults.capped')}</Typography.Text>
                  )}
                </>
              ),
          },
          {
            key: 'weight',
            title: t('monevResults.weight'),
            align: 'right',
            render: (_, c) => points(c.weight),
          },
          {
            key: 'effective',
            title: t('monevResults.effectiveWeight'),
            align: 'right',
            render: (_, c) => points(c.effectiveWeight),
          },
          {
            key: 'contribution',
            title: t('monevResults.contribution'),
            align: 'right',
            render: (_, c) => points(c.contribution),
          },
          {
            key: 'lost',
            title: t('monevResults.lost'),
            align: 'right',
            render: (_, c) =>
              c.lost ? <Typography.Text type="danger">−{points(c.lost)}</Typography.Text> : points(c.lost),
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={4}>
              <strong>{t('monevResults.score')}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              <strong>{points(row.score)}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} />
          </Table.Summary.Row>
        )}
      />
      {row.renormalised && (
        <Typography.Paragraph type="secondary">{t('monevResults.renormalised')}</Typography.Paragraph>
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'reports',
            label: t('monevResults.facts.reports'),
            children: t('monevResults.facts.reportsValue', {
              due: formatNumber(f.reportsDue),
              submitted: formatNumber(f.reportsSubmitted),
              onTime: formatNumber(f.reportsOnTime),
            }),
          },
          {
            key: 'budget',
            label: t('monevResults.facts.budget'),
            children: t('monevResults.facts.budgetValue', {
              realised: formatRupiah(f.budgetRealised),
              pagu: formatRupiah(f.pagu),
            }),
          },
          {
            key: 'lines',
            label: t('monevResults.facts.lines'),
            children: t('monevResults.facts.linesValue', {
              lines: formatNumber(f.lines),
              measured: formatNumber(f.physicalMeasured),
              approved: formatNumber(f.approvedGaps),
            }),
          },
          {
            key: 'indicators',
            label: t('monevResults.facts.indicators'),
            children: formatNumber(f.indicatorsMeasured),
          },
        ]}
      />
    </div>
  );
}

/** The OPDs by rank; a row opens to show how its score was reached. */
export function ResultsTable({
  rows,
  scored,
  loading,
}: {
  rows: OpdResult[];
  scored: boolean;
  loading: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Table<OpdResult>
      rowKey={(r) => r.opd.id}
      dataSource={rows}
      pagination={false}
      loading={loading}
      size="middle"
      data-testid="monev-results-table"
      expandable={
        scored
          ? {
              expandedRowRender: (row) => <Breakdown row={row} />,
              expandRowByClick: false,
            }
          : undefined
      }
      columns={[
        {
          key: 'rank',
          title: t('monevResults.rank'),
          width: 90,
          align: 'right',
          render: (_, r) => (r.rank === null ? '–' : formatNumber(r.rank)),
        },
        {
          key: 'opd',
          title: t('monevResults.opd'),
          render: (_, r) => <span data-testid={`monev-results-opd-${r.opd.shortName}`}>{r.opd.name}</span>,
        },
        {
          key: 'score',
          title: t('monevResults.score'),
          align: 'right',
          width: 100,
          render: (_, r) => (
            <strong data-testid={`monev-results-score-${r.opd.shortName}`}>{points(r.score)}</strong>
          ),
        },
        { key: 'grade', title: t('monevResults.grade'), width: 130, render: (_, r) => r.grade ?? '–' },
        {
          key: 'lowered',
          title: t('monevResults.lowered'),
          render: (_, r) =>
            r.lowered.length
              ? r.lowered
                  .slice(0, 2)
                  .map((l) => `${l.label} (−${points(l.lost)})`)
                  .join('; ')
              : '–',
        },
      ]}
    />
  );
}
