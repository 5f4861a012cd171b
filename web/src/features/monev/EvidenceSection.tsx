import { App as AntApp, Button, Card, List, Popconfirm, Typography, Upload, type UploadProps } from 'antd';
import { DeleteOutlined, DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n.ts';
import { formatDateTime, formatNumber } from '../../components/format.ts';
import {
  evidenceDownloadUrl,
  evidenceUploadUrl,
  monevReportKey,
  useDeleteEvidence,
  type Evidence,
  type MonevReport,
} from './api.ts';
import { FieldContext, FieldNotes } from './FieldShell.tsx';
import { useContext } from 'react';

const ACCEPT = 'image/png,image/jpeg,image/gif,image/webp,application/pdf,.pdf,.xlsx,.docx';

const sizeOf = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;

/** The report's evidence files: upload (the server reads the kind from the bytes), download, delete. */
export function EvidenceSection({ report, canEdit }: { report: MonevReport; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const remove = useDeleteEvidence(report.plan.subActivityId, report.period);
  const { errors } = useContext(FieldContext);
  const error = errors.evidence;
  const reload = () =>
    queryClient.invalidateQueries({ queryKey: monevReportKey(report.plan.subActivityId, report.period) });

  const upload: UploadProps<Evidence> | null = report.id
    ? {
        name: 'file',
        action: evidenceUploadUrl(report.id),
        accept: ACCEPT,
        multiple: false,
        withCredentials: true,
        headers: { 'Accept-Language': currentLanguage() },
        showUploadList: false,
        onChange(info) {
          const { file } = info;
          if (file.status === 'done') {
            message.success(t('monev.report.evidenceUploaded', { name: file.name }));
            void reload();
          }
          if (file.status === 'error') {
            const body = file.response as unknown as { error?: { message?: string } } | undefined;
            message.error(
              t('monev.report.evidenceFailed', {
                message: body?.error?.message ?? file.error?.message ?? '',
              }),
            );
          }
        },
      }
    : null;

  return (
    <Card
      title={t('monev.report.sections.evidence')}
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="monev-evidence"
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('monev.report.evidenceHelp')}
      </Typography.Paragraph>
      {canEdit &&
        (upload ? (
          <Upload {...upload}>
            <Button icon={<UploadOutlined />} data-testid="monev-evidence-upload">
              {t('monev.report.evidenceUpload')}
            </Button>
          </Upload>
        ) : (
          <Typography.Paragraph>{t('monev.report.evidenceSaveFirst')}</Typography.Paragraph>
        ))}
      {error && (
        <Typography.Paragraph
          type="danger"
          role="alert"
          data-testid="monev-error-evidence"
          style={{ marginTop: 8 }}
        >
          {error}
        </Typography.Paragraph>
      )}
      {report.evidence.length === 0 && (
        // antd's own empty text is too pale to read (WCAG contrast).
        <Typography.Paragraph style={{ marginTop: 8 }}>{t('monev.report.evidenceNone')}</Typography.Paragraph>
      )}
      <List<Evidence>
        style={{ marginTop: 8, display: report.evidence.length ? undefined : 'none' }}
        dataSource={report.evidence}
        renderItem={(file) => (
          <List.Item
            actions={[
              <a
                key="download"
                href={evidenceDownloadUrl(report.id ?? '', file.id)}
                download={file.fileName}
                aria-label={t('monev.report.evidenceDownload', { name: file.fileName })}
              >
                <DownloadOutlined />
              </a>,
              ...(canEdit
                ? [
                    <Popconfirm
                      key="delete"
                      title={t('monev.report.evidenceDeleteConfirm', { name: file.fileName })}
                      onConfirm={() => remove.mutateAsync({ reportId: report.id ?? '', evidenceId: file.id })}
                    >
                      <Button
                        type="text"
                        danger
                        size="small"
                        icon={<DeleteOutlined />}
                        aria-label={t('monev.report.evidenceDelete', { name: file.fileName })}
                      />
                    </Popconfirm>,
                  ]
                : []),
            ]}
          >
            <List.Item.Meta
              avatar={<PaperClipOutlined />}
              title={file.fileName}
              description={`${file.contentType} · ${sizeOf(file.bytes)} · ${formatDateTime(file.uploadedAt)}`}
            />
          </List.Item>
        )}
      />
      <FieldNotes field="evidence" label={t('monev.report.fields.evidence')} />
    </Card>
  );
}
