import { Alert, App as AntApp, Button, Flex, Popconfirm, Space, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatNumber } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import {
  exportUrl,
  templateUrl,
  useInstrumentWrites,
  useInstruments,
  type InstrumentSummary,
} from './api.ts';
import { InstrumentDrawer } from './InstrumentDrawer.tsx';
import { ExampleTag, FrozenTag } from './labels.tsx';

interface Refusal {
  message: string;
  rows: [string, string][];
}

/**
 * /evaluasi/instrumen (superadmin): the instrument versions; import from the XLSX template or
 * JSON (a refused file lists every bad row: sheet, row, column and why), export, view, copy a
 * frozen version into a new draft.
 */
export function InstrumentsPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const list = useInstruments();
  const writes = useInstrumentWrites();
  const [viewing, setViewing] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const manage = list.data?.canManage ?? false;
  const busy = writes.importFile.isPending || writes.importJson.isPending || writes.copy.isPending;

  const done = (r: { code: string; version: number; replaced: boolean }) => {
    setRefusal(null);
    message.success(t(`evaluationInstruments.instruments.${r.replaced ? 'replaced' : 'imported'}`, r));
  };
  const failed = (error: unknown) => {
    if (isApiError(error) && Object.keys(error.fields).length)
      setRefusal({ message: error.message, rows: Object.entries(error.fields) });
    else message.error(error instanceof Error ? error.message : String(error));
  };

  const importFile = async (file: File) => {
    try {
      if (/\.json$/i.test(file.name) || file.type === 'application/json') {
        let def: unknown;
        try {
          def = JSON.parse(await file.text());
        } catch {
          message.error(t('evaluationInstruments.instruments.notJson'));
          return;
        }
        done(await writes.importJson.mutateAsync(def));
      } else done(await writes.importFile.mutateAsync(file));
    } catch (error) {
      failed(error);
    }
  };

  const copy = async (s: InstrumentSummary) => {
    try {
      const r = await writes.copy.mutateAsync(s.id);
      message.success(t('evaluationInstruments.instruments.copied', { version: r.version }));
    } catch (error) {
      failed(error);
    }
  };

  const uploadButton = (accept: string, label: string) => (
    <Upload
      accept={accept}
      showUploadList={false}
      beforeUpload={(file) => {
        void importFile(file);
        return false;
      }}
    >
      <Button icon={<UploadOutlined />} loading={busy}>
        {label}
      </Button>
    </Upload>
  );

  return (
    <>
      <PageHeader
        title={t('evaluationInstruments.instruments.title')}
        subtitle={t('evaluationInstruments.instruments.subtitle')}
        extra={
          manage && (
            <Space wrap>
              <Button icon={<DownloadOutlined />} href={templateUrl} download>
                {t('evaluationInstruments.instruments.template')}
              </Button>
              {uploadButton(
                '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                t('evaluationInstruments.instruments.importXlsx'),
              )}
              {uploadButton('.json,application/json', t('evaluationInstruments.instruments.importJson'))}
            </Space>
          )
        }
      />
      {refusal && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setRefusal(null)}
          style={{ marginBottom: 16 }}
          message={refusal.message}
          description={
            <>
              <Typography.Paragraph>{t('evaluationInstruments.instruments.problems')}</Typography.Paragraph>
              <ul style={{ maxHeight: 280, overflow: 'auto', margin: 0 }} tabIndex={0}>
                {refusal.rows.map(([where, why]) => (
                  <li key={where}>
                    <Typography.Text code>{where}</Typography.Text> {why}
                  </li>
                ))}
              </ul>
            </>
          }
        />
      )}
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      <Table<InstrumentSummary>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <EmptyState>{t('evaluationInstruments.instruments.empty')}</EmptyState> }}
        columns={[
          {
            title: t('evaluationInstruments.instruments.name'),
            render: (_, s) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{s.name}</Typography.Text>
                <Typography.Text type="secondary">
                  {s.code} · v{s.version} ·{' '}
                  {t('evaluationInstruments.instruments.content', {
                    areas: s.areaCount,
                    questions: s.questionCount,
                    max: formatNumber(s.maxTotal),
                  })}
                </Typography.Text>
                {s.example && <ExampleTag />}
              </Space>
            ),
          },
          {
            title: t('evaluationInstruments.instruments.status'),
            width: 100,
            render: (_, s) => <FrozenTag frozen={s.frozen} />,
          },
          {
            title: t('evaluationInstruments.instruments.cycles'),
            width: 180,
            render: (_, s) =>
              s.cycles.length ? (
                s.cycles.map((c) => (
                  <Tag key={c.id}>
                    {c.award} {c.year} · {t(`evaluationInstruments.statuses.${c.status}`)}
                  </Tag>
                ))
              ) : (
                <Typography.Text type="secondary">
                  {t('evaluationInstruments.instruments.noCycles')}
                </Typography.Text>
              ),
          },
          {
            title: t('common.actions'),
            width: 330,
            render: (_, s) => (
              <Flex gap={8} wrap>
                <Button size="small" onClick={() => setViewing(s.id)}>
                  {t('evaluationInstruments.instruments.view')}
                </Button>
                {(['xlsx', 'json'] as const).map((format) => (
                  <Button
                    key={format}
                    size="small"
                    icon={<DownloadOutlined />}
                    href={exportUrl(s.id, format)}
                    download
                    aria-label={t('evaluationInstruments.instruments.exportLabel', {
                      name: s.name,
                      format: format.toUpperCase(),
                    })}
                  >
                    {t(`evaluationInstruments.instruments.export${format === 'xlsx' ? 'Xlsx' : 'Json'}`)}
                  </Button>
                ))}
                {manage && s.frozen && (
                  <Popconfirm title={t('evaluationInstruments.instruments.copy')} onConfirm={() => copy(s)}>
                    <Button size="small">{t('evaluationInstruments.instruments.copy')}</Button>
                  </Popconfirm>
                )}
              </Flex>
            ),
          },
        ]}
      />
      <InstrumentDrawer id={viewing} onClose={() => setViewing(null)} />
    </>
  );
}
