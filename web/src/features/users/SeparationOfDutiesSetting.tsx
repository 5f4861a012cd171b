import { App as AntApp, Card, Flex, Popconfirm, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format.ts';
import { useRegionSettings, useUpdateRegionSettings } from './api.ts';

/**
 * The region's separation-of-duties switch (domain/separation-of-duties.ts): on the users page,
 * beside the people it is about. Off (the rule holds) by default; turning the waiver on is
 * confirmed first, because it is meant for regions too small to have a second reviewer.
 */
export function SeparationOfDutiesSetting({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const settings = useRegionSettings(regionCode);
  const update = useUpdateRegionSettings(regionCode);
  const waived = settings.data?.selfApprovalAllowed ?? false;

  async function save(selfApprovalAllowed: boolean) {
    try {
      await update.mutateAsync({ selfApprovalAllowed });
      message.success(
        t(selfApprovalAllowed ? 'users.separation.waivedDone' : 'users.separation.enforcedDone'),
      );
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  }

  const toggle = (
    <Switch
      checked={waived}
      loading={settings.isPending || update.isPending}
      disabled={!settings.isSuccess}
      aria-label={t('users.separation.switch')}
      // Switching off needs no confirmation; switching on is confirmed by the Popconfirm.
      onChange={(on) => (on ? undefined : void save(false))}
    />
  );

  return (
    <Card size="small" title={t('users.separation.title')} style={{ marginBottom: 16 }}>
      <Flex gap={12} align="flex-start">
        {waived ? (
          toggle
        ) : (
          <Popconfirm
            title={t('users.separation.confirmTitle')}
            description={t('users.separation.confirmBody')}
            okText={t('users.separation.confirmOk')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => save(true)}
          >
            {toggle}
          </Popconfirm>
        )}
        <div>
          <Typography.Text strong>{t('users.separation.switch')}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t(waived ? 'users.separation.waivedHint' : 'users.separation.enforcedHint')}
          </Typography.Paragraph>
          {settings.data?.updatedBy && settings.data.updatedAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('users.separation.changedBy', {
                name: settings.data.updatedBy.name,
                at: formatDateTime(settings.data.updatedAt),
              })}
            </Typography.Text>
          )}
        </div>
      </Flex>
    </Card>
  );
}
