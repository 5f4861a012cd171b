import { useEffect, useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Progress, Space, Spin, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { CloseOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatNumber } from '../../components/format.ts';
import { ACTIVE, useCommitImport, useImportBatch, type ImportBatch } from './api.ts';
import { ErrorTable, PreviewTable } from './BatchTables.tsx';
import { CommitControls, RefusedDownload } from './CommitControls.tsx';
import { StatusTag } from './StatusTag.tsx';

function ProgressLine({ batch }: { batch: ImportBatch }) {
  const { t } = useTranslation();
  const { progress } = batch;
  const rows =
    progress.rowsTotal > 0 && progress.estimated
      ? t('imports.batch.rowsOf', {
          done: formatNumber(progress.rowsDone),
          total: formatNumber(progress.rowsTotal),
        })
      : t('imports.batch.rowsDone', { done: formatNumber(progress.rowsDone) });
  const text = `${batch.phase ? t(`imports.phase.${batch.phase}`) : ''} ${rows}`;
  return (
    <div data-testid="import-progress">
      {progress.percent !== null ? (
        <>
          <Progress percent={progress.percent} status="active" />
          <Typography.Text type="secondary">{text}</Typography.Text>
        </>
      ) : (
        // No percent can be told (an XLSX being read, the final merge): show that work goes on.
        <Space>
          <Spin size="small" />
          <Typography.Text type="secondary">{text}</Typography.Text>
        </Space>
      )}
    </div>
  );
}

function Summary({ batch }: { batch: ImportBatch }) {
  const { t } = useTranslation();
  const c = batch.comparison;
  const n = (v: number) => formatNumber(v);
  return (
    <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} bordered data-testid="import-summary">
      <Descriptions.Item label={t('imports.batch.rows')}>{n(batch.rowsTotal)}</Descriptions.Item>
      <Descriptions.Item label={t('imports.batch.values')}>{n(batch.values)}</Descriptions.Item>
      <Descriptions.Item label={t('imports.batch.skipped')}>{n(batch.rowsSkipped)}</Descriptions.Item>
      <Descriptions.Item label={t('imports.batch.errors')}>
        <Typography.Text type={batch.errorCount ? 'danger' : undefined}>
          {n(batch.errorCount)}
        </Typography.Text>
      </Descriptions.Item>
      {c && (
        <>
          <Descriptions.Item label={t('imports.batch.new')}>{n(c.new)}</Descriptions.Item>
          <Descriptions.Item label={t('imports.batch.changed')}>{n(c.changed)}</Descriptions.Item>
          <Descriptions.Item label={t('imports.batch.unchanged')}>{n(c.unchanged)}</Descriptions.Item>
        </>
      )}
      {!c && batch.storedInScope !== null && (
        <Descriptions.Item label={t('imports.batch.storedInScope')} span={2}>
          {n(batch.storedInScope)} — {t('imports.batch.comparedAtCommit')}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** One import: progress while it runs, then its summary, errors, preview and the commit button. */
export function BatchPanel({ id, onClose }: { id: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [errorsPage, setErrorsPage] = useState(1);
  const query = useImportBatch(id, errorsPage);
  const commit = useCommitImport();
  const client = useQueryClient();
  const batch = query.data;
  const status = batch?.status;
  const regionCode = batch?.regionCode;
  // The history lists this batch too: refresh it whenever the batch moves on.
  useEffect(() => {
    if (regionCode) void client.invalidateQueries({ queryKey: ['imports', regionCode, 'history'] });
  }, [client, regionCode, status]);

  return (
    <Card
      size="small"
      title={t('imports.batch.title')}
      data-testid="import-batch"
      extra={
        <Button
          size="small"
          type="text"
          icon={<CloseOutlined />}
          aria-label={t('imports.batch.close')}
          onClick={onClose}
        />
      }
    >
      <ErrorAlert error={query.error ?? commit.error} onRetry={() => void query.refetch()} />
      {batch && (
        <Flex vertical gap={16}>
          <Space wrap>
            <Typography.Text strong>{batch.fileName}</Typography.Text>
            <StatusTag status={batch.status} />
            {batch.format && <Tag>{batch.format.toUpperCase()}</Tag>}
          </Space>
          {ACTIVE.includes(batch.status) && <ProgressLine batch={batch} />}
          {batch.status === 'failed' && (
            <Alert type="error" showIcon title={t('imports.batch.failedTitle')} data-testid="import-failed" />
          )}
          {batch.status === 'committed' && batch.comparison && (
            <Alert
              type="success"
              showIcon
              data-testid="import-committed"
              title={t('imports.batch.committed', {
                new: formatNumber(batch.comparison.new),
                changed: formatNumber(batch.comparison.changed),
                unchanged: formatNumber(batch.comparison.unchanged),
              })}
            />
          )}
          {!ACTIVE.includes(batch.status) && batch.status !== 'failed' && <Summary batch={batch} />}
          {batch.status === 'committed' && batch.landingStatus && batch.landingStatus !== 'draft' && (
            <Typography.Text data-testid="import-landed">
              {t('imports.batch.landedAs', { status: t(`imports.batch.landing.${batch.landingStatus}`) })}
            </Typography.Text>
          )}
          {batch.saveWhenClean && batch.status === 'committed' && batch.commitMode === 'all' && (
            <Typography.Text data-testid="import-saved-when-clean">
              {t('imports.batch.savedWhenClean')}
            </Typography.Text>
          )}
          {batch.saveWhenClean && batch.status === 'checked' && (
            <Alert
              type="warning"
              showIcon
              data-testid="import-not-saved"
              title={t('imports.batch.notSavedWhenClean')}
            />
          )}
          {batch.status === 'committed' && batch.commitMode === 'valid' && batch.refused.rows > 0 && (
            <Typography.Text type="warning">{t('imports.batch.committedValid')}</Typography.Text>
          )}
          {batch.status === 'checked' && (
            <CommitControls
              batch={batch}
              pending={commit.isPending}
              onCommit={(choice) => commit.mutate({ id: batch.id, choice })}
            />
          )}
          {(batch.status === 'checked' || batch.status === 'committed') && <RefusedDownload batch={batch} />}
          {batch.errors.total > 0 && (
            <ErrorTable
              batch={batch}
              onPage={setErrorsPage}
              loading={query.isFetching && query.isPlaceholderData}
            />
          )}
          {batch.preview.length > 0 && batch.status !== 'failed' && <PreviewTable rows={batch.preview} />}
        </Flex>
      )}
    </Card>
  );
}
