import { App as AntApp, Card, Upload, type UploadProps } from 'antd';
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
 * answers at once with the new batch, whose check then runs in the background.
 */
export function UploadCard({ regionCode, onUploaded }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const props: UploadProps<ImportBatch> = {
    name: 'file',
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
    </Card>
  );
}
