import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OpdProgressState } from '../../../../domain/home.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatNumber } from '../../components/format.ts';
import { entryLink } from '../values/links.ts';
import type { OpdProgress } from './api.ts';

const STATE_COLORS: Record<OpdProgressState, string> = {
  no_values: 'red',
  draft: 'gold',
  submitted: 'blue',
  verified: 'green',
};
const STATE_ORDER: OpdProgressState[] = ['no_values', 'draft', 'submitted', 'verified'];

/** Each OPD's values of the data year by status, those behind first; a row opens its entry grid. */
export function ProgressTable({
  rows,
  year,
  regionSearch,
}: {
  rows: OpdProgress[];
  year: number;
  regionSearch: string;
}) {
  const { t } = useTranslation();
  const sorted = [...rows].sort(
    (a, b) =>
      STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state) || a.opd.name.localeCompare(b.opd.name),
  );
  const columns: ColumnsType<OpdProgress> = [
    {
      title: t('home.progress.opd'),
      key: 'opd',
      sorter: (a, b) => a.opd.name.localeCompare(b.opd.name),
      render: (_: unknown, row) => (
        <Link to={entryLink(row.opd.id, String(year), regionSearch)}>
          {row.opd.name} <Typography.Text type="secondary">({row.opd.shortName})</Typography.Text>
        </Link>
      ),
    },
    {
      title: t('home.progress.state'),
      dataIndex: 'state',
      width: 160,
      sorter: (a, b) => STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state),
      render: (state: OpdProgressState) => (
        <Tag color={STATE_COLORS[state]}>{t(`home.progress.states.${state}`)}</Tag>
      ),
    },
    {
      title: t('home.progress.values'),
      key: 'values',
      width: 240,
      align: 'right',
      render: (_: unknown, row) =>
        `${formatNumber(row.draft)} / ${formatNumber(row.submitted)} / ${formatNumber(row.verified)}`,
    },
  ];
  return (
    <section aria-labelledby="home-progress-title" style={{ marginTop: 24 }}>
      <Typography.Title level={4} id="home-progress-title">
        {t('home.progress.title', { year })}
      </Typography.Title>
      <Table<OpdProgress>
        data-testid="home-progress"
        size="small"
        rowKey={(r) => r.opd.id}
        columns={columns}
        dataSource={sorted}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: <EmptyState>{t('home.progress.empty')}</EmptyState> }}
      />
    </section>
  );
}
