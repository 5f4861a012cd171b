import { useState } from 'react';
import { Alert, Button, Drawer, Flex, Progress, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n.ts';
import { formatNumber } from '../../components/format.ts';
import { IMPORT_TEMPLATE_URL, importUrl } from './api.ts';
import { readImportOutcome, type ImportOutcome, type ImportRowError } from './importResult.ts';

interface Props {
  open: boolean;
  regionCode: string;
  year: number;
  onClose: () => void;
}

/**
 * The region's budget file (the planning system's export: OPD, code, name, output indicator,
 * target, pagu) for one year. The server takes all rows or none, so a refusal lists every bad
 * row and leaves the year as it was.
 */
export function BudgetImportDrawer({ open, regionCode, year, onClose }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [percent, setPercent] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('planning.import.title', { year })}
      size="large"
      destroyOnHidden
      afterOpenChange={(visible) => {
        if (!visible) {
          setOutcome(null);
          setPercent(null);
        }
      }}
    >
      <Typography.Paragraph>{t('planning.import.intro', { year })}</Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Button icon={<DownloadOutlined />} href={IMPORT_TEMPLATE_URL} download data-testid="budget-template">
          {t('planning.import.template')}
        </Button>
      </Flex>
      <div data-testid="budget-upload">
        <Upload.Dragger
          name="file"
          action={importUrl(regionCode, year)}
          accept=".xlsx,.csv"
          multiple={false}
          maxCount={1}
          withCredentials
          headers={{ 'Accept-Language': currentLanguage() }}
          showUploadList={false}
          disabled={percent !== null && outcome === null}
          onChange={(info) => {
            const { file } = info;
            if (file.status === 'uploading') {
              setOutcome(null);
              setPercent(Math.round(file.percent ?? 0));
            }
            if (file.status === 'done' || file.status === 'error') {
              const status =
                file.status === 'done' ? 200 : ((file.error as { status?: number })?.status ?? 400);
              const result = readImportOutcome(status, file.response);
              setOutcome(result);
              setPercent(100);
              if (result.ok) void client.invalidateQueries({ queryKey: ['planning', regionCode] });
            }
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('planning.import.drop', { year })}</p>
          <p className="ant-upload-hint">{t('planning.import.hint')}</p>
        </Upload.Dragger>
      </div>
      {percent !== null && outcome === null && (
        <Progress
          percent={percent}
          status="active"
          style={{ marginTop: 16 }}
          aria-label={t('planning.import.uploading')}
        />
      )}
      {outcome?.ok && (
        <Alert
          type="success"
          showIcon
          data-testid="budget-import-ok"
          style={{ marginTop: 16 }}
          title={t('planning.import.done', { year })}
          description={t('planning.import.counts', {
            total: formatNumber(outcome.total),
            created: formatNumber(outcome.created),
            updated: formatNumber(outcome.updated),
          })}
        />
      )}
      {outcome && !outcome.ok && (
        <div style={{ marginTop: 16 }}>
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="budget-import-refused"
            title={t('planning.import.refused')}
            description={outcome.message}
            style={{ marginBottom: 12 }}
          />
          {outcome.rows.length > 0 && (
            <Table<ImportRowError & { key: number }>
              size="small"
              data-testid="budget-import-errors"
              dataSource={outcome.rows.map((r, i) => ({ ...r, key: i }))}
              pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
              columns={[
                {
                  title: t('planning.import.row'),
                  dataIndex: 'row',
                  width: 80,
                  render: (r: number | null) => r ?? '—',
                },
                {
                  title: t('planning.import.column'),
                  dataIndex: 'column',
                  width: 150,
                  render: (c: string | null) => c ?? '—',
                },
                { title: t('planning.import.reason'), dataIndex: 'message' },
              ]}
            />
          )}
        </div>
      )}
    </Drawer>
  );
}
