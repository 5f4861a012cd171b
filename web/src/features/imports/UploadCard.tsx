import { App as AntApp, Card, Checkbox, Typography, Upload, type UploadProps } from 'antd';
import { useState } from 'react';
import { InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n.ts';
import { uploadUrl, type ImportBatch } from './api.ts';

interface Props {
  regionCode: string;
  onUploaded: (batch: ImportBatch) => void;
}

/**
 * Sends one file with the browser's own multipart upload (with its progress); the server
 * answers at once with the new batch, whose check then runs in the background. "Save when
 * clean" asks the server to save the values as drafts while it checks them, when no row is refused.
 */
export function UploadCard({ regionCode, onUploaded }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [saveWhenClean, setSaveWhenClean] = useState(false);
  const props: UploadProps<ImportBatch> = {
    name: 'file',
    // Sent before the file, which the server reads first.
    data: saveWhenClean ? { saveWhenClean: 'true' } : {},
    action: uploadUrl(regionCode),
    accept: '.csv,.tsv,.txt,.xlsx',
    multiple: false,
    maxCount: 1,
    withCredentials: true,
    headers: { 'Accept-Language': currentLanguage() },
    showUploadList: { showRemoveIcon: false },
    onChange(info) {
      const { file } = info;
      if (file.status === 'done' && file.response) onUploaded(file.response);
      if (file.status === 'error') {
        const body = file.response as unknown as { error?: { message?: string } } | undefined;
        message.error(
          t('imports.upload.failed', { message: body?.error?.message ?? file.error?.message ?? '' }),
        );
      }
    },
  };
  return (
    <Card title={t('imports.upload.title')} size="small">
      <div data-testid="import-upload">
        <Upload.Dragger {...props}>
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('imports.upload.drop')}</p>
          <p className="ant-upload-hint">{t('imports.upload.hint')}</p>
        </Upload.Dragger>
      </div>
      <Checkbox
        style={{ marginTop: 12 }}
        checked={saveWhenClean}
        onChange={(e) => setSaveWhenClean(e.target.checked)}
        aria-describedby="import-save-when-clean-help"
      >
        {t('imports.upload.saveWhenClean')}
      </Checkbox>
      <Typography.Paragraph
        type="secondary"
        id="import-save-when-clean-help"
        style={{ margin: '4px 0 0 24px' }}
      >
        {t('imports.upload.saveWhenCleanHelp')}
      </Typography.Paragraph>
    </Card>
  );
}
