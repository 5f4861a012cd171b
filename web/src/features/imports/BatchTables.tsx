import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDecimal, formatNumber } from '../../components/format.ts';
import { ERRORS_PAGE_SIZE, type ImportBatch, type PreviewRow, type RowError } from './api.ts';

interface ErrorProps {
  batch: ImportBatch;
  onPage: (page: number) => void;
  loading: boolean;
}

/** Row-level errors, paged on the server (the first 1,000 are kept). */
export function ErrorTable({ batch, onPage, loading }: ErrorProps) {
  const { t } = useTranslation();
  const { errors } = batch;
  return (
    <>
      <Typography.Title level={5}>{t('imports.batch.errorsTitle')}</Typography.Title>
      {errors.total > errors.stored && (
        <Typography.Paragraph type="secondary">
          {t('imports.batch.errorsTruncated', {
            stored: formatNumber(errors.stored),
            total: formatNumber(errors.total),
          })}
        </Typography.Paragraph>
      )}
      <Table<RowError & { key: number }>
        size="small"
        data-testid="import-errors"
        loading={loading}
        dataSource={errors.items.map((e, i) => ({ ...e, key: (errors.page - 1) * errors.pageSize + i }))}
        columns={[
          {
            title: t('imports.batch.row'),
            dataIndex: 'row',
            width: 90,
            render: (r: number | null) => r ?? '—',
          },
          {
            title: t('imports.batch.column'),
            dataIndex: 'column',
            width: 160,
            render: (c: string | null) => c ?? '—',
          },
          { title: t('imports.batch.reason'), dataIndex: 'message' },
        ]}
        pagination={{
          current: errors.page,
          pageSize: ERRORS_PAGE_SIZE,
          total: errors.stored,
          showSizeChanger: false,
          onChange: onPage,
        }}
      />
    </>
  );
}

/** The first normalised values, as they will be stored. */
export function PreviewTable({ rows }: { rows: PreviewRow[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={5}>{t('imports.batch.previewTitle')}</Typography.Title>
      <Table<PreviewRow & { key: string }>
        size="small"
        data-testid="import-preview"
        pagination={false}
        scroll={{ x: true }}
        dataSource={rows.map((r) => ({ ...r, key: `${r.row}-${r.sex}` }))}
        columns={[
          { title: t('imports.batch.row'), dataIndex: 'row', width: 70 },
          { title: t('imports.batch.indicator'), dataIndex: 'indicatorCode' },
          { title: t('imports.batch.region'), dataIndex: 'regionCode', width: 90 },
          { title: t('imports.batch.period'), dataIndex: 'period', width: 90 },
          { title: t('imports.batch.sex'), dataIndex: 'sex', width: 60 },
          {
            title: t('imports.batch.members'),
            dataIndex: 'members',
            render: (m: Record<string, string>) =>
              Object.entries(m)
                .map(([set, member]) => `${set}: ${member}`)
                .join(', ') || '—',
          },
          {
            title: t('imports.batch.value'),
            dataIndex: 'value',
            align: 'right',
            render: (v: string) => formatDecimal(v),
          },
        ]}
      />
    </>
  );
}
