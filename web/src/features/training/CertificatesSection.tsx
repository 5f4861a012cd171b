import { useState } from 'react';
import { App as AntApp, Button, Card, Popconfirm, Progress, Space, Typography } from 'antd';
import { FilePdfOutlined, FileZipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { bulkUrl, useIssueCertificates, type Training } from './api.ts';
import { downloadWithProgress, type BulkProgress } from './bulkDownload.ts';
import { formatBytes } from './format.ts';

/** Issue to everyone, and download every valid certificate as one PDF or a ZIP, with progress. */
export function CertificatesSection({ training }: { training: Training }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const meetingId = training.meeting.id;
  const issue = useIssueCertificates(meetingId);
  const [progress, setProgress] = useState<BulkProgress | null>(null);
  const valid = training.participants.filter((p) => p.certificate && !p.certificate.revokedAt).length;
  const without = training.participants.length - valid;
  const hours = training.meeting.trainingHours;

  const bulk = async (format: 'pdf' | 'zip') => {
    try {
      const name = await downloadWithProgress(
        bulkUrl(meetingId, format),
        `Sertifikat.${format}`,
        valid,
        setProgress,
      );
      message.success(t('training.downloaded', { name }));
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Card title={t('training.certificates')} size="small" style={{ marginBottom: 16 }}>
      <Typography.Paragraph>
        {hours ? (
          t('training.trainingHours', { hours })
        ) : (
          <Typography.Text type="warning">{t('training.noHours')}</Typography.Text>
        )}
      </Typography.Paragraph>
      <Space wrap>
        {training.canManage && (
          <Popconfirm
            title={t('training.confirmIssueAll', { count: without })}
            disabled={!without || !training.settings || !hours}
            onConfirm={() =>
              issue.mutate(undefined, {
                onSuccess: (r) =>
                  message.success(
                    r.issued.length
                      ? t('training.issued', { count: r.issued.length })
                      : t('training.issuedNone'),
                  ),
                onError: (err) => message.error(err.message),
              })
            }
          >
            <Button
              type="primary"
              disabled={!without || !training.settings || !hours}
              loading={issue.isPending}
              data-testid="training-issue-all"
            >
              {t('training.issueAll')}
            </Button>
          </Popconfirm>
        )}
        <Button
          icon={<FilePdfOutlined />}
          disabled={!valid || progress !== null}
          onClick={() => void bulk('pdf')}
          data-testid="training-all-pdf"
        >
          {t('training.downloadAllPdf')}
        </Button>
        <Button
          icon={<FileZipOutlined />}
          disabled={!valid || progress !== null}
          onClick={() => void bulk('zip')}
          data-testid="training-all-zip"
        >
          {t('training.downloadAllZip')}
        </Button>
      </Space>
      {!valid && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('training.noCertificates')}
        </Typography.Paragraph>
      )}
      {progress && (
        <div role="status" aria-live="polite" style={{ marginTop: 12, maxWidth: 480 }}>
          <Typography.Text>
            {progress.phase === 'rendering'
              ? t('training.rendering', { count: progress.count ?? valid })
              : t('training.receiving', { size: formatBytes(progress.bytes) })}
          </Typography.Text>
          <Progress percent={progress.phase === 'rendering' ? 50 : 90} status="active" showInfo={false} />
        </div>
      )}
    </Card>
  );
}
