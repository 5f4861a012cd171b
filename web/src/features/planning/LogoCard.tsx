import { App as AntApp, Button, Card, Flex, Image, Popconfirm, Typography, Upload } from 'antd';
import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n.ts';
import { logoUploadUrl, logoUrl, useRemoveLogo, type Letterhead } from './api-letterhead.ts';

const MAX_BYTES = 512 * 1024;

interface Props {
  regionCode: string;
  letterhead: Letterhead;
  canEdit: boolean;
}

/** The region's emblem on the letterhead: preview, upload (PNG/JPEG ≤ 512 KB), remove. */
export function LogoCard({ regionCode, letterhead, canEdit }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const client = useQueryClient();
  const remove = useRemoveLogo(regionCode);

  return (
    <Card size="small" title={t('planning.logo.title')}>
      <Flex gap={16} align="center" wrap>
        <div
          style={{
            width: 120,
            height: 120,
            border: '1px dashed #d9d9d9',
            borderRadius: 8,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            background: '#fafafa',
          }}
        >
          {letterhead.hasLogo ? (
            <Image
              src={logoUrl(regionCode, letterhead.updatedAt)}
              alt={t('planning.logo.alt', { name: letterhead.governmentName })}
              style={{ maxWidth: 110, maxHeight: 110, objectFit: 'contain' }}
              data-testid="logo-preview"
            />
          ) : (
            <Typography.Text type="secondary" style={{ textAlign: 'center', padding: 8 }}>
              {t('planning.logo.none')}
            </Typography.Text>
          )}
        </div>
        <Flex vertical gap={8} style={{ flex: 1, minWidth: 220 }}>
          <Typography.Text type="secondary">{t('planning.logo.hint')}</Typography.Text>
          {canEdit && (
            <Flex gap={8} wrap>
              <Upload
                name="file"
                action={logoUploadUrl(regionCode)}
                method="PUT"
                accept="image/png,image/jpeg"
                withCredentials
                headers={{ 'Accept-Language': currentLanguage() }}
                showUploadList={false}
                beforeUpload={(file) => {
                  // Checked here too so a large photo fails at once instead of after uploading.
                  if (file.size > MAX_BYTES) {
                    message.error(t('planning.logo.tooLarge'));
                    return Upload.LIST_IGNORE;
                  }
                  return true;
                }}
                onChange={({ file }) => {
                  if (file.status === 'done') {
                    client.setQueryData(['letterhead', regionCode], file.response as Letterhead);
                    message.success(t('planning.logo.uploaded'));
                  }
                  if (file.status === 'error') {
                    const body = file.response as { error?: { message?: string } } | undefined;
                    message.error(t('planning.logo.failed', { message: body?.error?.message ?? '' }));
                  }
                }}
              >
                <Button icon={<UploadOutlined />} data-testid="logo-upload">
                  {letterhead.hasLogo ? t('planning.logo.replace') : t('planning.logo.upload')}
                </Button>
              </Upload>
              {letterhead.hasLogo && (
                <Popconfirm
                  title={t('planning.logo.removeConfirm')}
                  okText={t('common.yes')}
                  cancelText={t('common.no')}
                  onConfirm={async () => {
                    try {
                      await remove.mutateAsync();
                      message.success(t('planning.logo.removed'));
                    } catch (err) {
                      message.error(err instanceof Error ? err.message : String(err));
                    }
                  }}
                >
                  <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
                    {t('planning.logo.remove')}
                  </Button>
                </Popconfirm>
              )}
            </Flex>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
