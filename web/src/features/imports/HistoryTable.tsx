import { useState } from 'react';
import { Button, Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime, formatNumber } from '../../components/format.ts';
import { useImportHistory, type ImportBatch } from './api.ts';
import { StatusTag } from './StatusTag.tsx';

interface Props {
  regionCode: string;
  onOpen: (id: number) => void;
}

/** Past imports of the region (an operator's own), newest first; one opens in the panel. */
export function HistoryTable({ regionCode, onOpen }: Props) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const query = useImportHistory(regionCode, page, pageSize);

  return (
    <Card size="small" title={t('imports.history.title')}>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table<ImportBatch>
        size="small"
        rowKey="id"
        data-testid="import-history"
        loading={query.isPending}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: query.isPending ? ' ' : <EmptyState>{t('imports.history.empty')}</EmptyState> }}
        scroll={{ x: true }}
        columns={[
          {
            title: t('imports.history.when'),
            dataIndex: 'createdAt',
            render: (v: string) => formatDateTime(v),
          },
          { title: t('imports.batch.file'), dataIndex: 'fileName' },
          { title: t('imports.history.by'), dataIndex: 'uploadedBy', render: (v: string | null) => v ?? '—' },
          {
            title: t('imports.batch.status'),
            dataIndex: 'status',
            render: (_: unknown, b) => <StatusTag status={b.status} />,
          },
          {
            title: t('imports.batch.rows'),
            dataIndex: 'rowsTotal',
            align: 'right',
            render: (v: number) => formatNumber(v),
          },
          {
            title: t('imports.batch.errors'),
            dataIndex: 'errorCount',
            align: 'right',
            render: (v: number) => formatNumber(v),
          },
          {
            title: `${t('imports.batch.new')} / ${t('imports.batch.changed')}`,
            key: 'diff',
            align: 'right',
            render: (_: unknown, b) =>
              b.comparison
                ? `${formatNumber(b.comparison.new)} / ${formatNumber(b.comparison.changed)}`
                : '—',
          },
          {
            title: t('common.actions'),
            key: 'open',
            render: (_: unknown, b) => (
              <Button size="small" onClick={() => onOpen(b.id)}>
                {t('imports.history.open')}
              </Button>
            ),
          },
        ]}
        pagination={{
          current: page,
          pageSize,
          total: query.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50],
          showTotal: (total) => t('common.total', { count: total, n: formatNumber(total) }),
          onChange: (p, size) => {
            setPage(size === pageSize ? p : 1);
            setPageSize(size);
          },
        }}
      />
    </Card>
  );
}
